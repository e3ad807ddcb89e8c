package world

import (
	"math"

	"github.com/procgen-godot/procgen/procgen/noise"
)

// Seed salts. Every noise field of a world is seeded with noise.DeriveSeed(Seed, salt)
// (SplitMix64), and fBm octave i of a field with DeriveSeed(fieldSeed, i). Warp fields
// use DeriveSeed(layerSeed, SaltWarpX/SaltWarpZ). Per-stage and per-chunk seeds, for
// stages that need randomness that is not a function of world position, come from
// StageSeed and ChunkSeed. Changing a salt changes every world: bump FormatVersion.
const (
	SaltLayer       = 0x1000 // + layer index
	SaltTemperature = 0x2000
	SaltMoisture    = 0x2001
	SaltCaves       = 0x3000
	SaltOverhang    = 0x3001
	SaltWarpX       = 0xA0
	SaltWarpZ       = 0xA1
	SaltStage       = 0x5000
)

// DensityClamp bounds voxel density to [-DensityClamp, DensityClamp]. Far from the
// surface the clamped value is known without evaluating 3D noise (noise is bounded), which
// makes solid and empty space cheap; near the surface, where meshing reads it, density is
// exact.
const DensityClamp = 8.0

// StageSeed is the seed of a named stage: DeriveSeed(DeriveSeed(seed, SaltStage), fnv1a(name)).
func StageSeed(seed int64, stage string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(stage); i++ {
		h ^= uint64(stage[i])
		h *= 1099511628211
	}
	return noise.DeriveSeed(noise.DeriveSeed(uint64(seed), SaltStage), h)
}

// ChunkSeed derives a per-chunk seed from a stage seed: DeriveSeed chained over cx, cy, cz.
// Only use it for content that does not cross chunk borders; anything visible at a border
// must be a function of world coordinates instead.
func ChunkSeed(stageSeed uint64, cx, cy, cz int32) uint64 {
	s := noise.DeriveSeed(stageSeed, uint64(uint32(cx)))
	s = noise.DeriveSeed(s, uint64(uint32(cy)))
	return noise.DeriveSeed(s, uint64(uint32(cz)))
}

type layer struct {
	bands  []band // leading octaves resampled on lattices (see lattice.go)
	fbm    *noise.FBM
	ridged bool // octaves shaped by ridge (see NoiseLayer.Shape)
	amp    float64
	warpA  float64
	warpF  float64
	wx, wz noise.Sampler
}

// newLayer compiles l; resample enables the low-band lattice (height layers only).
func newLayer(seed uint64, l NoiseLayer, resample bool) layer {
	f, err := noise.NewFBM(int64(seed), l.FBM())
	if err != nil {
		panic(err) // validated before
	}
	ly := layer{fbm: f, amp: l.Amplitude, warpA: l.WarpAmplitude, warpF: l.WarpFrequency, ridged: l.Shape == ShapeRidged}
	if resample {
		ly.bands = latticeBands(l, f.Frequency)
	}
	if l.WarpAmplitude > 0 {
		ly.wx = noise.NewSampler(l.Basis, int64(noise.DeriveSeed(seed, SaltWarpX)))
		ly.wz = noise.NewSampler(l.Basis, int64(noise.DeriveSeed(seed, SaltWarpZ)))
	}
	return ly
}

// eval2 returns amp * fbm at the (optionally warped) point; with lattice-resampled bands
// when the layer has them (see lattice.go).
func (l *layer) eval2(x, z float64) float64 {
	if len(l.bands) > 0 {
		return l.resampled(x, z)
	}
	x, z = l.warp(x, z)
	if l.ridged {
		return float64(l.amp * (l.partial(x, z, 0, l.fbm.Params().Octaves) / l.fbm.Norm()))
	}
	return float64(l.amp * l.fbm.Eval2(x, z))
}

// warp returns the domain-warped point of (x, z) ((x, z) itself without warp).
func (l *layer) warp(x, z float64) (float64, float64) {
	if l.wx == nil {
		return x, z
	}
	fx, fz := float64(x*l.warpF), float64(z*l.warpF)
	// Explicit conversions: no FMA fusion of warp products into the sums.
	return x + float64(l.warpA*l.wx.Eval2(fx, fz)), z + float64(l.warpA*l.wz.Eval2(fx, fz))
}

// partial is the un-normalised sum of octaves [from, to) at (x, z), each octave shaped
// by ridge for ridged layers.
func (l *layer) partial(x, z float64, from, to int) float64 {
	if !l.ridged {
		return l.fbm.Partial2(x, z, from, to)
	}
	sum := 0.0
	for i := from; i < to; i++ {
		sum += float64(l.fbm.Amplitude(i) * ridge(l.fbm.Octave(i, x, z)))
	}
	return sum
}

