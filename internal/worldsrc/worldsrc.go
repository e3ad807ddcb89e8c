// Package worldsrc reads a stored world (config and edits) from a storage.Store and turns
// it into what generation takes: a compiled world.World and its edits in replay order. It
// is shared by the standalone tools (procgen-export, the sidecar).
package worldsrc

import (
	"context"
	"errors"
	"fmt"
	"os"

	"github.com/procgen-godot/procgen/procgen/edit"
	"github.com/procgen-godot/procgen/procgen/world"
	"github.com/procgen-godot/procgen/storage"
)

// ErrUnknownWorld reports a world id that no store knows.
var ErrUnknownWorld = errors.New("unknown world")

// Snapshot is a world as a store knows it at one moment.
type Snapshot struct {
	ID    string
	World *world.World
	Edits []edit.Delta // replay order
}

// Load reads world id and every edit the store knows of it. With pull, a store that has a
// database first fetches the world's newest edits from it (a one-shot tool's store has no
// running sync to rely on).
func Load(ctx context.Context, st *storage.Store, id string, pull bool) (Snapshot, error) {
	w, err := st.LoadWorld(ctx, id)
	if errors.Is(err, storage.ErrWorldNotFound) {
		return Snapshot{}, fmt.Errorf("%w %q", ErrUnknownWorld, id)
	}
	if err != nil {
		return Snapshot{}, fmt.Errorf("loading world %q: %w", id, err)
	}
	if pull {
		if err := Pull(ctx, st); err != nil {
			return Snapshot{}, fmt.Errorf("world %q: fetching edits from the database: %w", id, err)
		}
	}
	cfg, err := world.Decode(w.Config)
	if err != nil {
		return Snapshot{}, fmt.Errorf("world %q: stored config: %w", id, err)
	}
	compiled, err := world.New(cfg)
	if err != nil {
		return Snapshot{}, fmt.Errorf("world %q: %w", id, err)
	}
	recorded, err := st.Edits(ctx, id)
	if err != nil {
		return Snapshot{}, fmt.Errorf("world %q: reading edits: %w", id, err)
	}
	ds, err := Decode(recorded)
	if err != nil {
		return Snapshot{}, fmt.Errorf("world %q: %w", id, err)
	}
	return Snapshot{ID: id, World: compiled, Edits: ds}, nil
}

// Decode turns stored edits into deltas carrying their stored identity, in replay order.
func Decode(es []storage.Edit) ([]edit.Delta, error) {
	out := make([]edit.Delta, 0, len(es))
	for _, e := range es {
		d, err := edit.DecodeDelta(e.Payload)
		if err != nil {
			return nil, fmt.Errorf("stored edit %d/%d: %w", e.Origin, e.Seq, err)
		}
		d.ID = edit.ID{Origin: uint64(e.Origin), Seq: uint64(e.Seq)}
		out = append(out, d)
	}
	edit.Sort(out)
	return out, nil
}

// FromConfigFile compiles the world config JSON in path (no edits).
func FromConfigFile(path string) (Snapshot, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return Snapshot{}, err
	}
	if len(b) > world.MaxConfigBytes {
		return Snapshot{}, fmt.Errorf("%s: config larger than %d bytes", path, world.MaxConfigBytes)
	}
	cfg, err := world.Decode(b)
	if err != nil {
		return Snapshot{}, fmt.Errorf("%s: %w", path, err)
	}
	w, err := world.New(cfg)
	if err != nil {
		return Snapshot{}, fmt.Errorf("%s: %w", path, err)
	}
	return Snapshot{World: w}, nil
}

// OpenStore opens the store at localPath for reading, with the database of
// $PROCGEN_DATABASE_URL when set (then it pulls once so the snapshot includes every
// server's edits). Without a database, the local file must exist: looking a world up
// never creates an empty store.
func OpenStore(ctx context.Context, localPath string) (*storage.Store, error) {
	cfg := storage.ConfigFromEnv(storage.Config{LocalPath: localPath})
	if cfg.DatabaseURL == "" {
		if _, err := os.Stat(localPath); err != nil {
			return nil, fmt.Errorf("no local store at %s and no %s set: %w", localPath, storage.EnvDatabaseURL, err)
		}
	}
	st, err := storage.Open(ctx, cfg)
	if err != nil {
		return nil, err
	}
	if err := st.ConfigError(); err != nil {
		st.Close()
		return nil, err
	}
	st.Start(ctx)
	return st, nil
}

// Pull makes st ship and fetch edits of its loaded worlds now, when it has a database.
func Pull(ctx context.Context, st *storage.Store) error {
	err := st.Flush(ctx)
	if errors.Is(err, storage.ErrNoRemote) {
		return nil
	}
	return err
}
