package chunk

import (
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"sync"
	"sync/atomic"
	"testing"

	"gonum.org/v1/gonum/spatial/r3"

	"github.com/procgen-godot/procgen/procgen/edit"
	"github.com/procgen-godot/procgen/procgen/internal/cputime"
	"github.com/procgen-godot/procgen/procgen/world"
)

var _ = flag.Bool("update", false, "re-bless golden files (used in package procgen)")

func testWorld(t testing.TB, seed int64) *world.World {
	t.Helper()
	w, err := world.New(world.Default(seed))
	if err != nil {
		t.Fatal(err)
	}
	return w
}

func vec(p []float32, i int32) r3.Vec {
	return r3.Vec{X: float64(p[3*i]), Y: float64(p[3*i+1]), Z: float64(p[3*i+2])}
}

// front returns the direction a triangle's front face looks toward under Godot's
// clockwise-front convention: -(v1-v0)×(v2-v0).
func front(p []float32, a, b, c int32) r3.Vec {
	v0 := vec(p, a)
	return r3.Scale(-1, r3.Cross(r3.Sub(vec(p, b), v0), r3.Sub(vec(p, c), v0)))
}

func TestHeightmapBordersMatch(t *testing.T) {
	w := testWorld(t, 77)
	edits := []edit.Delta{
		{ID: edit.ID{Origin: 1, Seq: 1}, Kind: edit.Raise, X: 64, Z: 10, Radius: 9, Amount: 5},
		{ID: edit.ID{Origin: 1, Seq: 2}, Kind: edit.Paint, Material: 4, X: 64, Y: 0, Z: 30, Radius: 200},
		{ID: edit.ID{Origin: 0, Seq: 5}, Kind: edit.Flatten, X: 60, Y: -3, Z: 64, Radius: 7, Amount: 1},
	}
	for _, step := range []int{1, 2, 4} {
		var a, b, c Heightmap
		if err := a.Generate(w, 0, 0, step, edits); err != nil {
			t.Fatal(err)
		}
		b.Generate(w, 1, 0, step, edits)
		c.Generate(w, 0, 1, step, edits)
		m, n1 := a.M, a.M+1
		for k := 0; k <= m; k++ {
			ae, be := k*n1+m, k*n1 // a's x=M edge vs b's x=0 edge
			ce, ae2 := k, m*n1+k   // c's z=0 edge vs a's z=M edge
			for q := 0; q < 3; q++ {
				if q != 0 && a.Positions[3*ae+q] != b.Positions[3*be+q] {
					t.Fatalf("step %d: x-border position %d differs", step, k)
				}
				if a.Normals[3*ae+q] != b.Normals[3*be+q] || a.Normals[3*ae2+q] != c.Normals[3*ce+q] {
					t.Fatalf("step %d: border normal %d differs", step, k)
				}
			}
			for q := 0; q < 4; q++ {
				if a.Colors[4*ae+q] != b.Colors[4*be+q] || a.Colors[4*ae2+q] != c.Colors[4*ce+q] {
					t.Fatalf("step %d: border colour %d differs", step, k)
				}
			}
			for q := 0; q < world.WeightSlots; q++ {
				const ws = world.WeightSlots
				if a.Weights[ws*ae+q] != b.Weights[ws*be+q] || a.Weights[ws*ae2+q] != c.Weights[ws*ce+q] {
					t.Fatalf("step %d: border material weight %d differs", step, k)
				}
			}
			if a.Positions[3*ae2+1] != c.Positions[3*ce+1] {
				t.Fatalf("step %d: z-border height %d differs", step, k)
			}
		}
	}
}

