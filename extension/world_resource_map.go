package extension

import (
	"fmt"
	"maps"
	"math"
	"reflect"
	"slices"
	"sort"

	"graphics.gd/variant"
	"graphics.gd/variant/Dictionary"

	"github.com/procgen-godot/procgen/procgen/chunk"
	"github.com/procgen-godot/procgen/procgen/noise"
	"github.com/procgen-godot/procgen/procgen/pipeline"
	"github.com/procgen-godot/procgen/procgen/world"
)

// This file maps a world config to a ProcGenWorld resource's properties and back. The
// nested parts a designer lists (noise layers, biomes, materials) are Dictionaries with
// the config's JSON field names, so a .tres reads like the config it encodes.

// setConfig makes r's properties describe cfg.
func (r *ProcGenWorld) setConfig(cfg world.WorldConfig) {
	cfg = cfg.Clone()
	r.Seed = int(cfg.Seed)
	r.Mode = modeHeightmap
	if cfg.Mode == world.ModeVoxel {
		r.Mode = modeVoxel
	}
	r.HeightmapChunk, r.VoxelChunk = cfg.Chunk.Heightmap, cfg.Chunk.Voxel
	r.MinY, r.MaxY = cfg.Vertical.MinY, cfg.Vertical.MaxY
	r.SeaLevel, r.BaseY, r.SkirtDepth = cfg.SeaLevel, cfg.BaseY, cfg.SkirtDepth
	r.Layers = make([]map[string]any, len(cfg.Layers))
	for i, l := range cfg.Layers {
		r.Layers[i] = layerDict(l)
	}
	r.ClimateTemperature = layerDict(cfg.Climate.Temperature)
	r.ClimateMoisture = layerDict(cfg.Climate.Moisture)
	r.Biomes = make([]map[string]any, len(cfg.Biomes))
	for i, b := range cfg.Biomes {
		r.Biomes[i] = map[string]any{"name": b.Name, "temperature": b.Temperature, "moisture": b.Moisture,
			"height_scale": b.HeightScale, "height_offset": b.HeightOffset, "color": colorOf(b.Color), "material": int(b.Material)}
	}
	r.Materials = make([]map[string]any, len(cfg.Materials))
	for i, m := range cfg.Materials {
		r.Materials[i] = map[string]any{"name": m.Name, "color": colorOf(m.Color)}
	}
	r.CavesNoise, r.CavesOverhang = layerDict(cfg.Caves.Noise), layerDict(cfg.Caves.Overhang)
	r.CavesThreshold, r.CavesStrength, r.CavesMinDepth = cfg.Caves.Threshold, cfg.Caves.Strength, cfg.Caves.MinDepth
	r.CavesMaterial = int(cfg.Caves.Material)
	r.Stages = slices.Clone(cfg.Stages)
	r.FilterParams, r.FilterModels, r.FilterVersions = map[string]any{}, map[string]any{}, map[string]any{}
	if p := cfg.Pipeline; p != nil {
		for f, kv := range p.Params {
			d := map[string]any{}
			for k, v := range kv {
				d[k] = v
			}
			r.FilterParams[f] = d
		}
		for f, id := range p.Models {
			r.FilterModels[f] = id
		}
		for f, v := range p.Versions {
			r.FilterVersions[f] = v
		}
	}
	r.recordExact(&cfg)
}

