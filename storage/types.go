// Package storage persists ProcGen worlds (config + player edit deltas)
// locally in SQLite and shares them between game servers through
// PostgreSQL or YugabyteDB (YSQL).
//
// Every server appends only its own origin's edits, numbered by a per-
// (world, origin) sequence assigned by the local store. An edit is
// acknowledged once it is durably committed to the local SQLite file; a sync
// worker ships pending edits in batches to the primary database and polls
// other origins' edits with per-origin cursors, so a database outage never
// blocks the game: edits queue locally and are shipped after reconnection.
//
// Edit payloads and world configs are opaque bytes to this package.
package storage

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"time"
)

// ChunkKey identifies a chunk by integer chunk coordinates.
type ChunkKey struct {
	X, Y, Z int32
}

func (k ChunkKey) String() string { return fmt.Sprintf("%d,%d,%d", k.X, k.Y, k.Z) }

// World is a world's identity and encoded generator config.
type World struct {
	ID            string
	Name          string
	Config        []byte // encoded generator config (opaque)
	ConfigHash    []byte // sha256(Config); filled in by CreateWorld if empty
	FormatVersion int
	Created       time.Time
}

// ConfigHash returns the sha256 of an encoded config.
func ConfigHash(config []byte) []byte {
	h := sha256.Sum256(config)
	return h[:]
}

// Edit is one player edit delta: an opaque payload for one chunk, numbered
// by (Origin, Seq) within its world.
type Edit struct {
	WorldID string
	Chunk   ChunkKey
	Origin  int64 // server that recorded the edit
	Seq     int64 // per (world, origin), starts at 1, no gaps
	Payload []byte
	Created time.Time
}

// Checkpoint is an optional compacted state of one chunk, covering every
// edit with Seq <= Covered[origin] for each origin.
type Checkpoint struct {
	WorldID string
	Chunk   ChunkKey
	Covered map[int64]int64
	Payload []byte
	Created time.Time
}

// Errors returned by the stores.
var (
	ErrClosed        = errors.New("storage: store is closed")
	ErrWorldNotFound = errors.New("storage: world not found")
	ErrWorldConflict = errors.New("storage: a world with this id exists with a different config")
	ErrNoRemote      = errors.New("storage: no remote database configured or reachable")
)

// Mode values reported by Status.
const (
	ModeLocal  = "local"  // no database, or the database is currently unreachable
	ModeSynced = "synced" // connected to the database and syncing
)

// Status is a snapshot of the sync state.
type Status struct {
	Mode    string // ModeLocal or ModeSynced
	Pending int64  // own edits not yet shipped
	// Uncommitted counts own edits submitted but not yet durable in the local store.
	Uncommitted int64
	LastSync    time.Time // last successful ship or pull (zero: never)
	Lag         time.Duration
	LastError   string // redacted; empty if the last attempt succeeded
	Origin      int64
	Paused      bool // SetSyncPaused: shipping and pulling are paused
}
