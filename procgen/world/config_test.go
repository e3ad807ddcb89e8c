package world

import (
	"bytes"
	"flag"
	"math"
	"slices"
	"strings"
	"testing"
)

var _ = flag.Bool("update", false, "re-bless golden files (used in package procgen)")

func TestDefaultValidAndRoundTrip(t *testing.T) {
	c := Default(12345)
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
	b, err := c.Encode()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(b, []byte(`{"format":1,`)) {
		t.Fatalf("encoding does not start with format: %.40s", b)
	}
	d, err := Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	b2, _ := d.Encode()
	if !bytes.Equal(b, b2) {
		t.Fatal("encode/decode/encode is not stable")
	}
	h1, _ := c.Hash()
	h2, _ := d.Hash()
	if h1 != h2 || len(h1) != 64 {
		t.Fatalf("hash %q vs %q", h1, h2)
	}
	c2 := Default(12346)
	if h3, _ := c2.Hash(); h3 == h1 {
		t.Fatal("different seeds, same hash")
	}
}

// TestHashPinned pins the default world's name: it changes only with the encoding.
func TestHashPinned(t *testing.T) {
	c := Default(1)
	h, err := c.Hash()
	if err != nil {
		t.Fatal(err)
	}
	const want = "d1188f6bf36a896b623424ed85316efaec0fcb35822eea165e7a0b9f753ae424"
	if h != want {
		t.Fatalf("Default(1) hash %s, want %s", h, want)
	}
	t.Logf("Default(1) hash %s", h)
}

func TestValidateErrors(t *testing.T) {
	cases := map[string]func(c *WorldConfig){
		"format":             func(c *WorldConfig) { c.Format = 2 },
		"mode":               func(c *WorldConfig) { c.Mode = "hexagons" },
		"chunk.heightmap":    func(c *WorldConfig) { c.Chunk.Heightmap = 0 },
		"heightmap pow2":     func(c *WorldConfig) { c.Chunk.Heightmap = 48 },
		"heightmap huge":     func(c *WorldConfig) { c.Chunk.Heightmap = 1 << 20 },
		"chunk.voxel":        func(c *WorldConfig) { c.Chunk.Voxel = -3 },
		"voxel huge":         func(c *WorldConfig) { c.Chunk.Voxel = 4096 },
		"vertical range":     func(c *WorldConfig) { c.Vertical.MaxY = c.Vertical.MinY },
		"vertical nan":       func(c *WorldConfig) { c.Vertical.MaxY = math.NaN() },
		"sea inf":            func(c *WorldConfig) { c.SeaLevel = math.Inf(1) },
		"no layers":          func(c *WorldConfig) { c.Layers = nil },
		"octaves":            func(c *WorldConfig) { c.Layers[0].Octaves = 1000 },
		"frequency nan":      func(c *WorldConfig) { c.Layers[0].Frequency = math.NaN() },
		"frequency overflow": func(c *WorldConfig) { c.Layers[0].Frequency = 1; c.Layers[0].Octaves = 16 },
		"warp":               func(c *WorldConfig) { c.Layers[0].WarpAmplitude = 10 },
		"biome color":        func(c *WorldConfig) { c.Biomes[0].Color[0] = 2 },
		"biome material":     func(c *WorldConfig) { c.Biomes[0].Material = 200 },
		"no biomes":          func(c *WorldConfig) { c.Biomes = nil },
		"caves threshold":    func(c *WorldConfig) { c.Caves.Threshold = math.Inf(-1) },
		"unknown stage":      func(c *WorldConfig) { c.Stages = append(c.Stages, "nope") },
		"dup stage":          func(c *WorldConfig) { c.Stages = append(c.Stages, StageMesh) },
	}
	for name, mut := range cases {
		c := Default(1)
		c.Layers = append([]NoiseLayer(nil), c.Layers...)
		c.Biomes = append([]Biome(nil), c.Biomes...)
		mut(&c)
		err := c.Validate()
		if err == nil {
			t.Errorf("%s: accepted", name)
			continue
		}
		if !strings.HasPrefix(err.Error(), "world: ") {
			t.Errorf("%s: error %q lacks package prefix", name, err)
		}
	}
}

func TestDecodeRejects(t *testing.T) {
	good, _ := func() ([]byte, error) { c := Default(3); return c.Encode() }()
	bad := [][]byte{
		nil,
		[]byte(`{}`),
		[]byte(`{"format":2}`),
		[]byte(`[1,2]`),
		append(append([]byte(nil), good...), []byte(` {}`)...),
		bytes.Replace(good, []byte(`"seed":3`), []byte(`"seed":3,"extra":1`), 1),
		bytes.Replace(good, []byte(`"seed":3`), []byte(`"seed":1e400`), 1),
		bytes.Repeat([]byte(" "), MaxConfigBytes+1),
	}
	for i, b := range bad {
		if _, err := Decode(b); err == nil {
			t.Errorf("case %d accepted", i)
		}
	}
	if _, err := Decode(good); err != nil {
		t.Fatal(err)
	}
}

