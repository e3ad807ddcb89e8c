package chunk

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"math"
	"sync"
	"testing"

	"github.com/procgen-godot/procgen/procgen/edit"
	"github.com/procgen-godot/procgen/procgen/world"
)

func erodedWorld(t testing.TB, seed int64, mode string, filters ...string) *world.World {
	t.Helper()
	cfg := world.Default(seed)
	cfg.Mode = mode
	if len(filters) == 0 {
		filters = []string{world.StageErosion}
	}
	cfg.Stages = append(cfg.Stages, filters...)
	w, err := world.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return w
}

// TestFilterSeams: with erosion (and with erosion and the learned stage), neighbouring chunks agree bit for
// bit on their shared border, and every vertex equals the world's point query and a large
// tile filtered in one piece.
func TestFilterSeams(t *testing.T) {
	// The learned stage alone is covered by learned.TestInferenceLocal and the pair here.
	for _, fs := range [][]string{{world.StageErosion}, {world.StageErosion, world.StageLearned}} {
		t.Run(fmt.Sprint(fs), func(t *testing.T) { testSeams(t, fs) })
	}
}

func testSeams(t *testing.T, filters []string) {
	w := erodedWorld(t, 7, "", filters...)
	size := w.Config().Chunk.Heightmap
	var a, b, below Heightmap
	if err := a.Generate(w, 0, 0, 1, nil); err != nil {
		t.Fatal(err)
	}
	if err := b.Generate(w, 1, 0, 1, nil); err != nil {
		t.Fatal(err)
	}
	if err := below.Generate(w, 0, 1, 1, nil); err != nil {
		t.Fatal(err)
	}
	for j := 0; j <= a.M; j++ {
		if ha, hb := a.VertexHeight(a.M, j), b.VertexHeight(0, j); ha != hb {
			t.Fatalf("x border row %d: %v vs %v", j, ha, hb)
		}
		if ha, hb := a.VertexHeight(j, a.M), below.VertexHeight(j, 0); ha != hb {
			t.Fatalf("z border column %d: %v vs %v", j, ha, hb)
		}
	}
	// One big tile covering both chunks, filtered at once.
	n := 2*size + 1
	tile := make([]float64, n*n)
	var s world.FilterScratch
	w.FilteredHeightGrid(0, 0, 1, n, n, tile, &s)
	diff := 0
	for j := 0; j <= a.M; j++ {
		for i := 0; i <= a.M; i++ {
			if a.VertexHeight(i, j) != tile[j*n+i] || b.VertexHeight(i, j) != tile[j*n+i+size] {
				diff++
			}
		}
	}
	if diff > 0 {
		t.Fatalf("%d vertices differ from the tile filtered in one piece", diff)
	}
	for _, p := range [][2]int{{0, 0}, {size, 3}, {17, size}, {size - 1, size - 1}} {
		if got, want := w.SurfaceHeight(float64(p[0]), float64(p[1])), tile[p[1]*n+p[0]]; got != want {
			t.Fatalf("SurfaceHeight%v = %v, chunk vertex %v", p, got, want)
		}
	}
	// The filter changes the terrain, within reason.
	var plainChunk Heightmap
	pw, _ := world.New(world.Default(7))
	if err := plainChunk.Generate(pw, 0, 0, 1, nil); err != nil {
		t.Fatal(err)
	}
	changed, maxd := 0, 0.0
	for j := 0; j <= a.M; j++ {
		for i := 0; i <= a.M; i++ {
			d := math.Abs(a.VertexHeight(i, j) - plainChunk.VertexHeight(i, j))
			if d > 0 {
				changed++
			}
			maxd = max(maxd, d)
		}
	}
	if changed < (a.M+1)*(a.M+1)/2 || maxd > 20 {
		t.Fatalf("erosion changed %d vertices, by up to %v", changed, maxd)
	}
	// LOD chunks sample the same filtered lattice.
	var lod Heightmap
	if err := lod.Generate(w, 0, 0, 4, nil); err != nil {
		t.Fatal(err)
	}
	for j := 0; j <= lod.M; j++ {
		for i := 0; i <= lod.M; i++ {
			if lod.VertexHeight(i, j) != a.VertexHeight(4*i, 4*j) {
				t.Fatalf("LOD vertex (%d,%d) differs from full detail", i, j)
			}
		}
	}
}

// TestErosionVoxelColumns: voxel chunks read the same filtered heights.
func TestErosionVoxelColumns(t *testing.T) {
	w := erodedWorld(t, 3, world.ModeVoxel)
	var v Voxel
	if err := v.Generate(w, 1, 0, -1, nil); err != nil {
		t.Fatal(err)
	}
	n := w.Config().Chunk.Voxel
	for _, c := range [][2]int{{0, 0}, {5, 9}, {v.S - 1, v.S - 1}} {
		x, z := float64(n-1+c[0]), float64(-n-1+c[1])
		if got, want := v.Heights[c[1]*v.S+c[0]], w.SurfaceHeight(x, z); got != want {
			t.Fatalf("column %v: %v, SurfaceHeight %v", c, got, want)
		}
	}
}

