package sidecar

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/procgen-godot/procgen/procgen/edit"
	"github.com/procgen-godot/procgen/procgen/world"
	"github.com/procgen-godot/procgen/storage"
)

// loadTimeout bounds loading one world from the store.
const loadTimeout = 30 * time.Second

// World returns the world id, loading it from the store (the local file, else the
// database) on first use; from then on the sidecar follows its edits from every origin.
// It returns an error wrapping storage.ErrWorldNotFound for an unknown id.
func (s *Server) World(ctx context.Context, id string) (*World, error) {
	if err := checkWorldID(id); err != nil {
		return nil, err
	}
	s.mu.Lock()
	w, ok := s.worlds[id]
	if !ok {
		w = &World{ID: id, store: s.store, srv: s, ready: make(chan struct{})}
		s.worlds[id] = w
		go s.load(w)
	}
	s.mu.Unlock()
	select {
	case <-w.ready:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	if w.err != nil {
		return nil, w.err
	}
	return w, nil
}

// MaxWorldIDBytes bounds world ids (the wire format's limit).
const MaxWorldIDBytes = 128

func checkWorldID(id string) error {
	if id == "" || len(id) > MaxWorldIDBytes {
		return fmt.Errorf("world id must be 1 to %d bytes", MaxWorldIDBytes)
	}
	for _, r := range id {
		if r < 0x20 || r == 0x7f {
			return errors.New("world id contains control characters")
		}
	}
	return nil
}

// load fills w from the store. It is registered in s.worlds before the store starts
// following it, so remote edits that arrive meanwhile wait for it (see onRemote) and are
// deduplicated against what was read.
func (s *Server) load(w *World) {
	defer close(w.ready)
	ctx, cancel := context.WithTimeout(s.ctx, loadTimeout)
	defer cancel()
	fail := func(err error) {
		w.err = err
		s.mu.Lock()
		delete(s.worlds, w.ID)
		s.mu.Unlock()
	}
	sw, err := s.store.LoadWorld(ctx, w.ID)
	if err != nil {
		fail(err)
		return
	}
	cfg, err := world.Decode(sw.Config)
	if err != nil {
		fail(fmt.Errorf("world %q: stored config: %w", w.ID, err))
		return
	}
	gen, err := world.New(cfg)
	if err != nil {
		fail(fmt.Errorf("world %q: %w", w.ID, err))
		return
	}
	stored, err := s.store.Edits(ctx, w.ID)
	if err != nil {
		fail(fmt.Errorf("world %q: reading edits: %w", w.ID, err))
		return
	}
	ds := decodeStored(stored, func(e storage.Edit, err error) {
		s.log.Error("stored edit not decodable; skipped", "world", w.ID, "origin", e.Origin, "seq", e.Seq, "err", err)
	})
	edit.Sort(ds)
	w.Name, w.Config, w.ConfigJSON, w.Hash, w.FormatVersion = sw.Name, cfg, sw.Config, gen.Hash(), sw.FormatVersion
	w.gen = gen
	w.ix = edit.NewIndex(editCell)
	w.pos = Position{}
	w.subs = map[Subscriber]struct{}{}
	w.add(ds)
	s.log.Info("world loaded", "world", w.ID, "edits", len(w.log), "hash", w.Hash)
}

// CreateWorld stores a new world with cfg under id (shipped to the database in the
// background) unless one exists; an existing world with another config is an error
// wrapping storage.ErrWorldConflict.
func (s *Server) CreateWorld(ctx context.Context, id string, cfg world.WorldConfig) (*World, error) {
	if err := checkWorldID(id); err != nil {
		return nil, err
	}
	enc, err := cfg.Encode()
	if err != nil {
		return nil, err
	}
	if _, err := s.store.LoadWorld(ctx, id); errors.Is(err, storage.ErrWorldNotFound) {
		err = s.store.CreateWorld(ctx, storage.World{ID: id, Name: id, Config: enc, FormatVersion: world.ConfigFormat})
		if err != nil {
			return nil, err
		}
	} else if err != nil {
		return nil, err
	}
	w, err := s.World(ctx, id)
	if err != nil {
		return nil, err
	}
	if string(w.ConfigJSON) != string(enc) {
		return w, fmt.Errorf("%w: %q", storage.ErrWorldConflict, id)
	}
	return w, nil
}

// onRemote runs on the store's sync goroutine with edits other origins recorded: each
// world being served takes the ones it has not seen and broadcasts them.
func (s *Server) onRemote(es []storage.Edit) {
	byWorld := map[string][]storage.Edit{}
	for _, e := range es {
		byWorld[e.WorldID] = append(byWorld[e.WorldID], e)
	}
	for id, list := range byWorld {
		s.mu.Lock()
		w := s.worlds[id]
		s.mu.Unlock()
		if w == nil {
			continue // not served: the store has them for when it is
		}
		<-w.ready
		if w.err != nil {
			continue
		}
		ds := decodeStored(list, func(e storage.Edit, err error) {
			s.log.Error("remote edit not decodable; skipped", "world", id, "origin", e.Origin, "seq", e.Seq, "err", err)
		})
		n := w.add(ds)
		s.metrics.remoteEdits.Add(int64(n))
	}
}

// loadedWorlds lists the worlds being served.
func (s *Server) loadedWorlds() []*World {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]*World, 0, len(s.worlds))
	for _, w := range s.worlds {
		select {
		case <-w.ready:
			if w.err == nil {
				out = append(out, w)
			}
		default:
		}
	}
	return out
}
