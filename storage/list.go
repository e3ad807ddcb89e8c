package storage

import (
	"context"
	"fmt"
	"sort"

	"github.com/jackc/pgx/v5"
)

// MaxListWorlds bounds how many worlds one ListWorlds call returns.
const MaxListWorlds = 10000

// ListWorlds returns the locally stored worlds, ordered by id (at most
// MaxListWorlds).
func (l *LocalStore) ListWorlds(ctx context.Context) ([]World, error) {
	rows, err := l.r.QueryContext(ctx, `SELECT `+worldCols+` FROM worlds ORDER BY id LIMIT ?`, MaxListWorlds)
	if err != nil {
		return nil, fmt.Errorf("storage: list worlds: %w", err)
	}
	defer rows.Close()
	var out []World
	for rows.Next() {
		w, err := scanWorld(rows)
		if err != nil {
			return nil, fmt.Errorf("storage: list worlds: %w", err)
		}
		out = append(out, w)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("storage: list worlds: %w", err)
	}
	return out, nil
}

// ListWorlds returns the worlds in the database, ordered by id (at most
// MaxListWorlds; stale-tolerant, replica first).
func (r *RemoteStore) ListWorlds(ctx context.Context) ([]World, error) {
	var out []World
	err := r.read(ctx, func(tx pgx.Tx) error {
		out = out[:0]
		rows, err := tx.Query(ctx, `SELECT id, name, config, config_hash, format_version, created_at FROM worlds ORDER BY id LIMIT $1`, MaxListWorlds)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var w World
			if err := rows.Scan(&w.ID, &w.Name, &w.Config, &w.ConfigHash, &w.FormatVersion, &w.Created); err != nil {
				return err
			}
			out = append(out, w)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, r.redact(err, "storage: list worlds")
	}
	return out, nil
}

// ListWorlds returns every world this store knows: the local ones and, when a
// database is configured and reachable, the database's, ordered by id. A
// database error is returned with the local list, so that a caller can still
// show what it has.
func (s *Store) ListWorlds(ctx context.Context) ([]World, error) {
	local, err := s.local.ListWorlds(ctx)
	if err != nil || s.remote == nil {
		return local, err
	}
	remote, rerr := s.remote.ListWorlds(ctx)
	seen := make(map[string]bool, len(local))
	for _, w := range local {
		seen[w.ID] = true
	}
	for _, w := range remote {
		if !seen[w.ID] {
			local = append(local, w)
		}
	}
	sort.Slice(local, func(i, j int) bool { return local[i].ID < local[j].ID })
	return local, rerr
}
