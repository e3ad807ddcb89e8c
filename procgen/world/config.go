// Package world defines a world: its configuration (WorldConfig, with validation, a
// stable versioned JSON encoding and a content hash that names it) and the compiled,
// read-only samplers (World) that turn world coordinates into height, climate, biome,
// density and material. Everything is a pure function of the config and world
// coordinates, so chunk borders agree bit-for-bit and results never depend on map order,
// time, goroutine scheduling or worker count.
package world

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"

	"github.com/procgen-godot/procgen/procgen/noise"
)

// ModeVoxel is WorldConfig.Mode of a voxel world.
const ModeVoxel = "voxel"

// ConfigFormat is the version of the JSON encoding ("format" field).
const ConfigFormat = 1

// Limits that keep a config from exhausting memory or time.
const (
	MaxHeightmapChunk = 256  // quads per heightmap chunk side
	MaxVoxelChunk     = 128  // voxels per voxel chunk side
	MaxVerticalRange  = 8192 // MaxY - MinY, world units
	MaxLayers         = 8    // height noise layers
	MaxBiomes         = 64
	MaxMaterials      = 256 // material ids are uint8
	MaxConfigBytes    = 1 << 20
	// MaxCoord bounds any absolute world coordinate or offset the config may name, and
	// MaxFrequency*MaxCoord keeps noise coordinates far inside exact integer range.
	MaxCoord     = 1 << 30
	MaxFrequency = 16.0
	MaxWarp      = 4096.0
	MaxAmplitude = 4096.0
)

// Stage names known to the default pipeline (see package chunk).
const (
	StageHeight      = "height"
	StageBiomes      = "biomes"
	StageHeightEdits = "height-edits"
	StageDensity     = "density"
	StageCaves       = "caves"
	StageSurface     = "surface"
	StageEdits       = "edits"
	StageMesh        = "mesh"
	// Height filters, off by default (see FilterSpec; package chunk registers them).
	StageErosion = "erosion"
	StageLearned = "learned"
)

// DefaultStages lists every built-in stage, in pipeline order.
var DefaultStages = []string{StageHeight, StageBiomes, StageHeightEdits, StageDensity, StageCaves, StageSurface, StageEdits, StageMesh}

// NoiseLayer is one fBm field, optionally domain-warped: the layer is sampled at
// (x + WarpAmplitude*w1(x,z), z + WarpAmplitude*w2(x,z)) where w1, w2 are single-octave
// noise of the same basis at WarpFrequency. Amplitude scales the layer's [-1, 1] output.
// Basis selects the gradient noise: OpenSimplex (github.com/ojrac/opensimplex-go) when
// empty, or "simplex" for the faster built-in simplex noise. Shape "ridged" folds every
// octave into a crest ((1-|n|)² in [0, 1]): sharp mountain ridges between wide valleys.
type NoiseLayer struct {
	Amplitude     float64     `json:"amplitude"`
	Octaves       int         `json:"octaves"`
	Frequency     float64     `json:"frequency"`
	Lacunarity    float64     `json:"lacunarity"`
	Gain          float64     `json:"gain"`
	WarpAmplitude float64     `json:"warp_amplitude"`
	WarpFrequency float64     `json:"warp_frequency"`
	Basis         noise.Basis `json:"basis,omitempty"`
	Shape         string      `json:"shape,omitempty"`
}

// ShapeRidged is NoiseLayer.Shape of ridged noise; the empty Shape is plain fBm.
const ShapeRidged = "ridged"

// FBM returns the layer's fBm parameters.
func (l NoiseLayer) FBM() noise.FBMParams {
	return noise.FBMParams{Octaves: l.Octaves, Frequency: l.Frequency, Lacunarity: l.Lacunarity, Gain: l.Gain, Basis: l.Basis}
}

