package replica

import (
	"context"
	"testing"

	"github.com/procgen-godot/procgen/netproto"
	"github.com/procgen-godot/procgen/procgen/edit"
	"github.com/procgen-godot/procgen/procgen/schedule"
	"github.com/procgen-godot/procgen/procgen/world"
)

// TestReplicaFromPacketsMatchesDirect: a replica fed the catch-up snapshots and live Edits
// packets generates the same chunks, bit for bit, as a generator handed the edits directly.
func TestReplicaFromPacketsMatchesDirect(t *testing.T) {
	cfg := world.Default(11)
	enc, err := cfg.Encode()
	if err != nil {
		t.Fatal(err)
	}
	r, err := New(enc)
	if err != nil {
		t.Fatal(err)
	}
	var ds []edit.Delta
	for i := 0; i < 40; i++ {
		d := edit.Delta{ID: edit.ID{Origin: uint64(1 + i%3), Seq: uint64(1 + i/3)}, Kind: edit.Raise, X: float64(i*7 - 100), Z: float64(i*5 - 80), Radius: 9, Amount: 3}
		if i%4 == 1 {
			d.Kind = edit.Lower
		}
		d.Quantize()
		ds = append(ds, d)
	}
	snaps, err := netproto.SplitSnapshots(ds[:25], cfg.Chunk.Heightmap)
	if err != nil {
		t.Fatal(err)
	}
	live, err := netproto.SplitEdits(ds[25:])
	if err != nil {
		t.Fatal(err)
	}
	added := 0
	for _, p := range append(snaps, live...) {
		got, err := r.ApplyPacket(p)
		if err != nil {
			t.Fatal(err)
		}
		added += len(got)
	}
	// Replaying a packet adds nothing.
	if again, _ := r.ApplyPacket(live[0]); added != len(ds) || len(again) != 0 || r.Edits() != len(ds) {
		t.Fatalf("added %d (replay %d), holds %d; want %d, 0, %d", added, len(again), r.Edits(), len(ds), len(ds))
	}
	if r.Position()[1] != 14 || r.Position()[3] != 13 {
		t.Fatalf("position %v", r.Position())
	}
	w, _ := world.New(cfg)
	ix := edit.NewIndex(64)
	ix.Load(ds)
	direct := schedule.WorldGenerator(w, ix.Near)
	for _, k := range []schedule.Key{{X: 0, Z: 0, Step: 1}, {X: -2, Z: -1, Step: 1}, {X: -1, Z: -2, Step: 2}, {X: 3, Z: 1, Step: 4}, {X: -7, Z: 6, Step: 8}} {
		v, err := direct(context.Background(), k)
		if err != nil {
			t.Fatal(err)
		}
		m, err := r.Chunk(k.X, k.Z, int(k.Step))
		if err != nil {
			t.Fatal(err)
		}
		if a, b := ChunkHash(v.(*schedule.Mesh)), ChunkHash(m); a != b {
			t.Fatalf("chunk %+v: replica %s, direct %s", k, b, a)
		}
	}
	if len(r.Affected(ds[:1])) == 0 {
		t.Fatal("an edit affects no chunk")
	}
	if _, err := r.ApplyPacket([]byte("PG\x01\x04junk")); err == nil {
		t.Fatal("a bad packet was accepted")
	}
}

// BenchmarkReplicaChunk generates full-detail 64×64 heightmap chunks with 200 edits around;
// scripts/bench.d/70-sidecar.sh runs it natively and as WebAssembly.
func BenchmarkReplicaChunk(b *testing.B) {
	cfg := world.Default(3)
	enc, _ := cfg.Encode()
	r, err := New(enc)
	if err != nil {
		b.Fatal(err)
	}
	ds := make([]edit.Delta, 200)
	for i := range ds {
		ds[i] = edit.Delta{ID: edit.ID{Origin: 1, Seq: uint64(i + 1)}, Kind: edit.Raise, X: float64(i%20*13 - 130), Z: float64(i/20*13 - 130), Radius: 8, Amount: 2}
	}
	r.Add(ds)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := r.Chunk(int32(i%8-4), int32(i/8%8-4), 1); err != nil {
			b.Fatal(err)
		}
	}
}