// ridgeSoft rounds the ridges' crests (a soft |n|: sqrt(n²+ridgeSoft²)), so they stay
// smooth enough for lattice resampling; sqrt is correctly rounded on every platform.
const ridgeSoft = 0.08

// ridge folds noise n in [-1, 1] into a crest: 1 where n crosses zero, falling
// quadratically to 0 at |n| = 1, so fBm of ridged octaves has sharp ridges rising from
// wide valleys.
func ridge(n float64) float64 {
	a := math.Sqrt(float64(n*n) + ridgeSoft*ridgeSoft)
	r := max((1-a)/(1-ridgeSoft), 0)
	return float64(r * r)
}

// World is a compiled WorldConfig: read-only samplers, safe for concurrent use.
type World struct {
	cfg      WorldConfig
	hash     string
	layers   []layer
	temp     layer
	moist    layer
	caves    *noise.FBM
	overhang layer
	biomes   bool // stage "biomes" enabled
	bT, bM   []float64
	bScale   []float64
	bOffset  []float64
	bColor   [][4]float64
	bMat     []uint8
	filters  []compiledFilter // enabled height filters, in pipeline order
	timings  StageTimings     // measured per-stage cost (the only mutable part)
}

// New validates cfg and compiles it.
func New(cfg WorldConfig) (*World, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	h, err := cfg.Hash()
	if err != nil {
		return nil, err
	}
	cfg = cfg.Clone()
	fs, err := compileFilters(&cfg)
	if err != nil {
		return nil, err
	}
	seed := uint64(cfg.Seed)
	w := &World{cfg: cfg, hash: h, biomes: cfg.StageEnabled(StageBiomes), filters: fs}
	for i, l := range cfg.Layers {
		w.layers = append(w.layers, newLayer(noise.DeriveSeed(seed, SaltLayer+uint64(i)), l, true))
	}
	w.temp = newLayer(noise.DeriveSeed(seed, SaltTemperature), cfg.Climate.Temperature, false)
	w.moist = newLayer(noise.DeriveSeed(seed, SaltMoisture), cfg.Climate.Moisture, false)
	w.caves, _ = noise.NewFBM(int64(noise.DeriveSeed(seed, SaltCaves)), cfg.Caves.Noise.FBM())
	w.overhang = newLayer(noise.DeriveSeed(seed, SaltOverhang), cfg.Caves.Overhang, false)
	for _, b := range cfg.Biomes {
		w.bT = append(w.bT, b.Temperature)
		w.bM = append(w.bM, b.Moisture)
		w.bScale = append(w.bScale, b.HeightScale)
		w.bOffset = append(w.bOffset, b.HeightOffset)
		w.bColor = append(w.bColor, [4]float64{float64(b.Color[0]), float64(b.Color[1]), float64(b.Color[2]), float64(b.Color[3])})
		w.bMat = append(w.bMat, b.Material)
	}
	return w, nil
}

// Config returns a copy of the world's config (slices shared: do not modify).
func (w *World) Config() WorldConfig { return w.cfg }

// Hash returns the config hash that names the world.
func (w *World) Hash() string { return w.hash }

// BaseHeight is the sum of the height layers at (x, z), plus BaseY.
func (w *World) BaseHeight(x, z float64) float64 {
	h := w.cfg.BaseY
	for i := range w.layers {
		h += w.layers[i].eval2(x, z)
	}
	return h
}

// ClimateCell is the spacing of the climate lattice. Climate and everything derived from
// it (biome blend weights -> height scale and offset, colour) vary slowly, so they are
// computed at world points (ClimateCell*i, ClimateCell*k) and interpolated bilinearly:
// still a pure function of world coordinates (borders agree), at a fraction of the cost.
const ClimateCell = 8

// ClimateSample is the climate at a lattice node, or interpolated between nodes.
type ClimateSample struct {
	T, M  float64    // temperature, moisture
	Scale float64    // blended biome height scale
	Shift float64    // blended biome height offset
	Color [4]float64 // blended biome colour
	// Mat holds the blend weights of the biomes' surface materials, by material id (see
	// WeightSlot): what a terrain shader layers, as CUSTOM0 and CUSTOM1.
	Mat [WeightSlots]float64
}