// TestLODSkirtsCoverCracks: where a step-1 chunk meets a step-2 chunk, the fine edge
// deviates from the coarse edge's straight segments by less than either skirt's drop, so
// the skirts hide every crack.
func TestLODSkirtsCoverCracks(t *testing.T) {
	w := testWorld(t, 12)
	var fine, coarse Heightmap
	for cx := int32(-2); cx < 2; cx++ {
		fine.Generate(w, cx, 0, 1, nil)
		coarse.Generate(w, cx+1, 0, 2, nil) // shares fine's x=M edge
		drop := w.Config().SkirtDepth       // fine skirt drop (step 1); coarse drops twice that
		worst := 0.0
		for j := 0; j <= fine.M; j++ {
			hf := fine.VertexHeight(fine.M, j)
			jc := j / 2
			var hc float64
			if j%2 == 0 {
				hc = coarse.VertexHeight(0, jc)
			} else {
				hc = (coarse.VertexHeight(0, jc) + coarse.VertexHeight(0, jc+1)) / 2
			}
			worst = max(worst, math.Abs(hf-hc))
		}
		if worst >= drop {
			t.Fatalf("chunk %d: LOD seam gap %v exceeds skirt drop %v", cx, worst, drop)
		}
		if fine.VertexBiome(fine.M, 0) != coarse.VertexBiome(0, 0) {
			t.Fatal("corner biome differs across LODs")
		}
	}
}

func TestHeightmapMatchesWorld(t *testing.T) {
	w := testWorld(t, 5)
	var c Heightmap
	c.Generate(w, -3, 2, 1, nil)
	for j := 0; j <= c.M; j += 7 {
		for i := 0; i <= c.M; i += 5 {
			x, z := c.WorldXZ(i, j)
			if got, want := c.VertexHeight(i, j), w.SurfaceHeight(x, z); got != want {
				t.Fatalf("(%d,%d): chunk %v, world %v", i, j, got, want)
			}
		}
	}
}

func TestHeightmapWindingAndLayout(t *testing.T) {
	w := testWorld(t, 11)
	var c Heightmap
	for _, step := range []int{1, 2, 8} {
		if err := c.Generate(w, 2, -1, step, nil); err != nil {
			t.Fatal(err)
		}
		n1 := c.M + 1
		nv := n1*n1 + 4*n1
		if len(c.Positions) != 3*nv || len(c.Normals) != 3*nv || len(c.Colors) != 4*nv || len(c.UVs) != 2*nv {
			t.Fatalf("step %d: array sizes %d %d %d %d for %d vertices", step, len(c.Positions), len(c.Normals), len(c.Colors), len(c.UVs), nv)
		}
		if len(c.Indices) != 6*c.M*c.M+24*c.M {
			t.Fatalf("indices %d", len(c.Indices))
		}
		top := 6 * c.M * c.M
		for t0 := 0; t0 < len(c.Indices); t0 += 3 {
			a, b, cc := c.Indices[t0], c.Indices[t0+1], c.Indices[t0+2]
			if a < 0 || b < 0 || cc < 0 || int(a) >= nv || int(b) >= nv || int(cc) >= nv {
				t.Fatal("index out of range")
			}
			f := front(c.Positions, a, b, cc)
			if t0 < top {
				if f.Y <= 0 {
					t.Fatalf("step %d: top triangle %d is not clockwise from above", step, t0/3)
				}
				continue
			}
			// Skirt: must face away from the chunk centre.
			mid := r3.Scale(1.0/3, r3.Add(r3.Add(vec(c.Positions, a), vec(c.Positions, b)), vec(c.Positions, cc)))
			centre := r3.Vec{X: float64(c.Size) / 2, Y: mid.Y, Z: float64(c.Size) / 2}
			if r3.Dot(f, r3.Sub(mid, centre)) <= 0 {
				t.Fatalf("step %d: skirt triangle %d faces inward", step, t0/3)
			}
		}
		for v := 0; v < nv; v++ {
			n := vec(c.Normals, int32(v))
			if math.Abs(r3.Norm(n)-1) > 1e-5 || n.Y <= 0 {
				t.Fatalf("bad normal %v", n)
			}
		}
	}
	if err := c.Generate(w, 0, 0, 3, nil); err == nil {
		t.Fatal("step 3 accepted")
	}
}

