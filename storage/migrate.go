package storage

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// migration is one forward-only schema version. Statements must be
// idempotent (IF NOT EXISTS) so that concurrent or repeated runs converge.
type migration struct {
	version int
	name    string
	stmts   func(yb bool) []string
}

// pk renders a primary key: hash-sharded on YugabyteDB, plain elsewhere.
func pk(yb bool, hash, rng string) string {
	if !yb {
		if rng == "" {
			return "PRIMARY KEY (" + hash + ")"
		}
		return "PRIMARY KEY (" + hash + ", " + rng + ")"
	}
	if rng == "" {
		return "PRIMARY KEY ((" + hash + ") HASH)"
	}
	return "PRIMARY KEY ((" + hash + ") HASH, " + rng + ")"
}

var migrations = []migration{
	{1, "worlds, edits, origins, cursors, checkpoints", func(yb bool) []string {
		return []string{
			`CREATE TABLE IF NOT EXISTS worlds (
				id             text        NOT NULL,
				name           text        NOT NULL,
				config         bytea       NOT NULL,
				config_hash    bytea       NOT NULL,
				format_version integer     NOT NULL,
				created_at     timestamptz NOT NULL,
				` + pk(yb, "id", "") + `)`,
			`CREATE TABLE IF NOT EXISTS edits (
				world_id   text        NOT NULL,
				origin_id  bigint      NOT NULL,
				seq        bigint      NOT NULL,
				cx         integer     NOT NULL,
				cy         integer     NOT NULL,
				cz         integer     NOT NULL,
				payload    bytea       NOT NULL,
				created_at timestamptz NOT NULL,
				` + pk(yb, "world_id, origin_id", "seq") + `)`,
			`CREATE TABLE IF NOT EXISTS world_origins (
				world_id   text        NOT NULL,
				origin_id  bigint      NOT NULL,
				first_seen timestamptz NOT NULL DEFAULT now(),
				` + pk(yb, "world_id", "origin_id") + `)`,
			`CREATE TABLE IF NOT EXISTS sync_cursors (
				world_id      text        NOT NULL,
				reader_origin bigint      NOT NULL,
				source_origin bigint      NOT NULL,
				last_seq      bigint      NOT NULL,
				updated_at    timestamptz NOT NULL DEFAULT now(),
				` + pk(yb, "world_id, reader_origin", "source_origin") + `)`,
			`CREATE TABLE IF NOT EXISTS chunk_checkpoints (
				world_id   text        NOT NULL,
				cx         integer     NOT NULL,
				cy         integer     NOT NULL,
				cz         integer     NOT NULL,
				covered    jsonb       NOT NULL,
				payload    bytea       NOT NULL,
				created_at timestamptz NOT NULL,
				` + pk(yb, "world_id, cx, cy, cz", "") + `)`,
		}
	}},
	{2, "world config versions", remoteVersionSchema},
}

// SchemaVersion is the newest remote schema version this code knows.
var SchemaVersion = migrations[len(migrations)-1].version

var writeTx = pgx.TxOptions{IsoLevel: pgx.ReadCommitted, AccessMode: pgx.ReadWrite}
var readTx = pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly}

// migrate applies pending migrations. It is safe to run concurrently from
// several processes and repeatedly: DDL is IF NOT EXISTS, versions are
// recorded with ON CONFLICT DO NOTHING, and DDL races are retried.
func migrate(ctx context.Context, pool *pgxpool.Pool, yb bool) error {
	err := retry(ctx, 12, isDDLRace, func(ctx context.Context) error {
		return pgx.BeginTxFunc(ctx, pool, writeTx, func(tx pgx.Tx) error {
			_, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
				version    integer     NOT NULL,
				name       text        NOT NULL,
				applied_at timestamptz NOT NULL DEFAULT now(),
				`+pk(yb, "version", "")+`)`)
			return err
		})
	})
	if err != nil {
		return fmt.Errorf("create schema_migrations: %w", err)
	}
	for _, m := range migrations {
		err := retry(ctx, 12, isDDLRace, func(ctx context.Context) error {
			return pgx.BeginTxFunc(ctx, pool, writeTx, func(tx pgx.Tx) error {
				var done bool
				if err := tx.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM schema_migrations WHERE version = $1)`, m.version).Scan(&done); err != nil {
					return err
				}
				if done {
					return nil
				}
				for _, s := range m.stmts(yb) {
					if _, err := tx.Exec(ctx, s); err != nil {
						return err
					}
				}
				_, err := tx.Exec(ctx, `INSERT INTO schema_migrations (version, name) VALUES ($1, $2) ON CONFLICT DO NOTHING`, m.version, m.name)
				return err
			})
		})
		if err != nil {
			return fmt.Errorf("migration %d (%s): %w", m.version, m.name, err)
		}
	}
	return nil
}