// Biome is a region of climate space. A sample's biome is the one whose (Temperature,
// Moisture) centre is nearest to the sample's climate; height shaping and colour blend
// smoothly between biomes by inverse-square-distance weights.
type Biome struct {
	Name         string     `json:"name"`
	Temperature  float64    `json:"temperature"` // centre in [-1, 1]
	Moisture     float64    `json:"moisture"`    // centre in [-1, 1]
	HeightScale  float64    `json:"height_scale"`
	HeightOffset float64    `json:"height_offset"`
	Color        [4]float32 `json:"color"`    // linear RGBA in [0, 1]: an albedo (grass ~0.1, sand ~0.45)
	Material     uint8      `json:"material"` // surface material id for voxels
}

// Material is a voxel (and painted heightmap) material.
type Material struct {
	Name  string     `json:"name"`
	Color [4]float32 `json:"color"`
}

// Caves carve the voxel density where 3D noise exceeds Threshold and add Overhang noise.
type Caves struct {
	Noise     NoiseLayer `json:"noise"`     // 3D fBm (warp ignored)
	Threshold float64    `json:"threshold"` // in (-1, 1): carve where noise > threshold
	Strength  float64    `json:"strength"`  // density units per unit of noise beyond threshold
	Overhang  NoiseLayer `json:"overhang"`  // 3D fBm added to density; Amplitude 0 disables
	// MinDepth keeps caves this far below the surface so they do not riddle it.
	MinDepth float64 `json:"min_depth"`
	// Material is the rock below the surface layer (see World.SurfaceMaterial): cave walls.
	Material uint8 `json:"material,omitempty"`
}

// ChunkSizes are chunk edge lengths in world units (1 quad = 1 voxel = 1 unit).
type ChunkSizes struct {
	Heightmap int `json:"heightmap"`
	Voxel     int `json:"voxel"`
}

// Vertical is the world's vertical range; the voxel world is solid at and below MinY.
type Vertical struct {
	MinY float64 `json:"min_y"`
	MaxY float64 `json:"max_y"`
}

// WorldConfig fully defines a world. Encode it with Encode, name it with Hash.
type WorldConfig struct {
	Format    int          `json:"format"`
	Seed      int64        `json:"seed"`
	Chunk     ChunkSizes   `json:"chunk"`
	Vertical  Vertical     `json:"vertical"`
	SeaLevel  float64      `json:"sea_level"`
	BaseY     float64      `json:"base_y"` // height of a zero noise value
	Layers    []NoiseLayer `json:"layers"` // summed into the base height
	Climate   Climate      `json:"climate"`
	Biomes    []Biome      `json:"biomes"`
	Materials []Material   `json:"materials"`
	Caves     Caves        `json:"caves"`
	// SkirtDepth is how far heightmap skirts hang below the chunk edge, per LOD step.
	SkirtDepth float64  `json:"skirt_depth"`
	Stages     []string `json:"stages"` // enabled stages; order is fixed by the registry
	// Mode is how the world is shown: "" (heightmap terrain) or "voxel" (voxel terrain with
	// caves and overhangs). Generation does not read it; it tells every server and client
	// which chunks make up the world.
	Mode string `json:"mode,omitempty"`
	// Pipeline configures the filter elements (parameters, models); nil when every filter
	// runs with its defaults. Absent from configs written before it existed, which keep
	// their encoding and hash.
	Pipeline *Pipeline `json:"pipeline,omitempty"`
}

// Climate holds the temperature and moisture fields that choose biomes.
type Climate struct {
	Temperature NoiseLayer `json:"temperature"`
	Moisture    NoiseLayer `json:"moisture"`
}