// ClimateNode returns the climate at lattice node (i, k), with biome blend weights
// evaluated there.
func (w *World) ClimateNode(i, k int64) ClimateSample {
	x, z := float64(i*ClimateCell), float64(k*ClimateCell)
	c := ClimateSample{T: w.temp.eval2(x, z), M: w.moist.eval2(x, z)}
	var wt [MaxBiomes]float64
	w.BiomeWeights(c.T, c.M, wt[:])
	for b := range w.bT {
		c.Scale += float64(wt[b] * w.bScale[b])
		c.Shift += float64(wt[b] * w.bOffset[b])
		for q := 0; q < 4; q++ {
			c.Color[q] += float64(wt[b] * w.bColor[b][q])
		}
		c.Mat[WeightSlot(w.bMat[b])] += wt[b]
	}
	return c
}

// ClimateCellOf returns the lattice cell containing (x, z) and the fractional position
// inside it, in [0, 1).
func ClimateCellOf(x, z float64) (i, k int64, fx, fz float64) {
	i, fx = ClimateAxis(x)
	k, fz = ClimateAxis(z)
	return i, k, fx, fz
}

// ClimateAxis returns the climate lattice index containing coordinate v and the fraction
// of v inside that cell.
func ClimateAxis(v float64) (int64, float64) {
	f := math.Floor(v / ClimateCell)
	return int64(f), (v - float64(f*ClimateCell)) / ClimateCell
}

// Bilerp interpolates corner values v00 (i,k), v10 (i+1,k), v01 (i,k+1), v11 with explicit
// float64 conversions (no FMA fusion), so every caller gets the same bits.
func Bilerp(v00, v10, v01, v11, fx, fz float64) float64 {
	a := v00 + float64((v10-v00)*fx)
	b := v01 + float64((v11-v01)*fx)
	return a + float64((b-a)*fz)
}

// Climate returns temperature and moisture at (x, z).
func (w *World) Climate(x, z float64) (t, m float64) {
	c := w.ClimateAt(x, z, false)
	return c.T, c.M
}

// ClimateAt interpolates the climate lattice at (x, z); colour only when withColor.
func (w *World) ClimateAt(x, z float64, withColor bool) ClimateSample {
	i, k, fx, fz := ClimateCellOf(x, z)
	n00, n10, n01, n11 := w.ClimateNode(i, k), w.ClimateNode(i+1, k), w.ClimateNode(i, k+1), w.ClimateNode(i+1, k+1)
	return LerpClimate(&n00, &n10, &n01, &n11, fx, fz, withColor)
}

// LerpClimate interpolates four node samples; package chunk uses it on cached nodes.
func LerpClimate(n00, n10, n01, n11 *ClimateSample, fx, fz float64, withColor bool) ClimateSample {
	c := ClimateSample{
		T:     Bilerp(n00.T, n10.T, n01.T, n11.T, fx, fz),
		M:     Bilerp(n00.M, n10.M, n01.M, n11.M, fx, fz),
		Scale: Bilerp(n00.Scale, n10.Scale, n01.Scale, n11.Scale, fx, fz),
		Shift: Bilerp(n00.Shift, n10.Shift, n01.Shift, n11.Shift, fx, fz),
	}
	if withColor {
		for q := 0; q < 4; q++ {
			c.Color[q] = Bilerp(n00.Color[q], n10.Color[q], n01.Color[q], n11.Color[q], fx, fz)
		}
		for q := range c.Mat {
			c.Mat[q] = Bilerp(n00.Mat[q], n10.Mat[q], n01.Mat[q], n11.Mat[q], fx, fz)
		}
	}
	return c
}

// NumBiomes is the number of biomes.
func (w *World) NumBiomes() int { return len(w.bT) }

// BiomeWeights fills weights (len >= NumBiomes) with normalised blend weights for climate
// (t, m) and returns the nearest biome. Weight i is 1/(d_i^2+0.01)^2 where d_i is the
// climate-space distance to biome i: smooth, cheap and without exp.
func (w *World) BiomeWeights(t, m float64, weights []float64) (nearest uint8) {
	sum, best := 0.0, -1.0
	for i := range w.bT {
		dt, dm := t-w.bT[i], m-w.bM[i]
		d2 := float64(dt*dt) + float64(dm*dm) + 0.01
		wi := 1 / float64(d2*d2)
		weights[i] = wi
		sum += wi
		if wi > best {
			best, nearest = wi, uint8(i)
		}
	}
	inv := 1 / sum
	for i := range weights[:len(w.bT)] {
		weights[i] = float64(weights[i] * inv)
	}
	return nearest
}

// NearestBiome returns the biome whose climate centre is nearest (t, m); ties go to the
// lower id.
func (w *World) NearestBiome(t, m float64) uint8 {
	best, id := math.Inf(1), uint8(0)
	for i := range w.bT {
		dt, dm := t-w.bT[i], m-w.bM[i]
		if d2 := float64(dt*dt) + float64(dm*dm); d2 < best {
			best, id = d2, uint8(i)
		}
	}
	return id
}