// config returns the world config r's properties describe, validated; the error names
// the first bad property.
func (r *ProcGenWorld) config() (world.WorldConfig, error) {
	c := world.WorldConfig{Format: world.ConfigFormat, Seed: int64(r.Seed),
		Chunk:    world.ChunkSizes{Heightmap: r.HeightmapChunk, Voxel: r.VoxelChunk},
		Vertical: world.Vertical{MinY: r.MinY, MaxY: r.MaxY},
		SeaLevel: r.SeaLevel, BaseY: r.BaseY, SkirtDepth: r.SkirtDepth,
		Stages: slices.Clone(r.Stages)}
	switch r.Mode {
	case modeHeightmap:
	case modeVoxel:
		c.Mode = world.ModeVoxel
	default:
		return c, fmt.Errorf("mode %d is neither 0 (heightmap) nor 1 (voxel)", r.Mode)
	}
	var err error
	for i, d := range r.Layers {
		l, err := layerOf(fmt.Sprintf("layers[%d]", i), d)
		if err != nil {
			return c, err
		}
		c.Layers = append(c.Layers, l)
	}
	if c.Climate.Temperature, err = layerOf("climate_temperature", r.ClimateTemperature); err != nil {
		return c, err
	}
	if c.Climate.Moisture, err = layerOf("climate_moisture", r.ClimateMoisture); err != nil {
		return c, err
	}
	for i, d := range r.Biomes {
		f := fields{name: fmt.Sprintf("biomes[%d]", i), d: d}
		b := world.Biome{Name: f.str("name"), Temperature: f.num("temperature"), Moisture: f.num("moisture"),
			HeightScale: f.num("height_scale"), HeightOffset: f.num("height_offset"), Color: f.color("color"),
			Material: f.material("material")}
		if err := f.done(); err != nil {
			return c, err
		}
		c.Biomes = append(c.Biomes, b)
	}
	for i, d := range r.Materials {
		f := fields{name: fmt.Sprintf("materials[%d]", i), d: d}
		m := world.Material{Name: f.str("name"), Color: f.color("color")}
		if err := f.done(); err != nil {
			return c, err
		}
		c.Materials = append(c.Materials, m)
	}
	if c.Caves.Noise, err = layerOf("caves_noise", r.CavesNoise); err != nil {
		return c, err
	}
	if c.Caves.Overhang, err = layerOf("caves_overhang", r.CavesOverhang); err != nil {
		return c, err
	}
	c.Caves.Threshold, c.Caves.Strength, c.Caves.MinDepth = r.CavesThreshold, r.CavesStrength, r.CavesMinDepth
	if r.CavesMaterial < 0 || r.CavesMaterial > 255 {
		return c, fmt.Errorf("caves_material %d out of range [0, 255]", r.CavesMaterial)
	}
	c.Caves.Material = uint8(r.CavesMaterial)
	if p, err := pipelineOfResource(r.FilterParams, r.FilterModels, r.FilterVersions); err != nil {
		return c, err
	} else {
		c.Pipeline = p
	}
	r.restoreExact(&c)
	if err := c.Validate(); err != nil {
		return c, err
	}
	// Stages encode in pipeline order, so equal pipelines hash equally.
	order := map[string]int{}
	for i, st := range chunk.Stages() {
		order[st.Name()] = i
	}
	for _, e := range pipeline.Elements() {
		if e.Required && e.Kind != pipeline.Sink && !c.StageEnabled(e.Name) {
			return c, fmt.Errorf("stages lacks %q, which the pipeline requires", e.Name)
		}
	}
	slices.SortStableFunc(c.Stages, func(a, b string) int { return order[a] - order[b] })
	r.recordExact(&c)
	return c, nil
}

// pipelineOfResource reads filter_params ({filter: {key: value}}), filter_models
// ({filter: model id}) and filter_versions ({stage: version}); nil when all are empty.
func pipelineOfResource(params, models, versions map[string]any) (*world.Pipeline, error) {
	if len(params) == 0 && len(models) == 0 && len(versions) == 0 {
		return nil, nil
	}
	p := &world.Pipeline{Version: world.PipelineFormat}
	for _, f := range slices.Sorted(maps.Keys(params)) {
		kv, ok := asDict(params[f])
		if !ok {
			return nil, fmt.Errorf("filter_params[%q] is a %T, want a Dictionary of parameter values", f, params[f])
		}
		if p.Params == nil {
			p.Params = map[string]map[string]float64{}
		}
		p.Params[f] = map[string]float64{}
		for k, v := range kv {
			x, ok := asFloat(plain(v))
			if !ok {
				return nil, fmt.Errorf("filter_params[%q][%q] is a %T, want a number", f, k, v)
			}
			p.Params[f][k] = x
		}
	}
	for _, f := range slices.Sorted(maps.Keys(models)) {
		id, ok := asString(plain(models[f]))
		if !ok {
			return nil, fmt.Errorf("filter_models[%q] is a %T, want a model id String", f, models[f])
		}
		if p.Models == nil {
			p.Models = map[string]string{}
		}
		p.Models[f] = id
	}
	for _, f := range slices.Sorted(maps.Keys(versions)) {
		v, ok := asString(plain(versions[f]))
		if !ok {
			return nil, fmt.Errorf("filter_versions[%q] is a %T, want a version String", f, versions[f])
		}
		if p.Versions == nil {
			p.Versions = map[string]string{}
		}
		p.Versions[f] = v
	}
	return p, nil
}

// layerDict is a noise layer as a Dictionary with the config's field names.
func layerDict(l world.NoiseLayer) map[string]any {
	return map[string]any{"amplitude": l.Amplitude, "octaves": l.Octaves, "frequency": l.Frequency,
		"lacunarity": l.Lacunarity, "gain": l.Gain, "warp_amplitude": l.WarpAmplitude, "warp_frequency": l.WarpFrequency,
		"basis": string(l.Basis), "shape": l.Shape}
}

// layerOf reads a noise layer Dictionary; missing keys are zero (basis and shape: the
// defaults), unknown keys and values of the wrong type are errors.
func layerOf(name string, d map[string]any) (world.NoiseLayer, error) {
	f := fields{name: name, d: d}
	l := world.NoiseLayer{Amplitude: f.num("amplitude"), Octaves: f.integer("octaves"), Frequency: f.num("frequency"),
		Lacunarity: f.num("lacunarity"), Gain: f.num("gain"), WarpAmplitude: f.num("warp_amplitude"),
		WarpFrequency: f.num("warp_frequency"), Basis: noise.Basis(f.str("basis")), Shape: f.str("shape")}
	return l, f.done()
}

