package procgen

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/procgen-godot/procgen/procgen/chunk"
	"github.com/procgen-godot/procgen/procgen/edit"
	"github.com/procgen-godot/procgen/procgen/noise"
	"github.com/procgen-godot/procgen/procgen/world"
)

var update = flag.Bool("update", false, "re-bless testdata/golden.json (bump FormatVersion first if outputs changed)")

const goldenPath = "testdata/golden.json"

type goldenFile struct {
	FormatVersion int               `json:"format_version"`
	Hashes        map[string]string `json:"hashes"`
}

type hasher struct{ b []byte }

func (h *hasher) f32(s []float32) {
	for _, v := range s {
		h.b = binary.LittleEndian.AppendUint32(h.b, math.Float32bits(v))
	}
}
func (h *hasher) f64(s []float64) {
	for _, v := range s {
		h.b = binary.LittleEndian.AppendUint64(h.b, math.Float64bits(v))
	}
}
func (h *hasher) i32(s []int32) {
	for _, v := range s {
		h.b = binary.LittleEndian.AppendUint32(h.b, uint32(v))
	}
}
func (h *hasher) sum() string {
	s := sha256.Sum256(h.b)
	h.b = h.b[:0]
	return hex.EncodeToString(s[:])
}

// goldenWorld is a world and the chunks the golden set generates in it.
type goldenWorld struct {
	w *world.World
	// heightmap chunks (cx, cz, LOD step) and voxel chunks (cx, cy relative to the surface
	// row, cz); nil means the standard set.
	heightmaps []struct{ cx, cz, step int }
	voxels     [][3]int32
}

var (
	stdHeightmaps = []struct{ cx, cz, step int }{{0, 0, 1}, {-1, 0, 1}, {3, -5, 2}, {0, -1, 4}}
	stdVoxels     = [][3]int32{{0, 0, 0}, {-1, 0, 0}, {0, -1, -1}, {1, 0, 0}}
	// farHeightmaps are every LOD step and chunks near ±1e6 and near MaxCoord (2^30) units
	// from the origin, negative coordinates included.
	farHeightmaps = []struct{ cx, cz, step int }{
		{0, 0, 8}, {-2, 1, 16}, {15625, -15626, 1}, {-15625, 15624, 2},
		{16777000, -16777000, 4}, {-16777215, 16777215, 1},
	}
	farVoxels = [][3]int32{{31250, 0, -31251}, {-31250, 0, 31249}, {33554000, 0, -33554000}}
)

// goldenWorlds are the default worlds, a custom one, every noise basis, far coordinates and
// LOD steps, and one world per built-in stage with that stage turned off (so each stage's
// output is in some hash).
func goldenWorlds(t *testing.T) map[string]goldenWorld {
	custom := world.Default(-987654321)
	custom.Chunk = world.ChunkSizes{Heightmap: 32, Voxel: 16}
	custom.Layers = append(custom.Layers, world.NoiseLayer{Amplitude: 6, Octaves: 3, Frequency: 1.0 / 40, Lacunarity: 2.1, Gain: 0.45, WarpAmplitude: 12, WarpFrequency: 1.0 / 90})
	custom.Stages = []string{world.StageHeight, world.StageHeightEdits, world.StageDensity, world.StageCaves, world.StageSurface, world.StageEdits, world.StageMesh}
	simplex := world.Default(5)
	simplex.Chunk = world.ChunkSizes{Heightmap: 32, Voxel: 16}
	simplex.Layers = append(simplex.Layers, world.NoiseLayer{Amplitude: 6, Octaves: 3, Frequency: 1.0 / 40, Lacunarity: 2.1, Gain: 0.45, WarpAmplitude: 12, WarpFrequency: 1.0 / 90})
	for _, l := range []*world.NoiseLayer{&simplex.Layers[0], &simplex.Layers[1], &simplex.Climate.Temperature, &simplex.Climate.Moisture, &simplex.Caves.Noise, &simplex.Caves.Overhang} {
		l.Basis = noise.BasisSimplex
	}
	// The stage worlds reach two chunks below the surface, where caves are.
	stageVoxels := [][3]int32{{0, 0, 0}, {-1, -2, 0}}
	far := world.Default(77)
	far.Chunk = world.ChunkSizes{Heightmap: 32, Voxel: 16}
	type spec struct {
		cfg        world.WorldConfig
		heightmaps []struct{ cx, cz, step int }
		voxels     [][3]int32
	}
	specs := map[string]spec{
		"default1":  {cfg: world.Default(1)},
		"default42": {cfg: world.Default(42)},
		"custom":    {cfg: custom},
		"simplex":   {cfg: simplex},
		"far":       {cfg: far, heightmaps: farHeightmaps, voxels: farVoxels},
	}
	all := world.Default(3)
	all.Chunk = world.ChunkSizes{Heightmap: 32, Voxel: 16}
	specs["stages-all"] = spec{cfg: all, heightmaps: stdHeightmaps[:2], voxels: stageVoxels}
	for _, off := range world.DefaultStages {
		cfg := world.Default(3)
		cfg.Chunk = world.ChunkSizes{Heightmap: 32, Voxel: 16}
		cfg.Stages = nil
		for _, st := range world.DefaultStages {
			if st != off {
				cfg.Stages = append(cfg.Stages, st)
			}
		}
		specs["without-"+off] = spec{cfg: cfg, heightmaps: stdHeightmaps[:2], voxels: stageVoxels}
	}
	out := map[string]goldenWorld{}
	for name, sp := range specs {
		w, err := world.New(sp.cfg)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		gw := goldenWorld{w: w, heightmaps: sp.heightmaps, voxels: sp.voxels}
		if gw.heightmaps == nil {
			gw.heightmaps = stdHeightmaps
		}
		if gw.voxels == nil {
			gw.voxels = stdVoxels
		}
		out[name] = gw
	}
	return out
}