func TestWorldSamplers(t *testing.T) {
	w, err := New(Default(9))
	if err != nil {
		t.Fatal(err)
	}
	lo, hi := math.Inf(1), math.Inf(-1)
	counts := make([]int, w.NumBiomes())
	for i := 0; i < 4000; i++ {
		x, z := float64(i*37%5000)-2500, float64(i*91%7000)-3500
		h := w.SurfaceHeight(x, z)
		if math.IsNaN(h) || math.IsInf(h, 0) {
			t.Fatal("non-finite height")
		}
		lo, hi = min(lo, h), max(hi, h)
		counts[w.Biome(x*10, z*10)]++
		for y := h - 20; y < h+20; y += 3 {
			d := w.Carve(x, y, z, h, w.Density(x, y, z, h))
			if d < -DensityClamp || d > DensityClamp {
				t.Fatalf("density %v out of clamp", d)
			}
		}
	}
	if hi-lo < 10 {
		t.Errorf("terrain too flat: [%v, %v]", lo, hi)
	}
	used := 0
	for _, c := range counts {
		if c > 0 {
			used++
		}
	}
	if used < 2 {
		t.Errorf("only %d biomes used: %v", used, counts)
	}
}

func FuzzDecodeConfig(f *testing.F) {
	c := Default(5)
	good, _ := c.Encode()
	f.Add(good)
	f.Add([]byte(`{"format":1}`))
	f.Add([]byte(`{"format":1,"seed":-9223372036854775808}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Decode(data)
		if err != nil {
			return
		}
		// Anything accepted must re-encode, re-decode to the same config and hash.
		b, err := c.Encode()
		if err != nil {
			t.Fatalf("accepted config does not encode: %v", err)
		}
		c2, err := Decode(b)
		if err != nil {
			t.Fatalf("canonical encoding rejected: %v", err)
		}
		h1, _ := c.Hash()
		h2, _ := c2.Hash()
		if h1 != h2 {
			t.Fatal("hash not stable across round trip")
		}
		if _, err := New(c); err != nil {
			t.Fatalf("valid config does not compile: %v", err)
		}
	})
}

func TestBaseHeightGridMatchesPoints(t *testing.T) {
	cfg := Default(31)
	cfg.Layers = append(cfg.Layers, NoiseLayer{Amplitude: 5, Octaves: 2, Frequency: 1.0 / 30, Lacunarity: 2, Gain: 0.5, WarpAmplitude: 8, WarpFrequency: 1.0 / 50})
	w, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	var s GridScratch
	for _, g := range []struct {
		x0, z0     int64
		step, n, m int
	}{{-67, 13, 1, 19, 7}, {-1, -1, 4, 11, 11}, {1000003, -999999, 2, 5, 9}} {
		out := make([]float64, g.n*g.m)
		w.BaseHeightGrid(g.x0, g.z0, g.step, g.n, g.m, out, &s)
		for j := 0; j < g.m; j++ {
			for i := 0; i < g.n; i++ {
				x, z := float64(g.x0+int64(i*g.step)), float64(g.z0+int64(j*g.step))
				if got, want := out[j*g.n+i], w.BaseHeight(x, z); got != want {
					t.Fatalf("grid %+v (%d,%d): %v != %v", g, i, j, got, want)
				}
			}
		}
	}
}

// TestLowBandAccuracy: lattice resampling of the low octaves stays within 1% of the
// layer amplitude of exact evaluation, for plain fBm, ridged and domain-warped layers.
func TestLowBandAccuracy(t *testing.T) {
	w, _ := New(Default(8))
	// Continents: wavelengths 1400, 700, 350 → all on 16-unit lattices. Ridged mountains
	// (warped: twice as dense): 700, 318, 145 → 16, 8, 4. Hills: 128, 64, 32 → 8, 4, 2.
	wantBands := [][]band{
		{{0, 3, 16}},
		{{0, 1, 16}, {1, 2, 8}, {2, 3, 4}},
		{{0, 1, 8}, {1, 2, 4}, {2, 3, 2}},
	}
	for li := range w.layers {
		l := &w.layers[li]
		if !slices.Equal(l.bands, wantBands[li]) {
			t.Fatalf("default layer %d bands %v, want %v", li, l.bands, wantBands[li])
		}
		worst := 0.0
		for i := 0; i < 3000; i++ {
			x, z := float64(i%173)*1.37-90, float64(i/173)*2.71+40
			wx, wz := l.warp(x, z)
			exact := float64(l.amp * (l.partial(wx, wz, 0, l.fbm.Params().Octaves) / l.fbm.Norm()))
			worst = max(worst, math.Abs(l.eval2(x, z)-exact))
		}
		if worst > 0.01*math.Abs(l.amp) {
			t.Fatalf("layer %d: max deviation %v exceeds 1%% of amplitude %v", li, worst, l.amp)
		}
		t.Logf("layer %d: max deviation %.4f world units (amplitude %v)", li, worst, l.amp)
	}
}

// TestRidge: ridged octaves peak at 1 where noise crosses zero and fall to 0 at ±1.
func TestRidge(t *testing.T) {
	for _, c := range []struct{ n, want float64 }{{0, 1}, {1, 0}, {-1, 0}, {0.5, 0.2879}, {-0.5, 0.2879}} {
		if got := ridge(c.n); math.Abs(got-c.want) > 1e-4 {
			t.Errorf("ridge(%v) = %v, want %v", c.n, got, c.want)
		}
	}
	bad := Default(1)
	bad.Layers[0].Shape = "terraced"
	if err := bad.Validate(); err == nil || !strings.Contains(err.Error(), "shape") {
		t.Errorf("unknown shape: got %v, want an error naming the shape", err)
	}
}