// Default returns the default world for seed.
func Default(seed int64) WorldConfig {
	climate := NoiseLayer{Amplitude: 1, Octaves: 1, Frequency: 1.0 / 1024, Lacunarity: 2, Gain: 0.5}
	return WorldConfig{
		Format:   ConfigFormat,
		Seed:     seed,
		Chunk:    ChunkSizes{Heightmap: 64, Voxel: 32},
		Vertical: Vertical{MinY: -128, MaxY: 256},
		SeaLevel: 0,
		BaseY:    -22,
		Layers: []NoiseLayer{
			// Continents: coasts where it crosses sea level, wide plains and basins.
			{Amplitude: 40, Octaves: 3, Frequency: 1.0 / 1400, Lacunarity: 2, Gain: 0.45},
			// Ridged mountains, domain-warped so ridges and valleys wind.
			{Amplitude: 64, Octaves: 3, Frequency: 1.0 / 700, Lacunarity: 2.2, Gain: 0.45, WarpAmplitude: 96, WarpFrequency: 1.0 / 1024, Shape: ShapeRidged},
			// Hills and small-scale relief.
			{Amplitude: 10, Octaves: 3, Frequency: 1.0 / 128, Lacunarity: 2, Gain: 0.5},
		},
		Climate: Climate{Temperature: climate, Moisture: climate},
		Biomes: []Biome{
			{Name: "plains", Temperature: 0.2, Moisture: 0, HeightScale: 0.45, HeightOffset: 4, Color: [4]float32{0.1, 0.17, 0.05, 1}, Material: 1},
			{Name: "desert", Temperature: 0.8, Moisture: -0.6, HeightScale: 0.4, HeightOffset: 2, Color: [4]float32{0.46, 0.36, 0.2, 1}, Material: 2},
			{Name: "forest", Temperature: 0, Moisture: 0.6, HeightScale: 0.9, HeightOffset: 6, Color: [4]float32{0.05, 0.1, 0.035, 1}, Material: 3},
			{Name: "mountains", Temperature: -0.7, Moisture: -0.1, HeightScale: 2.2, HeightOffset: 24, Color: [4]float32{0.2, 0.19, 0.18, 1}, Material: 0},
		},
		Materials: []Material{
			{Name: "stone", Color: [4]float32{0.22, 0.21, 0.2, 1}},
			{Name: "grass", Color: [4]float32{0.09, 0.16, 0.05, 1}},
			{Name: "sand", Color: [4]float32{0.5, 0.42, 0.25, 1}},
			{Name: "moss", Color: [4]float32{0.06, 0.12, 0.04, 1}},
			{Name: "snow", Color: [4]float32{0.8, 0.82, 0.86, 1}},
			{Name: "cave rock", Color: [4]float32{0.14, 0.12, 0.11, 1}},
		},
		Caves: Caves{
			Noise:     NoiseLayer{Amplitude: 1, Octaves: 2, Frequency: 1.0 / 48, Lacunarity: 2, Gain: 0.5},
			Threshold: 0.45,
			Strength:  24,
			Overhang:  NoiseLayer{Amplitude: 6, Octaves: 1, Frequency: 1.0 / 32, Lacunarity: 2, Gain: 0.5},
			MinDepth:  4,
			Material:  5,
		},
		SkirtDepth: 4,
		Stages:     append([]string(nil), DefaultStages...),
	}
}

// StageEnabled reports whether the named stage is listed in c.Stages.
func (c *WorldConfig) StageEnabled(name string) bool {
	for _, s := range c.Stages {
		if s == name {
			return true
		}
	}
	return false
}

func finite(name string, v float64) error {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return fmt.Errorf("world: %s must be finite, got %v", name, v)
	}
	return nil
}

func inRange(name string, v, lo, hi float64) error {
	if err := finite(name, v); err != nil {
		return err
	}
	if v < lo || v > hi {
		return fmt.Errorf("world: %s = %v out of range [%v, %v]", name, v, lo, hi)
	}
	return nil
}

func (l NoiseLayer) validate(name string) error {
	if err := l.FBM().Validate(); err != nil {
		return fmt.Errorf("world: %s: %w", name, err)
	}
	if l.Shape != "" && l.Shape != ShapeRidged {
		return fmt.Errorf("world: %s.shape %q unknown (want \"\" for fBm or %q)", name, l.Shape, ShapeRidged)
	}
	if err := inRange(name+".frequency", l.Frequency, 0, MaxFrequency); err != nil {
		return err
	}
	if err := inRange(name+".lacunarity", l.Lacunarity, 0, 8); err != nil {
		return err
	}
	if err := inRange(name+".gain", l.Gain, 0, 2); err != nil {
		return err
	}
	if top := l.Frequency * math.Pow(l.Lacunarity, float64(l.Octaves-1)); top > MaxFrequency {
		return fmt.Errorf("world: %s: highest octave frequency %v exceeds %v", name, top, MaxFrequency)
	}
	if err := inRange(name+".amplitude", l.Amplitude, -MaxAmplitude, MaxAmplitude); err != nil {
		return err
	}
	if err := inRange(name+".warp_amplitude", l.WarpAmplitude, 0, MaxWarp); err != nil {
		return err
	}
	if err := inRange(name+".warp_frequency", l.WarpFrequency, 0, MaxFrequency); err != nil {
		return err
	}
	if l.WarpAmplitude > 0 && l.WarpFrequency <= 0 {
		return fmt.Errorf("world: %s: warp_amplitude > 0 needs a positive warp_frequency", name)
	}
	return nil
}

