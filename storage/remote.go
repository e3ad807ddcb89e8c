package storage

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync/atomic"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// replicaRetryAfter is how long a failed replica is skipped before reads
// try it again.
const replicaRetryAfter = 3 * time.Second

// RemoteStore talks to the shared PostgreSQL/YugabyteDB database: writes go
// to the primary, stale-tolerant reads to a replica (falling back to the
// primary when a replica fails).
type RemoteStore struct {
	primary  *pgxpool.Pool
	replicas []*replica
	secrets  []string
	rr       atomic.Uint32
	yb       atomic.Bool
	ready    atomic.Bool
}

type replica struct {
	pool      *pgxpool.Pool
	name      string // redacted URL
	downUntil atomic.Int64
}

func (r *replica) down() bool { return time.Now().UnixNano() < r.downUntil.Load() }

// OpenRemote parses the URLs and creates connection pools. It does not
// connect: call Init (the sync worker does, with backoff). Errors are
// redacted.
func OpenRemote(ctx context.Context, primaryURL string, replicaURLs []string) (*RemoteStore, error) {
	r := &RemoteStore{}
	r.secrets = urlSecrets(primaryURL)
	for _, u := range replicaURLs {
		r.secrets = append(r.secrets, urlSecrets(u)...)
	}
	pcfg, err := poolConfig(primaryURL, false)
	if err != nil {
		return nil, redactErr(err, "storage: invalid database URL "+RedactURL(primaryURL), r.secrets)
	}
	r.primary, err = pgxpool.NewWithConfig(ctx, pcfg)
	if err != nil {
		return nil, redactErr(err, "storage: database "+RedactURL(primaryURL), r.secrets)
	}
	for _, u := range replicaURLs {
		cfg, err := poolConfig(u, true)
		if err != nil {
			r.Close()
			return nil, redactErr(err, "storage: invalid read replica URL "+RedactURL(u), r.secrets)
		}
		p, err := pgxpool.NewWithConfig(ctx, cfg)
		if err != nil {
			r.Close()
			return nil, redactErr(err, "storage: read replica "+RedactURL(u), r.secrets)
		}
		r.replicas = append(r.replicas, &replica{pool: p, name: RedactURL(u)})
	}
	return r, nil
}

func poolConfig(u string, isReplica bool) (*pgxpool.Config, error) {
	if strings.TrimSpace(u) == "" {
		return nil, errors.New("empty URL")
	}
	cfg, err := pgxpool.ParseConfig(u)
	if err != nil {
		return nil, err
	}
	if cfg.ConnConfig.ConnectTimeout == 0 || cfg.ConnConfig.ConnectTimeout > 5*time.Second {
		cfg.ConnConfig.ConnectTimeout = 5 * time.Second
	}
	if !strings.Contains(u, "pool_max_conns") {
		cfg.MaxConns = 4
	}
	cfg.MinConns = 0
	cfg.HealthCheckPeriod = 5 * time.Second
	if isReplica {
		// On YugabyteDB, let read-only transactions on this pool read from
		// followers. Detected per connection, so PostgreSQL is untouched.
		cfg.AfterConnect = func(ctx context.Context, c *pgx.Conn) error {
			var v string
			if err := c.QueryRow(ctx, "SELECT version()").Scan(&v); err != nil {
				return err
			}
			if strings.Contains(v, "-YB-") {
				_, err := c.Exec(ctx, "SET yb_read_from_followers = true")
				return err
			}
			return nil
		}
	}
	return cfg, nil
}

// Close closes all pools.
func (r *RemoteStore) Close() {
	if r.primary != nil {
		r.primary.Close()
	}
	for _, rp := range r.replicas {
		rp.pool.Close()
	}
}

// IsYugabyte reports whether the primary is YugabyteDB (valid after Init).
func (r *RemoteStore) IsYugabyte() bool { return r.yb.Load() }

// Init connects to the primary, detects YugabyteDB and applies migrations.
func (r *RemoteStore) Init(ctx context.Context) error {
	err := retry(ctx, 3, nil, func(ctx context.Context) error {
		return pgx.BeginTxFunc(ctx, r.primary, readTx, func(tx pgx.Tx) error {
			var v string
			if err := tx.QueryRow(ctx, "SELECT version()").Scan(&v); err != nil {
				return err
			}
			r.yb.Store(strings.Contains(v, "-YB-"))
			return nil
		})
	})
	if err == nil {
		err = migrate(ctx, r.primary, r.yb.Load())
	}
	if err != nil {
		return r.redact(err, "storage: database init")
	}
	r.ready.Store(true)
	return nil
}

func (r *RemoteStore) redact(err error, prefix string) error {
	return redactErr(err, prefix, r.secrets)
}