func TestEditsOrderIndependent(t *testing.T) {
	w := testWorld(t, 3)
	r := rand.New(rand.NewPCG(4, 5))
	var edits []edit.Delta
	for i := 0; i < 40; i++ {
		k := edit.Kind(1 + r.IntN(6))
		d := edit.Delta{ID: edit.ID{Origin: uint64(r.IntN(3)), Seq: uint64(i)}, Kind: k,
			X: r.Float64() * 64, Y: r.Float64()*40 - 20, Z: r.Float64() * 64, Radius: 2 + r.Float64()*10, Amount: r.Float64() * 5, Material: uint8(r.IntN(5))}
		if k == edit.Flatten {
			d.Amount = r.Float64()
		}
		edits = append(edits, d)
	}
	var a, b Heightmap
	var va, vb Voxel
	a.Generate(w, 0, 0, 1, edits)
	va.Generate(w, 0, 0, 0, edits)
	for n := 0; n < 5; n++ {
		p := append([]edit.Delta(nil), edits...)
		r.Shuffle(len(p), func(i, j int) { p[i], p[j] = p[j], p[i] })
		b.Generate(w, 0, 0, 1, p)
		vb.Generate(w, 0, 0, 0, p)
		if !eqF32(a.Positions, b.Positions) || !eqF32(a.Colors, b.Colors) || !eqF32(a.Normals, b.Normals) {
			t.Fatalf("heightmap depends on edit arrival order (shuffle %d): %v %v %v", n, eqF32(a.Positions, b.Positions), eqF32(a.Colors, b.Colors), eqF32(a.Normals, b.Normals))
		}
		if !eqF32(va.Positions, vb.Positions) || len(va.Indices) != len(vb.Indices) {
			t.Fatal("voxel depends on edit arrival order")
		}
		for i := range va.Density {
			if va.Density[i] != vb.Density[i] || va.Material[i] != vb.Material[i] {
				t.Fatal("voxel density depends on edit order")
			}
		}
	}
}

func eqF32(a, b []float32) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if math.Float32bits(a[i]) != math.Float32bits(b[i]) {
			return false
		}
	}
	return true
}

// surfaceCY returns the voxel chunk row containing the surface at the origin.
func surfaceCY(w *world.World) int32 {
	return int32(math.Floor(w.SurfaceHeight(0, 0) / float64(w.Config().Chunk.Voxel)))
}

func TestVoxelBordersAndMesh(t *testing.T) {
	w := testWorld(t, 21)
	cy := surfaceCY(w)
	edits := []edit.Delta{{ID: edit.ID{Origin: 1, Seq: 1}, Kind: edit.RemoveDensity, X: 32, Y: float64(cy*32 + 10), Z: 5, Radius: 6, Amount: 30}}
	var a, b Voxel
	a.Generate(w, 0, cy, 0, edits)
	b.Generate(w, 1, cy, 0, edits)
	n, s := a.N, a.S
	// Overlapping samples: a's x indices N, N+1 are b's 0, 1.
	for y := 0; y < s; y++ {
		for z := 0; z < s; z++ {
			for q := 0; q < 2; q++ {
				if a.Density[a.Index(n+q, y, z)] != b.Density[b.Index(q, y, z)] {
					t.Fatalf("density differs at y=%d z=%d", y, z)
				}
			}
		}
	}
	if len(a.Indices) == 0 || len(b.Indices) == 0 {
		t.Fatal("no surface in a surface chunk")
	}
	// Vertices of cells shared by both chunks coincide in world space (b's are offset by N).
	aset := map[[3]float32]bool{}
	for i := 0; i < len(a.Positions); i += 3 {
		if a.Positions[i] >= float32(n-1) {
			aset[[3]float32{a.Positions[i] - float32(n), a.Positions[i+1], a.Positions[i+2]}] = true
		}
	}
	shared := 0
	for i := 0; i < len(b.Positions); i += 3 {
		if b.Positions[i] < 0 {
			if !aset[[3]float32{b.Positions[i], b.Positions[i+1], b.Positions[i+2]}] {
				t.Fatalf("b's apron vertex %v has no twin in a", b.Positions[i:i+3])
			}
			shared++
		}
	}
	if shared == 0 {
		t.Fatal("no shared vertices found")
	}
	// Winding: front faces look the way vertex normals (down the density gradient) point.
	agree, total := 0, 0
	for t0 := 0; t0 < len(a.Indices); t0 += 3 {
		i0, i1, i2 := a.Indices[t0], a.Indices[t0+1], a.Indices[t0+2]
		f := front(a.Positions, i0, i1, i2)
		nsum := r3.Add(r3.Add(vec(a.Normals, i0), vec(a.Normals, i1)), vec(a.Normals, i2))
		if r3.Norm(f) == 0 {
			continue
		}
		total++
		if r3.Dot(f, nsum) > 0 {
			agree++
		}
	}
	if agree < total*95/100 {
		t.Fatalf("only %d of %d triangles face along their normals", agree, total)
	}
}

