package pipeline

import (
	"math"
	"strings"
	"sync"
	"testing"

	"github.com/procgen-godot/procgen/procgen/chunk"
	"github.com/procgen-godot/procgen/procgen/edit"
	"github.com/procgen-godot/procgen/procgen/world"
)

func TestElements(t *testing.T) {
	kinds := map[string]Kind{}
	for _, e := range Elements() {
		if _, dup := kinds[e.Name]; dup {
			t.Fatalf("element %q listed twice", e.Name)
		}
		kinds[e.Name] = e.Kind
		if e.Identity == (e.Kind == Sink) {
			t.Errorf("%s: identity %v for kind %s", e.Name, e.Identity, e.Kind)
		}
	}
	want := map[string]Kind{"height": Source, "density": Source, "biomes": Filter, "erosion": Filter, "learned": Filter,
		"caves": Filter, "edits": Filter, "mesh": Sink, "collision": Sink, "storage": Sink, "export": Sink, "network": Sink}
	for n, k := range want {
		if kinds[n] != k {
			t.Errorf("%s: kind %q, want %q", n, kinds[n], k)
		}
	}
	e, _ := Lookup("erosion")
	if len(e.Params) == 0 || e.User {
		t.Fatalf("erosion element %+v", e)
	}
}

func TestToggleNamesNewVersionAndBack(t *testing.T) {
	v1 := world.Default(9)
	h1, _ := v1.Hash()
	v2, err := SetEnabled(v1, world.StageErosion, true)
	if err != nil {
		t.Fatal(err)
	}
	h2, _ := v2.Hash()
	back, err := SetEnabled(v2, world.StageErosion, false)
	if err != nil {
		t.Fatal(err)
	}
	h3, _ := back.Hash()
	if h1 == h2 || h1 != h3 {
		t.Fatalf("hashes v1 %s v2 %s back %s", h1, h2, h3)
	}
	if v1.StageEnabled(world.StageErosion) {
		t.Fatal("SetEnabled changed its argument")
	}
	for _, bad := range []struct {
		name string
		on   bool
	}{{"height", false}, {"mesh", false}, {"nope", true}} {
		if _, err := SetEnabled(v1, bad.name, bad.on); err == nil {
			t.Errorf("SetEnabled(%q, %v) accepted", bad.name, bad.on)
		} else {
			t.Log(err)
		}
	}
	if _, err := SetParam(v1, "erosion", "erode", -1); err == nil {
		t.Error("out-of-range parameter accepted")
	}
}

// TestEditsSurviveVersionChange: the same edits apply under every pipeline version. A
// flatten edit pins the centre to its height whatever the terrain below; a raise adds the
// same amount on top of whichever terrain the version generates.
func TestEditsSurviveVersionChange(t *testing.T) {
	edits := []edit.Delta{
		{ID: edit.ID{Origin: 1, Seq: 1}, Kind: edit.Flatten, X: 20, Y: 7, Z: 20, Radius: 6, Amount: 1},
		{ID: edit.ID{Origin: 1, Seq: 2}, Kind: edit.Raise, X: 44, Z: 40, Radius: 5, Amount: 3},
	}
	v1 := world.Default(4)
	v2, _ := SetEnabled(v1, world.StageErosion, true)
	v3, _ := SetEnabled(v2, world.StageLearned, true)
	for i, cfg := range []world.WorldConfig{v1, v2, v3} {
		w, err := world.New(cfg)
		if err != nil {
			t.Fatal(err)
		}
		var with, without chunk.Heightmap
		if err := with.Generate(w, 0, 0, 1, edits); err != nil {
			t.Fatal(err)
		}
		if err := without.Generate(w, 0, 0, 1, nil); err != nil {
			t.Fatal(err)
		}
		if h := with.VertexHeight(20, 20); h != 7 {
			t.Errorf("version %d: flattened centre at %v, want 7", i+1, h)
		}
		if d := with.VertexHeight(44, 40) - without.VertexHeight(44, 40); math.Abs(d-3) > 1e-9 {
			t.Errorf("version %d: raise added %v, want 3", i+1, d)
		}
	}
}

