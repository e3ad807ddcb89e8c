package extension

import (
	"strings"
	"testing"

	"github.com/procgen-godot/procgen/procgen/pipeline"
	"github.com/procgen-godot/procgen/procgen/world"
)

// A config survives the trip through a ProcGenWorld's properties with the same hash.
func TestWorldResourceRoundTrip(t *testing.T) {
	voxel := world.Default(7)
	voxel.Mode = world.ModeVoxel
	voxel.Layers = voxel.Layers[:1]
	eroded, err := pipeline.SetEnabled(world.Default(3), world.StageErosion, true)
	if err != nil {
		t.Fatal(err)
	}
	if eroded, err = eroded.SetFilterParam(world.StageErosion, "erode", 0.25); err != nil {
		t.Fatal(err)
	}
	noBiomes, _ := pipeline.SetEnabled(world.Default(-5), world.StageBiomes, false)
	for name, cfg := range map[string]world.WorldConfig{"default": world.Default(0), "voxel": voxel, "erosion": eroded, "no biomes": noBiomes} {
		t.Run(name, func(t *testing.T) {
			var r ProcGenWorld
			r.setConfig(cfg)
			got, err := r.config()
			if err != nil {
				t.Fatal(err)
			}
			if !world.Same(got, cfg) {
				t.Fatalf("round trip changed %v", world.DiffError("differs", got, cfg))
			}
			want, _ := cfg.Hash()
			if h, _ := got.Hash(); h != want {
				t.Fatalf("hash %s, want %s", h, want)
			}
		})
	}
}

// Values as Godot hands them over (ints as int64, colours as structs) and stage lists in
// any order map to the same config.
func TestWorldResourceGodotValues(t *testing.T) {
	var r ProcGenWorld
	r.setConfig(world.Default(1))
	r.Layers[0]["octaves"] = int64(3)
	r.Biomes[0]["material"] = int64(1)
	r.Materials[1]["color"] = []any{float32(0.09), float32(0.16), float32(0.05), 1.0}
	r.Materials[0]["color"] = colorOf([4]float32{0.22, 0.21, 0.2, 1})
	r.Stages = append([]string{world.StageMesh}, r.Stages[:len(r.Stages)-1]...)
	got, err := r.config()
	if err != nil {
		t.Fatal(err)
	}
	if want := world.Default(1); !world.Same(got, want) {
		t.Fatal(world.DiffError("differs", got, want))
	}
}

// Bad values name the property at fault.
func TestWorldResourceErrors(t *testing.T) {
	for _, tc := range []struct {
		name   string
		change func(r *ProcGenWorld)
		want   string
	}{
		{"chunk not pow2", func(r *ProcGenWorld) { r.HeightmapChunk = 48 }, "chunk.heightmap 48"},
		{"mode", func(r *ProcGenWorld) { r.Mode = 3 }, "mode 3"},
		{"no layers", func(r *ProcGenWorld) { r.Layers = nil }, "0 height layers"},
		{"layer typo", func(r *ProcGenWorld) { r.Layers[1]["amplitud"] = 3.0 }, `layers[1] has unknown key "amplitud"`},
		{"layer type", func(r *ProcGenWorld) { r.Layers[0]["octaves"] = "many" }, "layers[0].octaves"},
		{"fractional octaves", func(r *ProcGenWorld) { r.Layers[0]["octaves"] = 2.5 }, "want an integer"},
		{"biome colour", func(r *ProcGenWorld) { r.Biomes[2]["color"] = 5.0 }, "biomes[2].color"},
		{"biome material", func(r *ProcGenWorld) { r.Biomes[0]["material"] = int64(99) }, "biomes[0].material 99"},
		{"stage", func(r *ProcGenWorld) { r.Stages = append(r.Stages, "sparkles") }, `unknown stage "sparkles"`},
		{"required stage", func(r *ProcGenWorld) { r.Stages = r.Stages[1:] }, `requires`},
		{"param range", func(r *ProcGenWorld) {
			r.Stages = append(r.Stages, world.StageErosion)
			r.FilterParams = map[string]any{world.StageErosion: map[string]any{"erode": 9.0}}
		}, "erode"},
		{"param type", func(r *ProcGenWorld) { r.FilterParams = map[string]any{world.StageErosion: 1.0} }, `filter_params["erosion"]`},
		{"caves threshold", func(r *ProcGenWorld) { r.CavesThreshold = 2 }, "caves.threshold"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := NewProcGenWorld()
			tc.change(r)
			_, err := r.config()
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v, want one containing %q", err, tc.want)
			}
		})
	}
}

// A world whose numbers come back from a .tres with Godot's reading loss (1/1400 loads as
// 0.00071428571428571) names the world that was saved; a real edit is not undone.
func TestWorldResourceExactValues(t *testing.T) {
	def := world.Default(0)
	want, _ := def.Hash()
	var saved ProcGenWorld
	saved.setConfig(def)
	// What ResourceLoader hands back: the record, and the properties with lost digits.
	var loaded ProcGenWorld
	lossy := 0.00071428571428571
	if !nearlyEqual(lossy, 1.0/1400) || lossy == 1.0/1400 {
		t.Fatal("test premise: the lossy value is near 1/1400 but not equal")
	}
	loaded.setConfig(def)
	loaded.Layers[0]["frequency"] = lossy
	loaded.ExactValues = saved.ExactValues
	if def.Layers[0].Frequency != 1.0/1400 {
		t.Fatalf("test premise: the default's first layer frequency is %v, not 1/1400", def.Layers[0].Frequency)
	}
	cfg, err := loaded.config()
	if err != nil {
		t.Fatal(err)
	}
	if h, _ := cfg.Hash(); h != want {
		t.Fatalf("loaded hash %s, want %s", h, want)
	}
	// A real edit keeps its value, and the record follows it.
	loaded.Layers[0]["frequency"] = 0.0008
	cfg, _ = loaded.config()
	if cfg.Layers[0].Frequency != 0.0008 {
		t.Fatalf("edit undone: frequency %v", cfg.Layers[0].Frequency)
	}
	if !strings.Contains(loaded.ExactValues, "0.0008") {
		t.Fatalf("record not refreshed: %s", loaded.ExactValues)
	}
	// Without a record the properties are taken as they are.
	loaded.ExactValues = ""
	loaded.Layers[0]["frequency"] = lossy
	if cfg, _ = loaded.config(); cfg.Layers[0].Frequency != lossy {
		t.Fatalf("no record: frequency %v, want %v", cfg.Layers[0].Frequency, lossy)
	}
}
