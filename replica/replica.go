// Package replica is a client's copy of a world: its config and the edits that arrive as
// netproto packets (catch-up snapshots and live Edits), generating the same chunks as every
// server. The browser client runs it compiled to WebAssembly (cmd/procgen-wasm); it is pure
// Go, so native tools and tests use it too (ChunkHash is how they compare chunks).
package replica

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"math"

	"github.com/procgen-godot/procgen/netproto"
	"github.com/procgen-godot/procgen/procgen/edit"
	"github.com/procgen-godot/procgen/procgen/schedule"
	"github.com/procgen-godot/procgen/procgen/world"
)

// editCell is the side of the cells edits are filed under (as the Godot node).
const editCell = 64

// Replica holds one world. Not safe for concurrent use (the browser's worker is one thread).
type Replica struct {
	cfg  world.WorldConfig
	w    *world.World
	ix   *edit.Index
	gen  schedule.Func
	pos  map[uint64]uint64
	hash string
}

// New returns a replica of the world with the JSON config (world.Decode's format).
func New(config []byte) (*Replica, error) {
	cfg, err := world.Decode(config)
	if err != nil {
		return nil, err
	}
	w, err := world.New(cfg)
	if err != nil {
		return nil, err
	}
	r := &Replica{cfg: cfg, w: w, ix: edit.NewIndex(editCell), pos: map[uint64]uint64{}, hash: w.Hash()}
	r.gen = schedule.WorldGenerator(w, func(lo, hi [3]float64) []edit.Delta { return r.ix.Near(lo, hi) })
	return r, nil
}

// Config returns the world's config.
func (r *Replica) Config() world.WorldConfig { return r.cfg }

// Hash is the world's content hash (world.World.Hash).
func (r *Replica) Hash() string { return r.hash }

// Edits is the number of edits held.
func (r *Replica) Edits() int { return r.ix.Len() }

// Position returns the highest seq seen per origin.
func (r *Replica) Position() map[uint64]uint64 { return r.pos }

// ApplyPacket decodes a server packet (netproto Checkpoint or Edits) and adds its edits,
// returning those that were new.
func (r *Replica) ApplyPacket(b []byte) ([]edit.Delta, error) {
	m, err := netproto.DecodeFromServer(b)
	if err != nil {
		return nil, err
	}
	var ds []edit.Delta
	switch m := m.(type) {
	case *netproto.Edits:
		ds = m.Deltas
	case *netproto.Checkpoint:
		if ds, err = netproto.SnapshotEdits(m); err != nil {
			return nil, err
		}
	default:
		return nil, fmt.Errorf("replica: unexpected %v packet", m.Type())
	}
	return r.Add(ds), nil
}

// Add adds edits (skipping those already held) and returns the new ones.
func (r *Replica) Add(ds []edit.Delta) []edit.Delta {
	fresh := ds[:0:0]
	for _, d := range ds {
		if r.ix.Insert(d) {
			fresh = append(fresh, d)
			if d.ID.Seq > r.pos[d.ID.Origin] {
				r.pos[d.ID.Origin] = d.ID.Seq
			}
		}
	}
	return fresh
}

// Affected returns the heightmap chunks (x, z) whose output the edits can change.
func (r *Replica) Affected(ds []edit.Delta) [][2]int32 {
	seen := map[[2]int32]bool{}
	var out [][2]int32
	for _, d := range ds {
		for _, c := range d.AffectedChunks(r.cfg.Chunk.Heightmap) {
			k := [2]int32{c.X, c.Z}
			if !seen[k] {
				seen[k] = true
				out = append(out, k)
			}
		}
	}
	return out
}

// Chunk generates heightmap chunk (cx, cz) at LOD step (1, 2, 4 or 8) with every edit held.
func (r *Replica) Chunk(cx, cz int32, step int) (*schedule.Mesh, error) {
	if step < 1 || step > 255 {
		return nil, fmt.Errorf("replica: step %d", step)
	}
	v, err := r.gen(context.Background(), schedule.Key{Kind: schedule.Heightmap, X: cx, Z: cz, Step: uint8(step)})
	if err != nil {
		return nil, err
	}
	return v.(*schedule.Mesh), nil
}

// Height is the surface height at (x, z) with every edit held (the Godot node's get_height).
func (r *Replica) Height(x, z float64) float64 {
	h := r.w.SurfaceHeight(x, z)
	for _, d := range r.ix.Near([3]float64{x, math.Inf(-1), z}, [3]float64{x, math.Inf(1), z}) {
		if d.Kind.Column() {
			h = d.ApplyHeight(x, z, h)
		}
	}
	return h
}

// ChunkHash is the hex SHA-256 of a mesh's arrays, little-endian, in the order positions,
// normals, colours, uvs, indices: equal hashes mean bit-identical chunks.
func ChunkHash(m *schedule.Mesh) string {
	n := len(m.Positions) + len(m.Normals) + len(m.Colors) + len(m.UVs) + len(m.Indices)
	b := make([]byte, 0, 4*n)
	for _, s := range [][]float32{m.Positions, m.Normals, m.Colors, m.UVs} {
		for _, v := range s {
			b = binary.LittleEndian.AppendUint32(b, math.Float32bits(v))
		}
	}
	for _, v := range m.Indices {
		b = binary.LittleEndian.AppendUint32(b, uint32(v))
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}