// BenchmarkElements generates the same full-detail heightmap chunks with the default
// pipeline and with one element switched, for the per-element cost (scripts/bench.d reports
// each as a ratio against "default" from the same run). It also reports, from the world's
// stage timings, each enabled stage's ms/chunk.
func BenchmarkElements(b *testing.B) {
	cases := []struct {
		name string
		set  func(world.WorldConfig) (world.WorldConfig, error)
	}{
		{"default", func(c world.WorldConfig) (world.WorldConfig, error) { return c, nil }},
		{"-biomes", func(c world.WorldConfig) (world.WorldConfig, error) { return SetEnabled(c, world.StageBiomes, false) }},
		{"+erosion", func(c world.WorldConfig) (world.WorldConfig, error) { return SetEnabled(c, world.StageErosion, true) }},
		{"+learned", func(c world.WorldConfig) (world.WorldConfig, error) { return SetEnabled(c, world.StageLearned, true) }},
	}
	for _, tc := range cases {
		b.Run(tc.name, func(b *testing.B) {
			cfg, err := tc.set(world.Default(1))
			if err != nil {
				b.Fatal(err)
			}
			w, err := world.New(cfg)
			if err != nil {
				b.Fatal(err)
			}
			var c chunk.Heightmap
			for i := 0; b.Loop(); i++ {
				if err := c.Generate(w, int32(i%8), int32(i/8%8), 1, nil); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N), "ms/chunk")
			for _, e := range Elements() {
				if ms, n := w.Timings().Mean(e.Name); n > 0 && (e.Name == world.StageErosion || e.Name == world.StageLearned || e.Name == world.StageBiomes) {
					b.ReportMetric(ms, e.Name+"-ms/chunk")
				}
			}
		})
	}
}

// shift is a versioned user height filter: it adds the world x of each sample / 1000 and
// wants its origin, so the test sees FilterAt get world coordinates.
type shift struct{}

func (shift) Apron() int { return 1 }
func (shift) Filter(src []float64, nx, nz int, dst []float64) {
	panic("FilteredHeightGrid must call FilterAt")
}
func (shift) FilterAt(x0, z0 int64, src []float64, nx, nz int, dst []float64) {
	w := nx - 2
	for j := 0; j < nz-2; j++ {
		for i := 0; i < w; i++ {
			dst[j*w+i] = src[(j+1)*nx+i+1] + float64(x0+int64(i)+1)/1000
		}
	}
}

var registerShift sync.Once

// A versioned user filter puts its version into the config when switched on and takes it
// out when switched off; a config naming another version, or an unregistered stage, is
// refused with an error naming it; FilterAt sees world coordinates.
func TestVersionedUserFilter(t *testing.T) {
	registerShift.Do(func() {
		world.RegisterFilter(world.FilterSpec{Name: "shift", Order: chunk.OrderUser, Version: "v1",
			New: func(map[string]float64, string) (world.HeightFilter, error) { return shift{}, nil }})
		chunk.Register(chunk.FilterStage("shift", chunk.OrderUser))
	})
	def := world.Default(2)
	h0, _ := def.Hash()
	on, err := SetEnabled(def, "shift", true)
	if err != nil {
		t.Fatal(err)
	}
	if on.FilterVersion("shift") != "v1" {
		t.Fatalf("version %q, want v1", on.FilterVersion("shift"))
	}
	h1, err := on.Hash()
	if err != nil || h1 == h0 {
		t.Fatalf("hash %s (%v), want a new one", h1, err)
	}
	off, _ := SetEnabled(on, "shift", false)
	if h, _ := off.Hash(); h != h0 {
		t.Fatalf("off again: hash %s, want the original %s", h, h0)
	}
	other := on.Clone()
	other.Pipeline.Versions["shift"] = "v2"
	if err := other.Validate(); err == nil || !strings.Contains(err.Error(), `version "v2"; this process has version "v1"`) {
		t.Fatalf("other version: %v", err)
	}
	missing := on.Clone()
	missing.Pipeline.Versions = nil
	if err := missing.Validate(); err == nil || !strings.Contains(err.Error(), "does not name its version") {
		t.Fatalf("no version: %v", err)
	}
	absent := on.Clone()
	absent.Pipeline.Versions["nowhere"] = "1"
	if err := absent.Validate(); err == nil || !strings.Contains(err.Error(), "has not registered") {
		t.Fatalf("unregistered stage: %v", err)
	}
	w, err := world.New(on)
	if err != nil {
		t.Fatal(err)
	}
	plain, _ := world.New(def)
	for _, x := range []float64{-300, 0, 17, 4096} {
		if got, want := w.SurfaceHeight(x, 5), plain.SurfaceHeight(x, 5)+x/1000; math.Abs(got-want) > 1e-9 {
			t.Fatalf("height at x=%v: %v, want %v", x, got, want)
		}
	}
}
