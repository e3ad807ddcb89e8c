package sidecar

import (
	"context"
	"errors"
	"fmt"
	"math"
	"sync"
	"time"

	"github.com/procgen-godot/procgen/netproto"
	"github.com/procgen-godot/procgen/procgen/edit"
	"github.com/procgen-godot/procgen/procgen/schedule"
	"github.com/procgen-godot/procgen/procgen/world"
	"github.com/procgen-godot/procgen/storage"
)

// editCell is the side, in world units, of the cells a World files its edits under (the
// Godot node uses the same).
const editCell = 64

// World is one world the sidecar serves: its config and generator, and every edit known to
// the store, kept up to date from every origin. Safe for concurrent use.
type World struct {
	// ID is the world's id in the store.
	ID string
	// Name is its display name.
	Name string
	// Config is the decoded generator config; ConfigJSON its stored (canonical) encoding.
	Config     world.WorldConfig
	ConfigJSON []byte
	// Hash is the world's name by content: the hex SHA-256 of its canonical config.
	Hash string
	// FormatVersion is the config format the world was stored with.
	FormatVersion int

	gen   *world.World
	store *storage.Store
	srv   *Server

	ready chan struct{} // closed once loaded (err says how)
	err   error

	record sync.Mutex // serialises own edits so they are appended in seq order
	clock  edit.Clock // timestamps own edits after every edit seen (hybrid logical clock)

	genOnce sync.Once
	genFn   schedule.Func // chunk generator (see Chunk)

	mu   sync.Mutex
	log  []edit.Delta // arrival order (per origin: seq order), append-only
	ix   *edit.Index
	pos  Position
	subs map[Subscriber]struct{}
	last time.Time // when the newest edit arrived
}

// Subscriber receives a world's new edits. Edits is called with the world's lock held, in
// arrival order (per origin: seq order, each edit once), with the same edits encoded once
// for every subscriber as netproto Edits packets: it must not block or call back into the
// World.
type Subscriber interface {
	Edits(ds []edit.Delta, packets [][]byte)
}

// Generator returns the world's terrain generator (read-only, safe for concurrent use).
func (w *World) Generator() *world.World { return w.gen }

// Position returns the highest seq seen per origin.
func (w *World) Position() Position {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.pos.Clone()
}

// EditCount is the number of edits known.
func (w *World) EditCount() int {
	w.mu.Lock()
	defer w.mu.Unlock()
	return len(w.log)
}

// Edits returns every known edit in replay order.
func (w *World) Edits() []edit.Delta { return w.index().All() }

// EditsNear returns, in replay order, the edits that may touch the box from lo to hi (a
// schedule.Edits, for generating chunks with procgen).
func (w *World) EditsNear(lo, hi [3]float64) []edit.Delta { return w.index().Near(lo, hi) }

func (w *World) index() *edit.Index {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.ix
}

// Height is the terrain surface height at (x, z) with every edit applied (heightmap worlds),
// as the Godot node's get_height computes it.
func (w *World) Height(x, z float64) float64 {
	h := w.gen.SurfaceHeight(x, z)
	for _, d := range w.EditsNear([3]float64{x, math.Inf(-1), z}, [3]float64{x, math.Inf(1), z}) {
		if d.Kind.Column() {
			h = d.ApplyHeight(x, z, h)
		}
	}
	return h
}

// Join registers sub for the edits that arrive from now on and hands onJoin, atomically
// with it, the known edits that after does not cover (in arrival order) and the world's
// position: a client that applies the catch-up and then the subscription's edits sees
// every edit once. Call the returned function to unsubscribe.
//
// onJoin, when not nil, runs with the world's lock held before any new edit can reach sub
// (so a subscriber can queue its catch-up ahead of them); it must not block.
func (w *World) Join(after Position, sub Subscriber, onJoin func(catchUp []edit.Delta, pos Position)) (leave func()) {
	w.mu.Lock()
	defer w.mu.Unlock()
	var catchUp []edit.Delta
	for _, d := range w.log {
		if !after.Covers(d.ID) {
			catchUp = append(catchUp, d)
		}
	}
	if sub != nil {
		w.subs[sub] = struct{}{}
	}
	if onJoin != nil {
		onJoin(catchUp, w.pos.Clone())
	}
	return func() {
		w.mu.Lock()
		delete(w.subs, sub)
		w.mu.Unlock()
	}
}