func goldenEdits() []edit.Delta {
	return []edit.Delta{
		{ID: edit.ID{Origin: 2, Seq: 1}, Kind: edit.Raise, X: 31, Z: 3, Radius: 10, Amount: 6},
		{ID: edit.ID{Origin: 1, Seq: 9}, Kind: edit.Flatten, X: 5, Y: 2, Z: 8, Radius: 7, Amount: 0.9},
		{ID: edit.ID{Origin: 1, Seq: 3}, Kind: edit.Lower, X: 0, Z: 0, Radius: 12, Amount: 3},
		{ID: edit.ID{Origin: 3, Seq: 1}, Kind: edit.RemoveDensity, X: 8, Y: 0, Z: 8, Radius: 9, Amount: 20},
		{ID: edit.ID{Origin: 3, Seq: 2}, Kind: edit.AddDensity, Material: 2, X: 12, Y: 4, Z: 1, Radius: 5, Amount: 10},
		{ID: edit.ID{Origin: 4, Seq: 1}, Kind: edit.Paint, Material: 4, X: 2, Y: 0, Z: 2, Radius: 30},
	}
}

// goldenNoise hashes every noise basis directly, single octaves and fBm, 2D and 3D, over
// points near the origin, at ±1e6 and near the largest coordinates a world admits.
func goldenNoise(t *testing.T, hashes map[string]string, h *hasher) {
	// The points are themselves computed with explicit rounding: test code may fuse too.
	var pts [][3]float64
	for i := -40; i <= 40; i++ {
		for j := -6; j <= 6; j++ {
			f := float64(float64(i)*0.173) + float64(float64(j)*1.37)
			pts = append(pts, [3]float64{f, float64(float64(j)*0.411) - float64(float64(i)*0.05), float64(i*j) * 0.031})
			pts = append(pts, [3]float64{1e6 + float64(f*3.1), -1e6 + float64(f*1.7), -1e6 - f})
			pts = append(pts, [3]float64{-(1 << 30) + float64(f*7.3), (1 << 30) - float64(f*5.1), float64(j) * 1e5})
		}
	}
	for _, b := range []noise.Basis{noise.BasisOpenSimplex, noise.BasisSimplex} {
		s := noise.NewSampler(b, -4242)
		f, err := noise.NewFBM(99, noise.FBMParams{Octaves: 5, Frequency: 1.0 / 128, Lacunarity: 2.03, Gain: 0.55, Basis: b})
		if err != nil {
			t.Fatal(err)
		}
		var v2, v3, f2, f3 []float64
		for _, p := range pts {
			v2 = append(v2, s.Eval2(p[0], p[1]))
			v3 = append(v3, s.Eval3(p[0], p[1], p[2]))
			f2 = append(f2, f.Eval2(float64(p[0]*0.01), float64(p[1]*0.01)))
			f3 = append(f3, f.Eval3(float64(p[0]*0.01), float64(p[1]*0.01), float64(p[2]*0.01)))
		}
		for _, v := range []struct {
			k string
			s []float64
		}{{"eval2", v2}, {"eval3", v3}, {"fbm2", f2}, {"fbm3", f3}} {
			h.f64(v.s)
			hashes["noise/"+string(b)+"/"+v.k] = h.sum()
		}
	}
}

