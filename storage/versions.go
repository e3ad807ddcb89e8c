package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
)

// WorldVersion is one version of a world's config. A world keeps its id (and its edits)
// across versions; a new version is recorded when its generation pipeline changes (a filter
// switched or tuned). Versions are ordered by (Version, Origin): Version is a timestamp in
// nanoseconds, made strictly increasing per store, and the origin breaks ties between
// servers, so every server picks the same latest version.
type WorldVersion struct {
	WorldID    string
	Version    int64
	Origin     int64
	Config     []byte
	ConfigHash []byte
	Created    time.Time
}

// newer reports whether v comes after w.
func (v WorldVersion) newer(w WorldVersion) bool {
	return v.Version > w.Version || (v.Version == w.Version && v.Origin > w.Origin)
}

// localVersionSchema is the local table of world versions.
const localVersionSchema = `CREATE TABLE IF NOT EXISTS world_versions (
		world_id TEXT NOT NULL,
		version INTEGER NOT NULL,
		origin_id INTEGER NOT NULL,
		config BLOB NOT NULL,
		config_hash BLOB NOT NULL,
		created_at INTEGER NOT NULL,
		synced INTEGER NOT NULL DEFAULT 0,
		PRIMARY KEY (world_id, version, origin_id))`

// remoteVersionSchema is migration 2's table of world versions.
func remoteVersionSchema(yb bool) []string {
	return []string{`CREATE TABLE IF NOT EXISTS world_versions (
		world_id   text        NOT NULL,
		version    bigint      NOT NULL,
		origin_id  bigint      NOT NULL,
		config     bytea       NOT NULL,
		config_hash bytea      NOT NULL,
		created_at timestamptz NOT NULL,
		` + pk(yb, "world_id", "version, origin_id") + `)`}
}

// PutWorldVersion records config as the newest version of world id, locally and durably
// (shipped to the database in the background). The world must exist.
func (s *Store) PutWorldVersion(ctx context.Context, id string, config []byte) (WorldVersion, error) {
	v, err := s.local.PutVersion(ctx, id, config)
	if err == nil {
		select {
		case s.kick <- struct{}{}:
		default:
		}
	}
	return v, err
}

// LatestWorldVersion returns the newest recorded version of world id, if any.
func (s *Store) LatestWorldVersion(ctx context.Context, id string) (WorldVersion, bool, error) {
	return s.local.LatestVersion(ctx, id)
}