func TestZeroAllocsSteadyState(t *testing.T) {
	w := testWorld(t, 1)
	edits := []edit.Delta{{ID: edit.ID{Origin: 1, Seq: 1}, Kind: edit.Raise, X: 5, Z: 5, Radius: 9, Amount: 5}}
	var c Heightmap
	var v Voxel
	c.Generate(w, 0, 0, 1, edits)
	v.Generate(w, 0, surfaceCY(w), 0, edits)
	v.Generate(w, 1, surfaceCY(w), 0, edits)
	if n := testing.AllocsPerRun(5, func() { c.Generate(w, 1, 2, 1, edits) }); n != 0 {
		t.Errorf("heightmap: %v allocs per chunk", n)
	}
	if n := testing.AllocsPerRun(3, func() { v.Generate(w, 0, surfaceCY(w), 0, edits) }); n != 0 {
		t.Errorf("voxel: %v allocs per chunk", n)
	}
}

type countStage struct{ NopStage }

var (
	countRuns    int
	registerOnce sync.Once
)

func (countStage) Name() string         { return "test-count" }
func (countStage) Order() int           { return 150 }
func (countStage) Heightmap(*Heightmap) { countRuns++ }

func TestPluginStage(t *testing.T) {
	registerOnce.Do(func() { Register(countStage{}) })
	countRuns = 0
	n := &countRuns
	cfg := world.Default(1)
	w0, _ := world.New(cfg)
	cfg.Stages = append(cfg.Stages, "test-count")
	w1, err := world.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	var c Heightmap
	c.Generate(w0, 0, 0, 4, nil)
	if *n != 0 {
		t.Fatal("disabled stage ran")
	}
	c.Generate(w1, 0, 0, 4, nil)
	if *n != 1 {
		t.Fatal("enabled stage did not run")
	}
	names := ""
	for _, s := range Stages() {
		names += s.Name() + " "
	}
	if names != "height test-count biomes erosion learned height-edits density caves surface edits mesh " {
		t.Fatalf("order: %s", names)
	}
	// Disabling biomes yields plain fBm heights.
	cfg = world.Default(1)
	cfg.Stages = []string{world.StageHeight, world.StageMesh}
	w2, _ := world.New(cfg)
	c.Generate(w2, 0, 0, 1, nil)
	if c.VertexHeight(3, 3) != w2.BaseHeight(3, 3) {
		t.Fatal("height-only pipeline differs from BaseHeight")
	}
}