// fields reads typed values out of a Dictionary and remembers the first problem.
type fields struct {
	name string
	d    map[string]any
	used map[string]bool
	err  error
}

func (f *fields) get(key string) (any, bool) {
	if f.used == nil {
		f.used = map[string]bool{}
	}
	f.used[key] = true
	v, ok := f.d[key]
	v = plain(v)
	return v, ok && v != nil
}

func (f *fields) fail(key string, v any, want string) {
	if f.err == nil {
		f.err = fmt.Errorf("%s.%s is %v (%T), want %s", f.name, key, v, v, want)
	}
}

func (f *fields) num(key string) float64 {
	v, ok := f.get(key)
	if !ok {
		return 0
	}
	x, ok := asFloat(v)
	if !ok {
		f.fail(key, v, "a number")
	}
	return x
}

func (f *fields) integer(key string) int {
	x := f.num(key)
	if x != math.Trunc(x) || math.Abs(x) > 1<<31 {
		f.fail(key, x, "an integer")
		return 0
	}
	return int(x)
}

func (f *fields) material(key string) uint8 {
	n := f.integer(key)
	if n < 0 || n > 255 {
		f.fail(key, n, "a material index in [0, 255]")
		return 0
	}
	return uint8(n)
}

func (f *fields) str(key string) string {
	v, ok := f.get(key)
	if !ok {
		return ""
	}
	s, ok := asString(v)
	if !ok {
		f.fail(key, v, "a String")
	}
	return s
}

func (f *fields) color(key string) [4]float32 {
	v, ok := f.get(key)
	if !ok {
		f.fail(key, "nothing", "a Color")
		return [4]float32{}
	}
	c, ok := asColor(v)
	if !ok {
		f.fail(key, v, "a Color")
	}
	return c
}

// done reports the first bad value, or an unknown key (a typo would otherwise be ignored).
func (f *fields) done() error {
	if f.err != nil {
		return f.err
	}
	keys := make([]string, 0, len(f.d))
	for k := range f.d {
		if !f.used[k] {
			keys = append(keys, k)
		}
	}
	if len(keys) > 0 {
		sort.Strings(keys)
		known := slices.Sorted(maps.Keys(f.used))
		return fmt.Errorf("%s has unknown key %q (known: %v)", f.name, keys[0], known)
	}
	return nil
}

// asFloat accepts any Go number (Godot ints arrive as int64, floats as float64).
func asFloat(v any) (float64, bool) {
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Float32, reflect.Float64:
		return rv.Float(), true
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return float64(rv.Int()), true
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return float64(rv.Uint()), true
	}
	return 0, false
}

// asString accepts a Go string or a Godot String/StringName (anything with String()).
func asString(v any) (string, bool) {
	switch s := v.(type) {
	case string:
		return s, true
	case fmt.Stringer:
		if reflect.TypeOf(v).Kind() == reflect.String || reflect.TypeOf(v).Kind() == reflect.Struct {
			return s.String(), true
		}
	}
	if rv := reflect.ValueOf(v); rv.Kind() == reflect.String {
		return rv.String(), true
	}
	return "", false
}

// plain unwraps a Variant into the Go value it holds.
func plain(v any) any {
	if a, ok := v.(variant.Any); ok {
		return a.Interface()
	}
	return v
}

// asDict accepts a map with string keys, or a Godot Dictionary.
func asDict(v any) (map[string]any, bool) {
	switch d := plain(v).(type) {
	case Dictionary.Any:
		out := map[string]any{}
		for k, x := range d.Iter() {
			s, ok := asString(plain(k))
			if !ok {
				return nil, false
			}
			out[s] = plain(x)
		}
		return out, true
	case map[string]any:
		return d, true
	case map[any]any:
		out := map[string]any{}
		for k, x := range d {
			s, ok := asString(k)
			if !ok {
				return nil, false
			}
			out[s] = x
		}
		return out, true
	}
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Map {
		return nil, false
	}
	out := map[string]any{}
	for it := rv.MapRange(); it.Next(); {
		s, ok := asString(it.Key().Interface())
		if !ok {
			return nil, false
		}
		out[s] = it.Value().Interface()
	}
	return out, true
}

// asColor accepts a Godot Color (a struct with R, G, B, A) or 3 or 4 numbers.
func asColor(v any) ([4]float32, bool) {
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Struct:
		var c [4]float32
		for i, n := range []string{"R", "G", "B", "A"} {
			fv := rv.FieldByName(n)
			if !fv.IsValid() || (fv.Kind() != reflect.Float32 && fv.Kind() != reflect.Float64) {
				return c, false
			}
			c[i] = float32(fv.Float())
		}
		return c, true
	case reflect.Slice, reflect.Array:
		if rv.Len() != 3 && rv.Len() != 4 {
			return [4]float32{}, false
		}
		c := [4]float32{0, 0, 0, 1}
		for i := range rv.Len() {
			x, ok := asFloat(rv.Index(i).Interface())
			if !ok {
				return c, false
			}
			c[i] = float32(x)
		}
		return c, true
	}
	return [4]float32{}, false
}