// Subscribers is the number of current subscribers.
func (w *World) Subscribers() int {
	w.mu.Lock()
	defer w.mu.Unlock()
	return len(w.subs)
}

// ErrShuttingDown is returned for edits that arrive after shutdown began.
var ErrShuttingDown = errors.New("the sidecar is shutting down")

// Apply rounds d to the edit quantum, validates it, records it durably in the store (from
// where the sync ships it to the other servers) and broadcasts it to the subscribers. The
// returned delta carries the identity the store assigned. Callers check client input
// against the policy first (see Server.CheckEdit).
func (w *World) Apply(ctx context.Context, d edit.Delta) (edit.Delta, error) {
	d.ID = edit.ID{}
	d.Quantize()
	if err := d.Validate(); err != nil {
		return d, err
	}
	d.Time = w.clock.Now()
	payload, err := d.MarshalBinary()
	if err != nil {
		return d, err
	}
	cx, cz := chunkOf(d.X, d.Z, w.Config.Chunk.Heightmap)
	if !w.srv.acceptingEdits() {
		return d, ErrShuttingDown
	}
	w.srv.inflight.Add(1)
	defer w.srv.inflight.Done()
	w.record.Lock()
	defer w.record.Unlock()
	e, err := w.store.Record(ctx, w.ID, storage.ChunkKey{X: cx, Z: cz}, payload)
	if err != nil {
		return d, fmt.Errorf("recording the edit: %w", err)
	}
	d.ID = edit.ID{Origin: uint64(e.Origin), Seq: uint64(e.Seq)}
	w.add([]edit.Delta{d})
	return d, nil
}

// add appends the edits the world has not seen yet and hands them to the subscribers.
func (w *World) add(ds []edit.Delta) int {
	w.mu.Lock()
	defer w.mu.Unlock()
	fresh := ds[:0:0]
	for _, d := range ds {
		if w.pos.Covers(d.ID) {
			continue
		}
		w.clock.Observe(d.Time)
		if want := w.pos[d.ID.Origin] + 1; d.ID.Seq != want {
			w.srv.log.Warn("edit sequence gap", "world", w.ID, "origin", d.ID.Origin, "seq", d.ID.Seq, "expected", want)
		}
		w.pos[d.ID.Origin] = d.ID.Seq
		if d.Kind == 0 {
			continue // undecodable: see decodeStored
		}
		fresh = append(fresh, d)
	}
	if len(fresh) == 0 {
		return 0
	}
	w.log = append(w.log, fresh...)
	if len(fresh) == 1 {
		w.ix.Insert(fresh[0])
	} else {
		w.ix.Load(fresh)
	}
	w.last = time.Now()
	if len(w.subs) == 0 {
		return len(fresh)
	}
	packets, err := netproto.SplitEdits(fresh)
	if err != nil {
		w.srv.log.Error("encoding edits for broadcast", "world", w.ID, "err", err)
	}
	for s := range w.subs {
		s.Edits(fresh, packets)
	}
	return len(fresh)
}

// chunkOf is the heightmap chunk an edit is filed under in the store: the chunk of its
// centre (as the Godot node files it).
func chunkOf(x, z float64, size int) (int32, int32) {
	n := float64(size)
	return int32(math.Floor(x / n)), int32(math.Floor(z / n))
}

// decodeStored turns stored edits into deltas with their stored identity; undecodable
// payloads (say, from a newer format) are skipped but still advance the position, so they
// never stall the world.
func decodeStored(es []storage.Edit, warn func(storage.Edit, error)) []edit.Delta {
	out := make([]edit.Delta, 0, len(es))
	for _, e := range es {
		d, err := edit.DecodeDelta(e.Payload)
		if err != nil {
			warn(e, err)
			d = edit.Delta{}
		}
		d.ID = edit.ID{Origin: uint64(e.Origin), Seq: uint64(e.Seq)}
		out = append(out, d)
	}
	return out
}