// write runs fn in a read-committed read-write transaction on the primary,
// retrying serialization failures, deadlocks and dropped connections. fn
// must be idempotent.
func (r *RemoteStore) write(ctx context.Context, fn func(pgx.Tx) error) error {
	return retry(ctx, 5, nil, func(ctx context.Context) error {
		return pgx.BeginTxFunc(ctx, r.primary, writeTx, fn)
	})
}

// read runs fn in a read-only repeatable-read transaction on a healthy
// replica, falling back to the primary if none works.
func (r *RemoteStore) read(ctx context.Context, fn func(pgx.Tx) error) error {
	if n := len(r.replicas); n > 0 {
		start := int(r.rr.Add(1))
		for i := 0; i < n; i++ {
			rp := r.replicas[(start+i)%n]
			if rp.down() {
				continue
			}
			err := pgx.BeginTxFunc(ctx, rp.pool, readTx, fn)
			if err == nil {
				return nil
			}
			if ctx.Err() != nil {
				return err
			}
			rp.downUntil.Store(time.Now().Add(replicaRetryAfter).UnixNano())
		}
	}
	return retry(ctx, 3, nil, func(ctx context.Context) error {
		return pgx.BeginTxFunc(ctx, r.primary, readTx, fn)
	})
}

// PutWorld stores a world if absent (idempotent). If a world with the same
// id but a different config hash exists, it returns ErrWorldConflict.
func (r *RemoteStore) PutWorld(ctx context.Context, w World) error {
	if len(w.ConfigHash) == 0 {
		w.ConfigHash = ConfigHash(w.Config)
	}
	if w.Created.IsZero() {
		w.Created = time.Now()
	}
	var conflict bool
	err := r.write(ctx, func(tx pgx.Tx) error {
		_, err := tx.Exec(ctx, `INSERT INTO worlds (id, name, config, config_hash, format_version, created_at)
			VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
			w.ID, w.Name, w.Config, w.ConfigHash, w.FormatVersion, w.Created)
		if err != nil {
			return err
		}
		var h []byte
		if err := tx.QueryRow(ctx, `SELECT config_hash FROM worlds WHERE id = $1`, w.ID).Scan(&h); err != nil {
			return err
		}
		conflict = string(h) != string(w.ConfigHash)
		return nil
	})
	if err != nil {
		return r.redact(err, "storage: put world")
	}
	if conflict {
		return fmt.Errorf("%w: %q", ErrWorldConflict, w.ID)
	}
	return nil
}

// GetWorld reads a world (from a replica when available).
func (r *RemoteStore) GetWorld(ctx context.Context, id string) (World, error) {
	var w World
	found := false
	err := r.read(ctx, func(tx pgx.Tx) error {
		err := tx.QueryRow(ctx, `SELECT id, name, config, config_hash, format_version, created_at FROM worlds WHERE id = $1`, id).
			Scan(&w.ID, &w.Name, &w.Config, &w.ConfigHash, &w.FormatVersion, &w.Created)
		if errors.Is(err, pgx.ErrNoRows) {
			return nil
		}
		found = err == nil
		return err
	})
	if err != nil {
		return World{}, r.redact(err, "storage: get world")
	}
	if !found {
		return World{}, fmt.Errorf("%w: %q", ErrWorldNotFound, id)
	}
	return w, nil
}

const insertEditsSQL = `INSERT INTO edits (world_id, origin_id, seq, cx, cy, cz, payload, created_at)
	SELECT * FROM unnest($1::text[], $2::bigint[], $3::bigint[], $4::integer[], $5::integer[], $6::integer[], $7::bytea[], $8::timestamptz[])
	ON CONFLICT DO NOTHING`

const insertOriginsSQL = `INSERT INTO world_origins (world_id, origin_id)
	SELECT DISTINCT * FROM unnest($1::text[], $2::bigint[]) ON CONFLICT DO NOTHING`

// InsertEdits writes a batch of edits in one transaction and one round
// trip (idempotent: rows already present are skipped). Within each
// (world, origin) the batch must continue that origin's shipped prefix.
func (r *RemoteStore) InsertEdits(ctx context.Context, edits []Edit) error {
	if len(edits) == 0 {
		return nil
	}
	n := len(edits)
	worlds := make([]string, n)
	origins := make([]int64, n)
	seqs := make([]int64, n)
	xs := make([]int32, n)
	ys := make([]int32, n)
	zs := make([]int32, n)
	payloads := make([][]byte, n)
	created := make([]time.Time, n)
	type wo struct {
		w string
		o int64
	}
	seen := map[wo]bool{}
	var ow []string
	var oo []int64
	for i, e := range edits {
		worlds[i], origins[i], seqs[i] = e.WorldID, e.Origin, e.Seq
		xs[i], ys[i], zs[i] = e.Chunk.X, e.Chunk.Y, e.Chunk.Z
		payloads[i], created[i] = e.Payload, e.Created
		if payloads[i] == nil {
			payloads[i] = []byte{}
		}
		if k := (wo{e.WorldID, e.Origin}); !seen[k] {
			seen[k] = true
			ow, oo = append(ow, k.w), append(oo, k.o)
		}
	}
	err := r.write(ctx, func(tx pgx.Tx) error {
		b := &pgx.Batch{}
		b.Queue(insertOriginsSQL, ow, oo)
		b.Queue(insertEditsSQL, worlds, origins, seqs, xs, ys, zs, payloads, created)
		return tx.SendBatch(ctx, b).Close()
	})
	return r.redactOr(err, "storage: insert edits")
}

// insertEditSingle writes one edit with its own INSERT and transaction
// (the unbatched baseline used by benchmarks).
func (r *RemoteStore) insertEditSingle(ctx context.Context, e Edit) error {
	return r.write(ctx, func(tx pgx.Tx) error {
		_, err := tx.Exec(ctx, `INSERT INTO edits (world_id, origin_id, seq, cx, cy, cz, payload, created_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING`,
			e.WorldID, e.Origin, e.Seq, e.Chunk.X, e.Chunk.Y, e.Chunk.Z, e.Payload, e.Created)
		return err
	})
}

func (r *RemoteStore) redactOr(err error, prefix string) error {
	if err == nil {
		return nil
	}
	return r.redact(err, prefix)
}

// MaxSeq returns the highest shipped seq of origin in world (primary).
func (r *RemoteStore) MaxSeq(ctx context.Context, world string, origin int64) (int64, error) {
	var m int64
	err := retry(ctx, 3, nil, func(ctx context.Context) error {
		return pgx.BeginTxFunc(ctx, r.primary, readTx, func(tx pgx.Tx) error {
			return tx.QueryRow(ctx, `SELECT COALESCE(MAX(seq), 0) FROM edits WHERE world_id = $1 AND origin_id = $2`, world, origin).Scan(&m)
		})
	})
	return m, r.redactOr(err, "storage: max seq")
}

// Origins lists the origins that have written edits to world.
func (r *RemoteStore) Origins(ctx context.Context, world string) ([]int64, error) {
	var out []int64
	err := r.read(ctx, func(tx pgx.Tx) error {
		out = out[:0]
		rows, err := tx.Query(ctx, `SELECT origin_id FROM world_origins WHERE world_id = $1 ORDER BY origin_id`, world)
		if err != nil {
			return err
		}
		out, err = pgx.CollectRows(rows, pgx.RowTo[int64])
		return err
	})
	return out, r.redactOr(err, "storage: list origins")
}

// EditsSince polls world for edits of every origin except exclude: for
// each known origin o it returns up to limit edits with seq > cursors[o]
// (0 if absent), ordered by (origin, seq), from one consistent snapshot.
// Since each origin ships a gap-free increasing prefix, advancing the
// cursor to the last returned seq sees every edit exactly once.
func (r *RemoteStore) EditsSince(ctx context.Context, world string, cursors map[int64]int64, exclude int64, limit int) ([]Edit, error) {
	var out []Edit
	err := r.read(ctx, func(tx pgx.Tx) error {
		out = out[:0]
		rows, err := tx.Query(ctx, `SELECT origin_id FROM world_origins WHERE world_id = $1 AND origin_id <> $2`, world, exclude)
		if err != nil {
			return err
		}
		origins, err := pgx.CollectRows(rows, pgx.RowTo[int64])
		if err != nil || len(origins) == 0 {
			return err
		}
		curs := make([]int64, len(origins))
		for i, o := range origins {
			curs[i] = cursors[o]
		}
		rows, err = tx.Query(ctx, `SELECT c.origin_id, e.seq, e.cx, e.cy, e.cz, e.payload, e.created_at
			FROM unnest($2::bigint[], $3::bigint[]) AS c(origin_id, cur)
			CROSS JOIN LATERAL (
				SELECT seq, cx, cy, cz, payload, created_at FROM edits
				WHERE world_id = $1 AND origin_id = c.origin_id AND seq > c.cur
				ORDER BY seq LIMIT $4) e
			ORDER BY c.origin_id, e.seq`, world, origins, curs, limit)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			e := Edit{WorldID: world}
			if err := rows.Scan(&e.Origin, &e.Seq, &e.Chunk.X, &e.Chunk.Y, &e.Chunk.Z, &e.Payload, &e.Created); err != nil {
				return err
			}
			out = append(out, e)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, r.redact(err, "storage: poll edits")
	}
	return out, nil
}

// SaveCursors records reader's pull progress (monotonic, idempotent).
// It is informational: the authoritative cursors live in the local store.
func (r *RemoteStore) SaveCursors(ctx context.Context, world string, reader int64, cursors map[int64]int64) error {
	if len(cursors) == 0 {
		return nil
	}
	var src, seq []int64
	for o, s := range cursors {
		src, seq = append(src, o), append(seq, s)
	}
	err := r.write(ctx, func(tx pgx.Tx) error {
		_, err := tx.Exec(ctx, `INSERT INTO sync_cursors (world_id, reader_origin, source_origin, last_seq)
			SELECT $1, $2, s, q FROM unnest($3::bigint[], $4::bigint[]) AS u(s, q)
			ON CONFLICT (world_id, reader_origin, source_origin) DO UPDATE
			SET last_seq = GREATEST(sync_cursors.last_seq, EXCLUDED.last_seq), updated_at = now()`,
			world, reader, src, seq)
		return err
	})
	return r.redactOr(err, "storage: save cursors")
}

// PutCheckpoint stores a chunk checkpoint, replacing an older one only if
// the new one covers at least as much of every origin.
func (r *RemoteStore) PutCheckpoint(ctx context.Context, c Checkpoint) error {
	cov, err := json.Marshal(coveredJSON(c.Covered))
	if err != nil {
		return err
	}
	if c.Created.IsZero() {
		c.Created = time.Now()
	}
	if c.Payload == nil {
		c.Payload = []byte{}
	}
	err = r.write(ctx, func(tx pgx.Tx) error {
		var old []byte
		err := tx.QueryRow(ctx, `SELECT covered FROM chunk_checkpoints WHERE world_id = $1 AND cx = $2 AND cy = $3 AND cz = $4`,
			c.WorldID, c.Chunk.X, c.Chunk.Y, c.Chunk.Z).Scan(&old)
		if err == nil {
			var prev map[string]int64
			if json.Unmarshal(old, &prev) == nil && !covers(c.Covered, prev) {
				return nil // an equal-or-newer checkpoint is already there
			}
		} else if !errors.Is(err, pgx.ErrNoRows) {
			return err
		}
		_, err = tx.Exec(ctx, `INSERT INTO chunk_checkpoints (world_id, cx, cy, cz, covered, payload, created_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7)
			ON CONFLICT (world_id, cx, cy, cz) DO UPDATE SET covered = EXCLUDED.covered, payload = EXCLUDED.payload, created_at = EXCLUDED.created_at`,
			c.WorldID, c.Chunk.X, c.Chunk.Y, c.Chunk.Z, string(cov), c.Payload, c.Created)
		return err
	})
	return r.redactOr(err, "storage: put checkpoint")
}

// GetCheckpoint reads a chunk checkpoint (replica when available);
// found is false if there is none.
func (r *RemoteStore) GetCheckpoint(ctx context.Context, world string, k ChunkKey) (c Checkpoint, found bool, err error) {
	err = r.read(ctx, func(tx pgx.Tx) error {
		var cov []byte
		err := tx.QueryRow(ctx, `SELECT covered, payload, created_at FROM chunk_checkpoints WHERE world_id = $1 AND cx = $2 AND cy = $3 AND cz = $4`,
			world, k.X, k.Y, k.Z).Scan(&cov, &c.Payload, &c.Created)
		if errors.Is(err, pgx.ErrNoRows) {
			found = false
			return nil
		}
		if err != nil {
			return err
		}
		var m map[string]int64
		if err := json.Unmarshal(cov, &m); err != nil {
			return err
		}
		c.Covered = parseCovered(m)
		found = true
		return nil
	})
	if err != nil {
		return Checkpoint{}, false, r.redact(err, "storage: get checkpoint")
	}
	c.WorldID, c.Chunk = world, k
	return c, found, nil
}

func coveredJSON(m map[int64]int64) map[string]int64 {
	out := make(map[string]int64, len(m))
	for o, s := range m {
		out[fmt.Sprint(o)] = s
	}
	return out
}

func parseCovered(m map[string]int64) map[int64]int64 {
	out := make(map[int64]int64, len(m))
	for k, v := range m {
		var o int64
		if _, err := fmt.Sscan(k, &o); err == nil {
			out[o] = v
		}
	}
	return out
}

// covers reports whether next covers at least prev for every origin.
func covers(next map[int64]int64, prev map[string]int64) bool {
	for k, v := range parseCovered(prev) {
		if next[k] < v {
			return false
		}
	}
	return true
}