// PutVersion records a new version of world id made by this store's origin.
func (l *LocalStore) PutVersion(ctx context.Context, id string, config []byte) (WorldVersion, error) {
	if _, err := l.GetWorld(ctx, id); err != nil {
		return WorldVersion{}, err
	}
	v := WorldVersion{WorldID: id, Origin: l.origin, Config: config, ConfigHash: ConfigHash(config), Created: time.Now()}
	tx, err := l.w.BeginTx(ctx, nil)
	if err != nil {
		return v, fmt.Errorf("storage: put world version: %w", err)
	}
	defer tx.Rollback()
	var last sql.NullInt64
	if err := tx.QueryRowContext(ctx, `SELECT max(version) FROM world_versions WHERE world_id = ?`, id).Scan(&last); err != nil {
		return v, fmt.Errorf("storage: put world version: %w", err)
	}
	v.Version = max(v.Created.UnixNano(), last.Int64+1)
	if _, err := tx.ExecContext(ctx, `INSERT INTO world_versions (world_id, version, origin_id, config, config_hash, created_at, synced)
		VALUES (?, ?, ?, ?, ?, ?, 0)`, id, v.Version, v.Origin, v.Config, v.ConfigHash, v.Created.UnixNano()); err != nil {
		return v, fmt.Errorf("storage: put world version: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return v, fmt.Errorf("storage: put world version: %w", err)
	}
	return v, nil
}

const versionCols = `world_id, version, origin_id, config, config_hash, created_at`

func scanVersion(sc interface{ Scan(...any) error }) (WorldVersion, error) {
	var v WorldVersion
	var created int64
	err := sc.Scan(&v.WorldID, &v.Version, &v.Origin, &v.Config, &v.ConfigHash, &created)
	v.Created = time.Unix(0, created)
	return v, err
}

// LatestVersion returns the newest locally known version of world id.
func (l *LocalStore) LatestVersion(ctx context.Context, id string) (WorldVersion, bool, error) {
	v, err := scanVersion(l.r.QueryRowContext(ctx, `SELECT `+versionCols+` FROM world_versions WHERE world_id = ?
		ORDER BY version DESC, origin_id DESC LIMIT 1`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return WorldVersion{}, false, nil
	}
	if err != nil {
		return WorldVersion{}, false, fmt.Errorf("storage: latest world version: %w", err)
	}
	return v, true, nil
}

// unsyncedVersions lists versions not yet stored in the database.
func (l *LocalStore) unsyncedVersions(ctx context.Context) ([]WorldVersion, error) {
	rows, err := l.r.QueryContext(ctx, `SELECT `+versionCols+` FROM world_versions WHERE synced = 0 ORDER BY version`)
	if err != nil {
		return nil, fmt.Errorf("storage: unsynced world versions: %w", err)
	}
	defer rows.Close()
	var out []WorldVersion
	for rows.Next() {
		v, err := scanVersion(rows)
		if err != nil {
			return nil, fmt.Errorf("storage: unsynced world versions: %w", err)
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

// putRemoteVersion stores a version pulled from the database (already synced).
func (l *LocalStore) putRemoteVersion(ctx context.Context, v WorldVersion) error {
	_, err := l.w.ExecContext(ctx, `INSERT INTO world_versions (world_id, version, origin_id, config, config_hash, created_at, synced)
		VALUES (?, ?, ?, ?, ?, ?, 1) ON CONFLICT DO NOTHING`, v.WorldID, v.Version, v.Origin, v.Config, v.ConfigHash, v.Created.UnixNano())
	if err != nil {
		return fmt.Errorf("storage: store pulled world version: %w", err)
	}
	return nil
}

func (l *LocalStore) markVersionSynced(ctx context.Context, v WorldVersion) error {
	_, err := l.w.ExecContext(ctx, `UPDATE world_versions SET synced = 1 WHERE world_id = ? AND version = ? AND origin_id = ?`, v.WorldID, v.Version, v.Origin)
	return err
}

// PutVersion stores a world version in the database (idempotent).
func (r *RemoteStore) PutVersion(ctx context.Context, v WorldVersion) error {
	err := r.write(ctx, func(tx pgx.Tx) error {
		_, err := tx.Exec(ctx, `INSERT INTO world_versions (world_id, version, origin_id, config, config_hash, created_at)
			VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`, v.WorldID, v.Version, v.Origin, v.Config, v.ConfigHash, v.Created)
		return err
	})
	return r.redactOr(err, "storage: put world version")
}

// LatestVersion reads the newest version of a world from the database (a replica may be a
// little behind; the next poll catches up).
func (r *RemoteStore) LatestVersion(ctx context.Context, id string) (WorldVersion, bool, error) {
	var v WorldVersion
	found := false
	err := r.read(ctx, func(tx pgx.Tx) error {
		err := tx.QueryRow(ctx, `SELECT world_id, version, origin_id, config, config_hash, created_at FROM world_versions
			WHERE world_id = $1 ORDER BY version DESC, origin_id DESC LIMIT 1`, id).
			Scan(&v.WorldID, &v.Version, &v.Origin, &v.Config, &v.ConfigHash, &v.Created)
		if errors.Is(err, pgx.ErrNoRows) {
			return nil
		}
		found = err == nil
		return err
	})
	if err != nil {
		return v, false, r.redact(err, "storage: latest world version")
	}
	return v, found, nil
}

// shipVersions sends unsynced world versions (after their worlds).
func (s *Store) shipVersions(ctx context.Context) error {
	vs, err := s.local.unsyncedVersions(ctx)
	if err != nil {
		return err
	}
	for _, v := range vs {
		if err := s.remote.PutVersion(ctx, v); err != nil {
			return err
		}
		if err := s.local.markVersionSynced(ctx, v); err != nil {
			return err
		}
	}
	return nil
}

// pullVersion fetches the newest version of loaded world id from the database and, when it
// is newer than every local one, stores it and hands it to OnWorldVersion.
func (s *Store) pullVersion(ctx context.Context, id string) error {
	remote, ok, err := s.remote.LatestVersion(ctx, id)
	if err != nil || !ok {
		return err
	}
	local, have, err := s.local.LatestVersion(ctx, id)
	if err != nil {
		return err
	}
	if have && !remote.newer(local) {
		return nil
	}
	if err := s.local.putRemoteVersion(ctx, remote); err != nil {
		return err
	}
	if s.cfg.OnWorldVersion != nil {
		s.cfg.OnWorldVersion(remote)
	}
	return nil
}
