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
	"testing"

	"github.com/procgen-godot/procgen/procgen/chunk"
	"github.com/procgen-godot/procgen/procgen/edit"
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

func goldenWorlds(t *testing.T) map[string]*world.World {
	custom := world.Default(-987654321)
	custom.Chunk = world.ChunkSizes{Heightmap: 32, Voxel: 16}
	custom.Layers = append(custom.Layers, world.NoiseLayer{Amplitude: 6, Octaves: 3, Frequency: 1.0 / 40, Lacunarity: 2.1, Gain: 0.45, WarpAmplitude: 12, WarpFrequency: 1.0 / 90})
	custom.Stages = []string{world.StageHeight, world.StageHeightEdits, world.StageDensity, world.StageCaves, world.StageSurface, world.StageEdits, world.StageMesh}
	out := map[string]*world.World{}
	for name, cfg := range map[string]world.WorldConfig{"default1": world.Default(1), "default42": world.Default(42), "custom": custom} {
		w, err := world.New(cfg)
		if err != nil {
			t.Fatal(err)
		}
		out[name] = w
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

func computeGolden(t *testing.T) map[string]string {
	hashes := map[string]string{}
	var h hasher
	var hm chunk.Heightmap
	var vx chunk.Voxel
	for name, w := range goldenWorlds(t) {
		n := w.Config().Chunk.Voxel
		// surf is the chunk row holding the surface at the centre of column (cx, cz).
		surf := func(cx, cz int32) int32 {
			return int32(math.Floor(w.SurfaceHeight(float64(int(cx)*n+n/2), float64(int(cz)*n+n/2)) / float64(n)))
		}
		for _, ed := range []struct {
			tag string
			ds  []edit.Delta
		}{{"plain", nil}, {"edited", goldenEdits()}} {
			for _, hc := range []struct{ cx, cz, step int }{{0, 0, 1}, {-1, 0, 1}, {3, -5, 2}, {0, -1, 4}} {
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
			// (cx, cy relative to the surface row, cz)
			for _, vc := range [][3]int32{{0, 0, 0}, {-1, 0, 0}, {0, -1, -1}, {1, 0, 0}} {
				if err := vx.Generate(w, vc[0], surf(vc[0], vc[2])+vc[1], vc[2], ed.ds); err != nil {
					t.Fatal(err)
				}
				if vc[1] == 0 && len(vx.Indices) == 0 {
					t.Errorf("%s: voxel %v: surface chunk has no triangles", name, vc)
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