func chunkDigest(c *Heightmap) [32]byte {
	var b []byte
	for _, v := range c.Positions {
		b = binary.LittleEndian.AppendUint32(b, math.Float32bits(v))
	}
	for _, v := range c.Normals {
		b = binary.LittleEndian.AppendUint32(b, math.Float32bits(v))
	}
	return sha256.Sum256(b)
}

// TestFilterGolden pins the bits of a chunk generated with both height filters, so every
// architecture (CI runs the tests under emulation) must generate exactly these.
func TestFilterGolden(t *testing.T) {
	w := erodedWorld(t, 21, "", world.StageErosion, world.StageLearned)
	var c Heightmap
	if err := c.Generate(w, -1, 2, 1, nil); err != nil {
		t.Fatal(err)
	}
	d := chunkDigest(&c)
	const want = "38fd09e922183f194cef9a032096eca4b8d6cf8fe83f247dd2f8f1ff72ae9cc3"
	if got := hex.EncodeToString(d[:]); got != want {
		t.Fatalf("filtered chunk digest %s, want %s", got, want)
	}
}

// TestErosionWorkerCountIndependent: the same chunks from 1 and 4 goroutines sharing one
// world (and its filters' buffer pools) are bit-identical.
func TestErosionWorkerCountIndependent(t *testing.T) {
	w := erodedWorld(t, 11, "", world.StageErosion, world.StageLearned)
	edits := []edit.Delta{{ID: edit.ID{Origin: 1, Seq: 1}, Kind: edit.Raise, X: 10, Z: 10, Radius: 8, Amount: 4}}
	run := func(workers int) map[[2]int32][32]byte {
		out := map[[2]int32][32]byte{}
		var mu sync.Mutex
		jobs := make(chan [2]int32)
		var wg sync.WaitGroup
		for range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				var c Heightmap
				for k := range jobs {
					if err := c.Generate(w, k[0], k[1], 1, edits); err != nil {
						t.Error(err)
						return
					}
					d := chunkDigest(&c)
					mu.Lock()
					out[k] = d
					mu.Unlock()
				}
			}()
		}
		for x := int32(-1); x <= 0; x++ {
			for z := int32(-1); z <= 0; z++ {
				jobs <- [2]int32{x, z}
			}
		}
		close(jobs)
		wg.Wait()
		return out
	}
	one, four := run(1), run(4)
	for k, d := range one {
		if four[k] != d {
			t.Fatalf("chunk %v differs between 1 and 4 workers", k)
		}
	}
}

// TestFilterToggleChangesHash: enabling a filter or setting one of its parameters names a
// new world; the default world keeps its name.
func TestFilterToggleChangesHash(t *testing.T) {
	base := world.Default(5)
	h0, _ := base.Hash()
	on := base.Clone()
	on.Stages = append(on.Stages, world.StageErosion)
	h1, err := on.Hash()
	if err != nil {
		t.Fatal(err)
	}
	tuned, err := on.SetFilterParam(world.StageErosion, "erode", 0.1)
	if err != nil {
		t.Fatal(err)
	}
	h2, _ := tuned.Hash()
	if h0 == h1 || h1 == h2 || h0 == h2 {
		t.Fatalf("hashes %s %s %s not distinct", h0, h1, h2)
	}
	if on.Pipeline != nil {
		t.Fatal("SetFilterParam changed its receiver")
	}
	b, _ := tuned.Encode()
	back, err := world.Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	if h3, _ := back.Hash(); h3 != h2 {
		t.Fatal("pipeline params do not round-trip")
	}
	for _, bad := range []struct {
		f, k string
		v    float64
	}{
		{world.StageErosion, "erode", 2}, {world.StageErosion, "flow_steps", 2.5},
		{world.StageErosion, "nope", 1}, {"biomes", "x", 1}, {world.StageErosion, "erode", math.NaN()},
	} {
		if _, err := on.SetFilterParam(bad.f, bad.k, bad.v); err == nil {
			t.Errorf("SetFilterParam(%q, %q, %v) accepted", bad.f, bad.k, bad.v)
		}
	}
	// Regenerated chunks follow the toggle.
	var a, b2 Heightmap
	w0, _ := world.New(base)
	w1, _ := world.New(on)
	_ = a.Generate(w0, 0, 0, 1, nil)
	_ = b2.Generate(w1, 0, 0, 1, nil)
	if chunkDigest(&a) == chunkDigest(&b2) {
		t.Fatal("erosion on and off give the same chunk")
	}
}

func BenchmarkErosionChunk(b *testing.B) {
	w := erodedWorld(b, 1, "")
	var c Heightmap
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if err := c.Generate(w, int32(i%16), int32(i/16), 1, nil); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLearnedChunk(b *testing.B) {
	w := erodedWorld(b, 1, "", world.StageLearned)
	var c Heightmap
	for i := 0; b.Loop(); i++ {
		if err := c.Generate(w, int32(i%16), int32(i/16), 1, nil); err != nil {
			b.Fatal(err)
		}
	}
}
