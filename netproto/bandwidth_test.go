package netproto

import (
	"testing"

	"github.com/procgen-godot/procgen/procgen/edit"
)

func TestPacketSizeHelpers(t *testing.T) {
	cfg := testConfig(t)
	w := mustEncode(t, &WorldInfo{ID: "abc", Config: cfg})
	if len(w) != WorldInfoBytes(3, len(cfg)) {
		t.Fatalf("WorldInfoBytes %d, packet %d", WorldInfoBytes(3, len(cfg)), len(w))
	}
	c := mustEncode(t, &Checkpoint{Covered: make([]edit.ID, 1), Payload: make([]byte, 10)})
	if len(c) != CheckpointBytes(1, 10) {
		t.Fatal("CheckpointBytes")
	}
	for _, n := range []int{0, 1, 100, MaxEditsPerPacket, MaxEditsPerPacket + 1} {
		ps, err := SplitEdits(testDeltas(n))
		if err != nil {
			t.Fatal(err)
		}
		total := 0
		for _, p := range ps {
			total += len(p)
		}
		if total != EditsBytes(n) {
			t.Fatalf("%d edits: %d bytes, EditsBytes %d", n, total, EditsBytes(n))
		}
	}
}

func TestMeshBytes(t *testing.T) {
	if MeshBytes(10, 30, false) != 10*40+30*4 || MeshBytes(10, 30, true) != 10*48+30*4 || MeshBytes(0, 0, true) != 0 {
		t.Fatal("MeshBytes")
	}
}

func TestCompareRegion(t *testing.T) {
	cfg := testConfig(t)
	// A 512×512 heightmap region at full detail: 4 chunks of 256 quads.
	v := 4 * 257 * 257
	i := 4 * 256 * 256 * 6
	mesh := MeshBytes(v, i, true)
	r := CompareRegion(len("world-1"), len(cfg), 200, mesh)
	if r.Wire != r.WorldInfo+r.Edits || r.Edits != EditsBytes(200) || r.Mesh != mesh {
		t.Fatalf("%+v", r)
	}
	if r.Ratio < 100 {
		t.Errorf("ratio %.1f < 100 for a 512² region with 200 edits (%+v)", r.Ratio, r)
	}
	t.Logf("config %d B, 200 edits: wire %d B vs mesh %d B: %.0f×", len(cfg), r.Wire, r.Mesh, r.Ratio)
	if z := CompareRegion(0, 0, 0, 0); z.Ratio != 0 || z.Wire != WorldInfoBytes(0, 0) {
		t.Fatalf("%+v", z)
	}
}

func BenchmarkDecodeEditRequest(b *testing.B) {
	p := mustEncode(b, &EditRequest{Nonce: 1, Kind: edit.Raise, X: 1, Y: 2, Z: 3, Radius: 4, Amount: 5})
	b.ReportAllocs()
	for b.Loop() {
		if _, err := DecodeFromClient(p); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkEncodeEdits1000(b *testing.B) {
	m := &Edits{Deltas: testDeltas(1000)}
	buf := make([]byte, 0, editsPacketBytes(1000))
	b.SetBytes(int64(cap(buf)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := m.AppendBinary(buf[:0]); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRateLimiterAllow(b *testing.B) {
	clk := newFakeClock()
	l, err := NewRateLimiter(RateConfig{Rate: 1e6, Burst: 10, Now: clk.Now})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		l.Allow(PeerID(i % 64))
		i++
	}
}
