package storage

import (
	"crypto/sha256"
	"encoding/binary"
	"math"
	"testing"
	"time"

	"github.com/procgen-godot/procgen/netproto"
	"github.com/procgen-godot/procgen/procgen/chunk"
	"github.com/procgen-godot/procgen/procgen/edit"
	"github.com/procgen-godot/procgen/procgen/world"
	"github.com/procgen-godot/procgen/storage/internal/pgtest"
)

// skewedServer is a server for TestSkewedClocksLaterEditWins: a store and a hybrid logical
// clock whose wall clock is off by skew.
type skewedServer struct {
	store *Store
	clock *edit.Clock
}

// record stamps d with the server's clock and stores it, as the extension and the sidecar
// do (the payload carries no identity; the store assigns it).
func (s *skewedServer) record(t *testing.T, worldID string, d edit.Delta) {
	t.Helper()
	d.ID = edit.ID{}
	d.Quantize()
	d.Time = s.clock.Now()
	payload, err := d.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.store.Record(testCtx(t, 30*time.Second), worldID, ChunkKey{}, payload); err != nil {
		t.Fatal(err)
	}
}

// edits returns the server's edits in replay order, after observing their timestamps (as
// a server applying remote edits does).
func (s *skewedServer) edits(t *testing.T, worldID string) []edit.Delta {
	t.Helper()
	es, err := s.store.Edits(testCtx(t, 30*time.Second), worldID)
	if err != nil {
		t.Fatal(err)
	}
	var ds []edit.Delta
	for _, e := range es {
		d, err := edit.DecodeDelta(e.Payload)
		if err != nil {
			t.Fatal(err)
		}
		d.ID = edit.ID{Origin: uint64(e.Origin), Seq: uint64(e.Seq)}
		s.clock.Observe(d.Time)
		ds = append(ds, d)
	}
	edit.Sort(ds)
	return ds
}

// TestSkewedClocksLaterEditWins: two servers share a world through PostgreSQL, one clock 5 s
// behind and one 5 s ahead. The server ahead flattens and paints a spot; the server behind,
// having seen those edits, flattens and paints the same spot again. On both servers and on
// a client of each (edits sent as netproto Edits packets) the later edits win, and every
// replica generates the same bytes. Before timestamps, replay order was (origin, seq) and
// the earlier edits of the higher origin won.
func TestSkewedClocksLaterEditWins(t *testing.T) {
	t.Parallel()
	url := pgtest.SchemaURL(t)
	mk := func(origin int64, skew time.Duration) *skewedServer {
		return &skewedServer{
			store: openStore(t, Config{DatabaseURL: url, OriginID: origin}),
			clock: edit.NewClock(func() time.Time { return time.Now().Add(skew) }),
		}
	}
	behind, ahead := mk(101, -5*time.Second), mk(202, 5*time.Second)
	ctx := testCtx(t, 60*time.Second)
	cfg := world.Default(11)
	enc, _ := cfg.Encode()
	w := World{ID: "hlc-world", Name: "HLC", Config: enc, FormatVersion: 1}
	if err := ahead.store.CreateWorld(ctx, w); err != nil {
		t.Fatal(err)
	}
	if err := ahead.store.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := behind.store.LoadWorld(ctx, w.ID); err != nil {
		t.Fatal(err)
	}
	gen, err := world.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	const x, z = 20.0, 12.0
	y := gen.SurfaceHeight(x, z)
	sync := func(want int) {
		waitFor(t, 30*time.Second, "sync", func() bool {
			ea, _ := behind.store.Edits(ctx, w.ID)
			eb, _ := ahead.store.Edits(ctx, w.ID)
			return len(ea) == want && len(eb) == want
		})
	}
	// The server ahead edits first.
	ahead.record(t, w.ID, edit.Delta{Kind: edit.Flatten, X: x, Y: y + 9, Z: z, Radius: 10, Amount: 1})
	ahead.record(t, w.ID, edit.Delta{Kind: edit.Paint, Material: 2, X: x, Y: y, Z: z, Radius: 6})
	sync(2)
	// The server behind sees them, then edits the same spot: 10 s earlier by its clock.
	behind.edits(t, w.ID)
	behind.record(t, w.ID, edit.Delta{Kind: edit.Flatten, X: x, Y: y - 4, Z: z, Radius: 10, Amount: 1})
	behind.record(t, w.ID, edit.Delta{Kind: edit.Paint, Material: 4, X: x, Y: y, Z: z, Radius: 6})
	sync(4)

	var want [32]byte
	for i, s := range []*skewedServer{behind, ahead} {
		ds := s.edits(t, w.ID)
		if ds[2].ID.Origin != 101 || ds[3].ID.Origin != 101 {
			t.Fatalf("server %d replays %v: the later edits (origin 101) must come last", i, ds)
		}
		// A client of this server gets the edits as netproto packets.
		pkt, err := (&netproto.Edits{Deltas: ds}).MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		m, err := netproto.DecodeFromServer(pkt)
		if err != nil {
			t.Fatal(err)
		}
		client := m.(*netproto.Edits).Deltas
		edit.Sort(client)
		for _, replica := range [][]edit.Delta{ds, client} {
			h := gen.SurfaceHeight(x, z)
			mat := uint8(0)
			for _, d := range replica {
				if d.Kind.Column() {
					h = d.ApplyHeight(x, z, h)
				}
				if m, ok := d.PaintAt(x, h, z); ok {
					mat = m
				}
			}
			if math.Abs(h-(y-4)) > edit.Quantum || mat != 4 { // Y is rounded to the quantum
				t.Fatalf("server %d: height %v material %d; want the later edits' %v and 4", i, h, mat, y-4)
			}
			got := chunkHash(t, gen, replica)
			if i == 0 && &replica[0] == &ds[0] {
				want = got
			} else if got != want {
				t.Fatalf("server %d: replicas generate different chunks", i)
			}
		}
	}
}

// chunkHash hashes the heightmap and voxel chunks at the edited spot with ds applied.
func chunkHash(t *testing.T, w *world.World, ds []edit.Delta) [32]byte {
	t.Helper()
	var hm chunk.Heightmap
	var vx chunk.Voxel
	if err := hm.Generate(w, 0, 0, 1, ds); err != nil {
		t.Fatal(err)
	}
	n := w.Config().Chunk.Voxel
	cy := int32(math.Floor(w.SurfaceHeight(20, 12) / float64(n)))
	if err := vx.Generate(w, 0, cy, 0, ds); err != nil {
		t.Fatal(err)
	}
	var b []byte
	for _, v := range hm.Heights {
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(v))
	}
	for _, v := range vx.Density {
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(v))
	}
	b = append(b, vx.Material...)
	return sha256.Sum256(b)
}