// Shape applies the interpolated biome height shaping to base height h.
func Shape(h float64, c *ClimateSample) float64 {
	return float64(h*c.Scale) + c.Shift
}

// SurfaceHeight is the terrain height at (x, z) before edits: base height, then biome
// shaping when the "biomes" stage is enabled, then the enabled height filters (see
// HeightFilter; between integer points the filtered lattice is interpolated bilinearly).
// Chunk generation computes the same value through the same functions, bit for bit.
func (w *World) SurfaceHeight(x, z float64) float64 {
	if len(w.filters) > 0 {
		return w.filteredHeight(x, z)
	}
	h := w.BaseHeight(x, z)
	if !w.biomes {
		return h
	}
	c := w.ClimateAt(x, z, false)
	return Shape(h, &c)
}

// Biome returns the nearest biome id at (x, z) (0 when the biomes stage is off).
func (w *World) Biome(x, z float64) uint8 {
	if !w.biomes {
		return 0
	}
	c := w.ClimateAt(x, z, false)
	return w.NearestBiome(c.T, c.M)
}

// WeightSlots is the number of material weights a vertex carries: materials 0-3 in Godot's
// CUSTOM0 channel and 4-7 in CUSTOM1, as RGBA8.
const WeightSlots = 8

// WeightSlot is the vertex weight slot of material id: the id itself below WeightSlots,
// else slot 0 (stone).
func WeightSlot(id uint8) int {
	if int(id) < WeightSlots {
		return int(id)
	}
	return 0
}

// ColorOf converts a blended colour to float32 RGBA.
func ColorOf(c *ClimateSample) [4]float32 {
	return [4]float32{float32(c.Color[0]), float32(c.Color[1]), float32(c.Color[2]), float32(c.Color[3])}
}

// MaterialColor returns the colour of material id (stone if out of range).
func (w *World) MaterialColor(id uint8) [4]float32 {
	if int(id) < len(w.cfg.Materials) {
		return w.cfg.Materials[id].Color
	}
	return w.cfg.Materials[0].Color
}

// BiomeMaterial returns the surface material of biome id.
func (w *World) BiomeMaterial(id uint8) uint8 { return w.cfg.Biomes[id].Material }

// Density is the voxel density at (x, y, z) over a column of surface height h:
// h - y, plus overhang noise, clamped to ±DensityClamp; solid at and below MinY.
// Positive is solid. Samples far from the surface skip the 3D noise exactly (see
// DensityClamp).
func (w *World) Density(x, y, z, h float64) float64 {
	if y <= w.cfg.Vertical.MinY {
		return DensityClamp
	}
	d := h - y
	if a := w.overhang.amp; a != 0 {
		if a < 0 {
			a = -a
		}
		if d-a >= DensityClamp {
			return DensityClamp
		}
		if d+a <= -DensityClamp {
			return -DensityClamp
		}
		fx, fy, fz := x, y, z
		d += float64(w.overhang.amp * w.overhang.fbm.Eval3(fx, fy, fz))
	}
	return min(max(d, -DensityClamp), DensityClamp)
}

// Carve applies caves to density d at (x, y, z) under surface height h: where cave noise
// n exceeds Threshold and the point is at least MinDepth below the surface, density
// becomes min(d, (Threshold-n)*Strength). Returns d unchanged when carving cannot change
// it, without evaluating noise.
func (w *World) Carve(x, y, z, h, d float64) float64 {
	c := &w.cfg.Caves
	if d <= -DensityClamp || y > h-c.MinDepth || y <= w.cfg.Vertical.MinY || c.Strength == 0 {
		return d
	}
	n := w.caves.Eval3(x, y, z)
	if n <= c.Threshold {
		return d
	}
	return max(min(d, float64((c.Threshold-n)*c.Strength)), -DensityClamp)
}

// SurfaceMaterial returns the material at depth below the surface for a column whose
// biome is biome: the biome's material down to 3 units below the deepest the overhang noise
// can push the surface, the config's cave rock (Caves.Material) beneath. Materials thus
// never change along the ground surface itself (no stripes along height contours); rock on
// cliffs is the terrain material's job, by slope.
func (w *World) SurfaceMaterial(y, h float64, biome uint8) uint8 {
	if y > h-3-math.Abs(w.overhang.amp) {
		return w.cfg.Biomes[biome].Material
	}
	return w.cfg.Caves.Material
}

// StageEnabled reports whether the world's config enables the named stage.
func (w *World) StageEnabled(name string) bool {
	for _, s := range w.cfg.Stages {
		if s == name {
			return true
		}
	}
	return false
}