func computeGolden(t *testing.T) map[string]string {
	hashes := map[string]string{}
	var h hasher
	var hm chunk.Heightmap
	var vx chunk.Voxel
	goldenNoise(t, hashes, &h)
	for name, gw := range goldenWorlds(t) {
		w := gw.w
		n := w.Config().Chunk.Voxel
		// surf is the chunk row holding the surface at the centre of column (cx, cz).
		surf := func(cx, cz int32) int32 {
			return int32(math.Floor(w.SurfaceHeight(float64(int(cx)*n+n/2), float64(int(cz)*n+n/2)) / float64(n)))
		}
		for _, ed := range []struct {
			tag string
			ds  []edit.Delta
		}{{"plain", nil}, {"edited", goldenEdits()}} {
			for _, hc := range gw.heightmaps {
				if err := hm.Generate(w, int32(hc.cx), int32(hc.cz), hc.step, ed.ds); err != nil {
					t.Fatal(err)
				}
				key := fmt.Sprintf("%s/%s/heightmap/%d,%d/step%d", name, ed.tag, hc.cx, hc.cz, hc.step)
				h.f64(hm.Heights)
				h.b = append(h.b, hm.Biomes...)
				hashes[key+"/samples"] = h.sum()
				h.f32(hm.Positions)
				h.f32(hm.Normals)
				h.f32(hm.Colors)
				h.f32(hm.UVs)
				h.b = append(h.b, hm.Weights...)
				h.i32(hm.Indices)
				hashes[key+"/mesh"] = h.sum()
			}
			for _, vc := range gw.voxels {
				if err := vx.Generate(w, vc[0], surf(vc[0], vc[2])+vc[1], vc[2], ed.ds); err != nil {
					t.Fatal(err)
				}
				if cfg := w.Config(); vc[1] == 0 && len(vx.Indices) == 0 && cfg.StageEnabled(world.StageMesh) && cfg.StageEnabled(world.StageDensity) && cfg.StageEnabled(world.StageHeight) {
					// Overhang noise may push the surface into the chunk below the one
					// SurfaceHeight (which has no overhangs) names.
					var below chunk.Voxel
					if err := below.Generate(w, vc[0], surf(vc[0], vc[2])-1, vc[2], ed.ds); err != nil || len(below.Indices) == 0 {
						t.Errorf("%s: voxel %v: neither the surface chunk nor the one below has triangles", name, vc)
					}
				}
				key := fmt.Sprintf("%s/%s/voxel/%d,%d,%d", name, ed.tag, vc[0], vc[1], vc[2])
				h.f64(vx.Density)
				h.b = append(h.b, vx.Material...)
				hashes[key+"/density"] = h.sum()
				h.f32(vx.Positions)
				h.f32(vx.Normals)
				h.f32(vx.Colors)
				h.b = append(h.b, vx.Weights...)
				h.i32(vx.Indices)
				hashes[key+"/mesh"] = h.sum()
			}
		}
		h.f64([]float64{NewTerrainFor(w).Height(0.5, -7.25), NewTerrainFor(w).Height(1e5, 3)})
		hashes[name+"/terrain-height"] = h.sum()
	}
	h.f64([]float64{NewTerrain(7).Height(12.5, -3)})
	hashes["NewTerrain(7)"] = h.sum()
	return hashes
}

func TestGolden(t *testing.T) {
	got := computeGolden(t)
	var old goldenFile
	data, err := os.ReadFile(goldenPath)
	if err == nil {
		if err := json.Unmarshal(data, &old); err != nil {
			t.Fatalf("%s: %v", goldenPath, err)
		}
	} else if !*update {
		t.Fatalf("%v (run go test ./procgen/... -run Golden -update)", err)
	}
	var changed []string
	for k, v := range got {
		if ov, ok := old.Hashes[k]; ok && ov != v {
			changed = append(changed, k)
		}
	}
	for k := range old.Hashes {
		if _, ok := got[k]; !ok && !*update {
			changed = append(changed, k+" (missing)")
		}
	}
	sort.Strings(changed)
	if *update {
		if len(changed) > 0 && old.FormatVersion == FormatVersion {
			t.Fatalf("outputs changed (%d hashes, e.g. %s): bump FormatVersion (now %d) in doc.go before re-blessing", len(changed), changed[0], FormatVersion)
		}
		b, _ := json.MarshalIndent(goldenFile{FormatVersion: FormatVersion, Hashes: got}, "", "  ")
		if err := os.WriteFile(goldenPath, append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %d hashes to %s", len(got), goldenPath)
		return
	}
	if old.FormatVersion != FormatVersion {
		t.Errorf("golden.json is for FormatVersion %d, code is %d: re-bless with -update", old.FormatVersion, FormatVersion)
	}
	for _, k := range changed {
		t.Errorf("output changed: %s", k)
	}
	if len(changed) > 0 {
		t.Errorf("if intended: bump FormatVersion and run go test ./procgen/... -run Golden -update")
	}
	for k := range got {
		if _, ok := old.Hashes[k]; !ok {
			t.Errorf("no golden hash for %s: re-bless with -update", k)
		}
	}
}

// TestGoldenCoversEveryStage checks that turning any built-in stage off changes some hash,
// so the golden set covers every stage's output.
func TestGoldenCoversEveryStage(t *testing.T) {
	got := computeGolden(t)
	for _, off := range world.DefaultStages {
		differs := false
		for k, v := range got {
			if rest, ok := strings.CutPrefix(k, "stages-all/"); ok && got["without-"+off+"/"+rest] != v {
				differs = true
			}
		}
		if !differs {
			t.Errorf("turning stage %q off changes no golden hash", off)
		}
	}
}

// TestDeterministicAcrossGoroutines generates the same chunks concurrently and checks
// every result equals the sequential one.
func TestDeterministicAcrossGoroutines(t *testing.T) {
	want := computeGolden(t)
	done := make(chan map[string]string, 2)
	for i := 0; i < 2; i++ {
		go func() { done <- computeGolden(t) }()
	}
	for i := 0; i < 2; i++ {
		got := <-done
		for k, v := range want {
			if got[k] != v {
				t.Fatalf("%s differs between runs", k)
			}
		}
	}
}