func validColor(name string, c [4]float32) error {
	for i, v := range c {
		if err := inRange(fmt.Sprintf("%s.color[%d]", name, i), float64(v), 0, 1); err != nil {
			return err
		}
	}
	return nil
}

func isPow2(n int) bool { return n > 0 && n&(n-1) == 0 }

// Validate reports the first problem that would make generation fail, produce non-finite
// values or exhaust memory. A nil error means every generator may use c.
func (c *WorldConfig) Validate() error {
	if c.Format != ConfigFormat {
		return fmt.Errorf("world: format %d unsupported (want %d)", c.Format, ConfigFormat)
	}
	if c.Mode != "" && c.Mode != ModeVoxel {
		return fmt.Errorf("world: mode %q unknown (want \"\" for heightmap or %q)", c.Mode, ModeVoxel)
	}
	if c.Chunk.Heightmap < 4 || c.Chunk.Heightmap > MaxHeightmapChunk || !isPow2(c.Chunk.Heightmap) {
		return fmt.Errorf("world: chunk.heightmap %d must be a power of two in [4, %d]", c.Chunk.Heightmap, MaxHeightmapChunk)
	}
	if c.Chunk.Voxel < 4 || c.Chunk.Voxel > MaxVoxelChunk {
		return fmt.Errorf("world: chunk.voxel %d must be in [4, %d]", c.Chunk.Voxel, MaxVoxelChunk)
	}
	for _, f := range []struct {
		n string
		v float64
	}{{"vertical.min_y", c.Vertical.MinY}, {"vertical.max_y", c.Vertical.MaxY}, {"sea_level", c.SeaLevel}, {"base_y", c.BaseY}} {
		if err := inRange(f.n, f.v, -MaxCoord, MaxCoord); err != nil {
			return err
		}
	}
	if r := c.Vertical.MaxY - c.Vertical.MinY; !(r > 0) || r > MaxVerticalRange {
		return fmt.Errorf("world: vertical range max_y-min_y = %v must be in (0, %d]", r, MaxVerticalRange)
	}
	if len(c.Layers) == 0 || len(c.Layers) > MaxLayers {
		return fmt.Errorf("world: %d height layers, want 1..%d", len(c.Layers), MaxLayers)
	}
	for i, l := range c.Layers {
		if err := l.validate(fmt.Sprintf("layers[%d]", i)); err != nil {
			return err
		}
	}
	if err := c.Climate.Temperature.validate("climate.temperature"); err != nil {
		return err
	}
	if err := c.Climate.Moisture.validate("climate.moisture"); err != nil {
		return err
	}
	if len(c.Materials) == 0 || len(c.Materials) > MaxMaterials {
		return fmt.Errorf("world: %d materials, want 1..%d", len(c.Materials), MaxMaterials)
	}
	for i, m := range c.Materials {
		if err := validColor(fmt.Sprintf("materials[%d]", i), m.Color); err != nil {
			return err
		}
	}
	if len(c.Biomes) == 0 || len(c.Biomes) > MaxBiomes {
		return fmt.Errorf("world: %d biomes, want 1..%d", len(c.Biomes), MaxBiomes)
	}
	for i, b := range c.Biomes {
		n := fmt.Sprintf("biomes[%d]", i)
		if err := inRange(n+".temperature", b.Temperature, -1, 1); err != nil {
			return err
		}
		if err := inRange(n+".moisture", b.Moisture, -1, 1); err != nil {
			return err
		}
		if err := inRange(n+".height_scale", b.HeightScale, -64, 64); err != nil {
			return err
		}
		if err := inRange(n+".height_offset", b.HeightOffset, -MaxAmplitude, MaxAmplitude); err != nil {
			return err
		}
		if err := validColor(n, b.Color); err != nil {
			return err
		}
		if int(b.Material) >= len(c.Materials) {
			return fmt.Errorf("world: %s.material %d has no entry in materials", n, b.Material)
		}
	}
	if err := c.Caves.Noise.validate("caves.noise"); err != nil {
		return err
	}
	if err := c.Caves.Overhang.validate("caves.overhang"); err != nil {
		return err
	}
	if err := inRange("caves.threshold", c.Caves.Threshold, -1, 1); err != nil {
		return err
	}
	if err := inRange("caves.strength", c.Caves.Strength, 0, MaxAmplitude); err != nil {
		return err
	}
	if err := inRange("caves.min_depth", c.Caves.MinDepth, 0, MaxVerticalRange); err != nil {
		return err
	}
	if int(c.Caves.Material) >= len(c.Materials) {
		return fmt.Errorf("world: caves.material %d has no entry in materials", c.Caves.Material)
	}
	if err := inRange("skirt_depth", c.SkirtDepth, 0, MaxAmplitude); err != nil {
		return err
	}
	if err := c.validatePipeline(); err != nil {
		return err
	}
	seen := map[string]bool{}
	for _, s := range c.Stages {
		if seen[s] {
			return fmt.Errorf("world: stage %q listed twice", s)
		}
		seen[s] = true
		if !KnownStage(s) {
			return fmt.Errorf("world: unknown stage %q (a user stage must be registered in this process before a world enabling it is built)", s)
		}
	}
	return nil
}