// benchWorlds: the full default pipeline, and the yardstick pipeline (5-octave
// fBm height + normals + mesh: stages "height" and "mesh" only).
func benchWorlds(b *testing.B) map[string]*world.World {
	cfg := world.Default(1)
	cfg.Stages = []string{world.StageHeight, world.StageMesh}
	plain, err := world.New(cfg)
	if err != nil {
		b.Fatal(err)
	}
	return map[string]*world.World{"default": testWorld(b, 1), "fbm5+normals+mesh": plain}
}

// BenchmarkHeightmapChunk: one 64×64-quad chunk (65×65 vertices + apron) per op on one
// goroutine, buffers reused.
func BenchmarkHeightmapChunk(b *testing.B) {
	for _, name := range []string{"default", "fbm5+normals+mesh"} {
		w := benchWorlds(b)[name]
		b.Run(name, func(b *testing.B) {
			var c Heightmap
			c.Generate(w, 0, 0, 1, nil)
			b.ReportAllocs()
			b.ResetTimer()
			cpu0 := cputime.Now()
			for i := 0; i < b.N; i++ {
				c.Generate(w, int32(i%16), int32(i/16), 1, nil)
			}
			cputime.ReportRate(b, cpu0)
		})
	}
}

// BenchmarkHeightmapChunkParallel: one chunk per op on GOMAXPROCS goroutines (all cores),
// each with its own reused Heightmap.
func BenchmarkHeightmapChunkParallel(b *testing.B) {
	for _, name := range []string{"default", "fbm5+normals+mesh"} {
		w := benchWorlds(b)[name]
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			cpu0 := cputime.Now()
			var next atomic.Int32
			b.RunParallel(func(pb *testing.PB) {
				var c Heightmap
				for pb.Next() {
					i := next.Add(1)
					c.Generate(w, i%16, i/16, 1, nil)
				}
			})
			cputime.ReportRate(b, cpu0)
		})
	}
}

func BenchmarkVoxelChunk(b *testing.B) {
	w := testWorld(b, 1)
	cy := surfaceCY(w)
	var c Voxel
	c.Generate(w, 0, cy, 0, nil)
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cputime.Now()
	for i := 0; i < b.N; i++ {
		c.Generate(w, int32(i%8), cy, int32(i/8), nil)
	}
	cputime.ReportRate(b, cpu0)
}

