package world

import (
	"slices"
	"strings"
	"testing"
)

func TestDiffNamesEveryDifferingField(t *testing.T) {
	a := Default(7)
	for _, c := range []struct {
		change func(*WorldConfig)
		want   []string
	}{
		{func(*WorldConfig) {}, nil},
		{func(c *WorldConfig) { c.Seed = 8 }, []string{"seed"}},
		{func(c *WorldConfig) { c.Biomes[1].Color[2] = 0.5 }, []string{"biomes[1].color"}},
		{func(c *WorldConfig) { c.Biomes = c.Biomes[:3] }, []string{"biomes"}},
		{func(c *WorldConfig) { c.Caves.Threshold = 0.3; c.Caves.Noise.Octaves = 3 }, []string{"caves.noise.octaves", "caves.threshold"}},
		{func(c *WorldConfig) { c.Climate.Moisture.Frequency = 1.0 / 512 }, []string{"climate.moisture.frequency"}},
		{func(c *WorldConfig) { c.Materials[4].Name = "ice" }, []string{"materials[4].name"}},
		{func(c *WorldConfig) { c.Layers[0].Basis = "simplex" }, []string{"layers[0].basis"}},
		{func(c *WorldConfig) { c.Stages = c.Stages[1:] }, []string{"stages"}},
		{func(c *WorldConfig) { c.Mode = ModeVoxel; c.SkirtDepth = 2 }, []string{"mode", "skirt_depth"}},
	} {
		b := Default(7)
		b.Biomes = slices.Clone(b.Biomes)
		b.Materials = slices.Clone(b.Materials)
		b.Layers = slices.Clone(b.Layers)
		c.change(&b)
		got := Diff(a, b)
		if !slices.Equal(got, c.want) {
			t.Errorf("Diff = %q, want %q", got, c.want)
		}
		if Same(a, b) != (len(c.want) == 0) {
			t.Errorf("Same = %v with diff %q", Same(a, b), c.want)
		}
		ha, _ := a.Hash()
		hb, _ := b.Hash()
		if (ha == hb) != (len(c.want) == 0) {
			t.Errorf("hashes equal = %v with diff %q", ha == hb, c.want)
		}
		err := DiffError("adopting world w", a, b)
		if (err == nil) != (len(c.want) == 0) || (err != nil && !strings.Contains(err.Error(), c.want[0])) {
			t.Errorf("DiffError = %v", err)
		}
	}
}