// knownStages is extended by RegisterStageName (package chunk registers plug-in stages).
var knownStages = map[string]bool{}

func init() {
	for _, s := range DefaultStages {
		knownStages[s] = true
	}
}

// RegisterStageName makes name acceptable in WorldConfig.Stages. Call it from init (or at
// run time, before a world enabling it is built).
func RegisterStageName(name string) {
	filterMu.Lock()
	defer filterMu.Unlock()
	knownStages[name] = true
}

// KnownStage reports whether name is a registered stage.
func KnownStage(name string) bool {
	filterMu.RLock()
	defer filterMu.RUnlock()
	return knownStages[name]
}

// Encode returns the canonical JSON encoding of c: fixed field order, shortest
// round-tripping floats, no insignificant whitespace. It is the input of Hash.
func (c *WorldConfig) Encode() ([]byte, error) {
	if err := c.Validate(); err != nil {
		return nil, err
	}
	return json.Marshal(c)
}

// Hash names the world: the hex SHA-256 of its canonical encoding.
func (c *WorldConfig) Hash() (string, error) {
	b, err := c.Encode()
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:]), nil
}

// Decode parses and validates a JSON config. Unknown fields, trailing data, a wrong
// format version, input over MaxConfigBytes and any invalid value are errors.
func Decode(data []byte) (WorldConfig, error) {
	var c WorldConfig
	if len(data) > MaxConfigBytes {
		return c, fmt.Errorf("world: config is %d bytes, limit %d", len(data), MaxConfigBytes)
	}
	var probe struct {
		Format *int `json:"format"`
	}
	if err := json.Unmarshal(data, &probe); err != nil {
		return c, fmt.Errorf("world: decode: %w", err)
	}
	if probe.Format == nil {
		return c, errors.New("world: config has no format field")
	}
	if *probe.Format != ConfigFormat {
		return c, fmt.Errorf("world: format %d unsupported (want %d)", *probe.Format, ConfigFormat)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&c); err != nil {
		return WorldConfig{}, fmt.Errorf("world: decode: %w", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return WorldConfig{}, errors.New("world: trailing data after config")
	}
	if err := c.Validate(); err != nil {
		return WorldConfig{}, err
	}
	return c, nil
}