// BenchmarkHeightmapChunkManyEdits: one chunk of a world holding 100,000 edits, given all of
// them (each chunk scans the lot) or those edit.Index.Near finds for it.
func BenchmarkHeightmapChunkManyEdits(b *testing.B) {
	w := benchWorlds(b)["fbm5+normals+mesh"]
	ds := make([]edit.Delta, 100000)
	for i := range ds {
		ds[i] = edit.Delta{ID: edit.ID{Origin: 1, Seq: uint64(i + 1)}, Kind: edit.Raise, X: float64(i%1000) * 10, Z: float64(i/1000) * 10, Radius: 4, Amount: 1}
	}
	ix := edit.NewIndex(64)
	ix.Load(ds)
	for _, by := range []string{"scan", "index"} {
		b.Run(by, func(b *testing.B) {
			var c Heightmap
			for i := 0; b.Loop(); i++ {
				cx, cz := int32(i%16)+50, int32(i/16%16)
				edits := ds
				if by == "index" {
					lo := [3]float64{float64(cx)*64 - 9, math.Inf(-1), float64(cz)*64 - 9}
					hi := [3]float64{float64(cx+1)*64 + 9, math.Inf(1), float64(cz+1)*64 + 9}
					edits = ix.Near(lo, hi)
				}
				if err := c.Generate(w, cx, cz, 1, edits); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestMaterialWeights: every vertex's material weights sum to one (within unorm8 rounding),
// on heightmaps and voxels; and on the ground of a voxel world (upward faces) materials do
// not flip along height contours: no ground vertex carries the cave rock.
func TestMaterialWeights(t *testing.T) {
	w := testWorld(t, 5)
	const ws = world.WeightSlots
	check := func(name string, wts []uint8, nv int) {
		if len(wts) != ws*nv {
			t.Fatalf("%s: %d weights for %d vertices", name, len(wts), nv)
		}
		for v := 0; v < nv; v++ {
			sum := 0
			for _, b := range wts[ws*v : ws*v+ws] {
				sum += int(b)
			}
			if sum < 255-ws || sum > 255+ws {
				t.Fatalf("%s: vertex %d weights %v sum to %d, want 255", name, v, wts[ws*v:ws*v+ws], sum)
			}
		}
	}
	var h Heightmap
	for _, step := range []int{1, 4} {
		if err := h.Generate(w, 2, -3, step, nil); err != nil {
			t.Fatal(err)
		}
		check(fmt.Sprintf("heightmap step %d", step), h.Weights, len(h.Positions)/3)
	}
	cave := int(w.Config().Caves.Material)
	var v Voxel
	ground, caveGround := 0, 0
	for cx := int32(-2); cx <= 2; cx++ {
		cy := int32(math.Floor(w.SurfaceHeight(float64(cx)*32+16, 16) / 32))
		for dy := int32(-1); dy <= 0; dy++ {
			if err := v.Generate(w, cx, cy+dy, 0, nil); err != nil {
				t.Fatal(err)
			}
			nv := len(v.Positions) / 3
			check(fmt.Sprintf("voxel %d,%d", cx, cy+dy), v.Weights, nv)
			for i := 0; i < nv; i++ {
				x, y, z := float64(v.Positions[3*i])+float64(cx)*32, float64(v.Positions[3*i+1])+float64(cy+dy)*32, float64(v.Positions[3*i+2])
				if v.Normals[3*i+1] < 0.7 || y < w.SurfaceHeight(x, z)-2 {
					continue // not open ground
				}
				ground++
				if v.Weights[ws*i+cave] > 0 {
					caveGround++
				}
			}
		}
	}
	if ground == 0 || caveGround > 0 {
		t.Fatalf("%d of %d ground vertices carry cave rock", caveGround, ground)
	}
}

// TestFarTiles: a far tile's vertices are the terrain's heights at their world points (the
// same function every chunk samples), its skirts hang below its edges, and bad levels are
// refused.
func TestFarTiles(t *testing.T) {
	w := testWorld(t, 12)
	var c Heightmap
	for _, tc := range []struct{ tx, tz, level, step int }{{0, 0, 2, 16}, {-1, 2, 4, 64}, {3, -3, 0, 16}} {
		if err := c.GenerateTile(w, int32(tc.tx), int32(tc.tz), tc.level, tc.step, nil); err != nil {
			t.Fatal(err)
		}
		edge := w.Config().Chunk.Heightmap << tc.level
		if c.M != edge/tc.step {
			t.Fatalf("tile %+v: %d quads per side, want %d", tc, c.M, edge/tc.step)
		}
		for _, ij := range [][2]int{{0, 0}, {c.M, 0}, {c.M / 2, c.M / 3}, {c.M, c.M}} {
			x, z := c.WorldXZ(ij[0], ij[1])
			if got, want := c.VertexHeight(ij[0], ij[1]), w.SurfaceHeight(x, z); got != want {
				t.Fatalf("tile %+v vertex %v: height %v, terrain %v", tc, ij, got, want)
			}
			if x != float64(tc.tx*edge+ij[0]*tc.step) {
				t.Fatalf("tile %+v vertex %v at x=%v", tc, ij, x)
			}
		}
		if len(c.Weights) != world.WeightSlots*len(c.Positions)/3 {
			t.Fatalf("tile %+v: %d weights for %d vertices", tc, len(c.Weights), len(c.Positions)/3)
		}
	}
	if err := c.GenerateTile(w, 0, 0, MaxTileLevel+1, 64, nil); err == nil {
		t.Fatal("level beyond MaxTileLevel accepted")
	}
}
