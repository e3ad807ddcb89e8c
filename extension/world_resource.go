package extension

import (
	"fmt"

	"graphics.gd/classdb"
	"graphics.gd/classdb/Engine"
	"graphics.gd/classdb/Node"
	"graphics.gd/classdb/Resource"
	"graphics.gd/variant/Color"

	"github.com/procgen-godot/procgen/procgen/world"
)

// ProcGenWorld is a whole world config as a Resource: noise layers, climate, biomes,
// materials, caves and the pipeline (enabled stages, filter parameters and models). A
// designer saves it as a .tres and shares it; assigned to a ProcGen node's world property,
// it defines that node's world, and its get_world_hash() is the world's identity.
type ProcGenWorld struct {
	Resource.Extension[ProcGenWorld] `gd:"ProcGenWorld"`

	Seed           int     `gd:"seed" group:"World"`
	Mode           int     `gd:"mode" group:"World" range:"0,1"`
	HeightmapChunk int     `gd:"heightmap_chunk_size" group:"World" range:"4,256,4"`
	VoxelChunk     int     `gd:"voxel_chunk_size" group:"World" range:"4,128,1"`
	MinY           float64 `gd:"min_y" group:"World" range:"-8192,8192,1,or_less,or_greater"`
	MaxY           float64 `gd:"max_y" group:"World" range:"-8192,8192,1,or_less,or_greater"`
	SeaLevel       float64 `gd:"sea_level" group:"World" range:"-512,512,0.5,or_less,or_greater"`
	BaseY          float64 `gd:"base_y" group:"World" range:"-512,512,0.5,or_less,or_greater"`
	SkirtDepth     float64 `gd:"skirt_depth" group:"World" range:"0,64,0.5,or_greater"`

	Layers []map[string]any `gd:"layers" group:"Noise"`

	ClimateTemperature map[string]any `gd:"climate_temperature" group:"Climate"`
	ClimateMoisture    map[string]any `gd:"climate_moisture" group:"Climate"`

	Biomes    []map[string]any `gd:"biomes" group:"Biomes"`
	Materials []map[string]any `gd:"materials" group:"Materials"`

	CavesNoise     map[string]any `gd:"caves_noise" group:"Caves"`
	CavesOverhang  map[string]any `gd:"caves_overhang" group:"Caves"`
	CavesThreshold float64        `gd:"caves_threshold" group:"Caves" range:"-1,1,0.01"`
	CavesStrength  float64        `gd:"caves_strength" group:"Caves" range:"0,256,0.5,or_greater"`
	CavesMinDepth  float64        `gd:"caves_min_depth" group:"Caves" range:"0,256,0.5,or_greater"`
	CavesMaterial  int            `gd:"caves_material" group:"Caves" range:"0,255"`

	Stages       []string       `gd:"stages" group:"Pipeline"`
	FilterParams map[string]any `gd:"filter_params" group:"Pipeline"`
	FilterModels map[string]any `gd:"filter_models" group:"Pipeline"`
	// FilterVersions names the version of each enabled versioned user stage.
	FilterVersions map[string]any `gd:"filter_versions" group:"Pipeline"`

	// ExactValues records the config's numbers exactly (world_resource_exact.go): Godot's
	// .tres reader loses digits of long decimals.
	ExactValues string `gd:"exact_values" group:"Advanced"`
}

// NewProcGenWorld returns the default world (seed 0); Godot calls it for ProcGenWorld.new().
func NewProcGenWorld() *ProcGenWorld {
	r := new(ProcGenWorld)
	r.setConfig(world.Default(0))
	return r
}

// GetWorldHash returns the content hash that names this world config (equal to a ProcGen
// node's get_world_hash() when the node runs it), or "" after push_error when a property
// is invalid.
func (r *ProcGenWorld) GetWorldHash() string {
	cfg, err := r.config()
	if err != nil {
		Engine.Raise(fmt.Errorf("ProcGenWorld.get_world_hash: %w", err))
		return ""
	}
	h, err := cfg.Hash()
	if err != nil {
		Engine.Raise(fmt.Errorf("ProcGenWorld.get_world_hash: %w", err))
		return ""
	}
	return h
}

// Validate returns "" when the properties make a valid world, or the first problem.
func (r *ProcGenWorld) Validate() string {
	cfg, err := r.config()
	if err == nil {
		_, err = world.New(cfg)
	}
	if err != nil {
		return err.Error()
	}
	return ""
}

// FillFromNode makes this resource describe node's current world config (a ProcGen
// node), so a designer can start from a node's settings or the defaults.
func (r *ProcGenWorld) FillFromNode(node Node.Instance) bool {
	p, ok := classdb.As[*ProcGen](node)
	if !ok || node == Node.Nil {
		Engine.Raise(fmt.Errorf("ProcGenWorld.fill_from_node: want a ProcGen node"))
		return false
	}
	r.setConfig(p.config())
	return true
}

// colorOf is a config colour as a Godot Color.
func colorOf(c [4]float32) Color.RGBA {
	return Color.RGBA{R: c[0], G: c[1], B: c[2], A: c[3]}
}

// syncWorldResource makes the node run its world resource's config when the resource (or
// one of its values) changed since the node last took it. An invalid resource is reported
// once and changes nothing: the node keeps its previous world.
func (p *ProcGen) syncWorldResource() {
	r := p.World
	if r != p.worldRes && p.worldRes != nil {
		// graphics.gd referenced the resource it replaced and does not release it.
		p.worldRes.AsRefCounted()[0].Unreference()
		p.worldRes, p.worldResCfg = nil, nil
	}
	if r == nil {
		return
	}
	cfg, err := r.config()
	if r == p.worldRes && p.worldResCfg != nil && configEqual(*p.worldResCfg, cfg) {
		return // unchanged (taken, or already reported)
	}
	p.worldRes, p.worldResCfg = r, &cfg
	if err == nil {
		_, err = world.New(cfg)
	}
	if err == nil && p.netState != nil && p.netState.worldID != "" {
		err = fmt.Errorf("this node is a network client of world %q; its server decides the world", p.netState.worldID)
	}
	if err != nil {
		Engine.Raise(fmt.Errorf("ProcGen.world: %w; keeping the previous world", err))
		return
	}
	if err := p.applyConfig(cfg); err != nil {
		Engine.Raise(fmt.Errorf("ProcGen.world: %w; keeping the previous world", err))
	}
}

// releaseWorldResource drops the reference the world property holds (graphics.gd takes
// one when the property is set and does not release it when the node is freed).
func (p *ProcGen) releaseWorldResource() {
	if p.worldRes != nil && p.worldRes != p.World {
		p.worldRes.AsRefCounted()[0].Unreference()
	}
	if p.World != nil {
		p.World.AsRefCounted()[0].Unreference()
	}
	p.World, p.worldRes, p.worldResCfg = nil, nil, nil
}

// worldNodeDocs document ProcGen's world property.
var worldNodeDocs = map[string]string{
	"world": "A ProcGenWorld resource that defines this node's whole world config (layers, climate, biomes, materials, caves, pipeline). Once taken, the node's properties show its values; get_world_hash() equals the resource's. Editing the resource makes a new world version. A bad value pushes an error naming it and the node keeps its previous world. Clearing it keeps the current config.",
}

// worldResourceDocs are the class reference texts of ProcGenWorld's members.
var worldResourceDocs = map[string]string{
	"seed":                 "The world seed.",
	"mode":                 "0: heightmap terrain; 1: voxel terrain with caves and overhangs.",
	"heightmap_chunk_size": "Quads per heightmap chunk side: a power of two in [4, 256].",
	"voxel_chunk_size":     "Voxels per voxel chunk side, in [4, 128].",
	"min_y":                "Bottom of the world (the voxel world is solid below it).",
	"max_y":                "Top of the world; max_y - min_y is at most 8192.",
	"sea_level":            "Height of the sea surface.",
	"base_y":               "Height of a zero noise value.",
	"skirt_depth":          "How far heightmap chunk skirts hang below chunk edges per LOD step (hides LOD cracks).",
	"layers":               "Height noise layers (1-8), summed: Dictionaries with amplitude, octaves, frequency, lacunarity, gain, warp_amplitude, warp_frequency, basis (\"\" OpenSimplex or \"simplex\") and shape (\"\" fBm or \"ridged\").",
	"climate_temperature":  "The temperature noise layer (same keys as a layer) that, with moisture, chooses biomes.",
	"climate_moisture":     "The moisture noise layer (same keys as a layer).",
	"biomes":               "Biomes (1-64): Dictionaries with name, temperature and moisture (the biome's centre in climate space, each in [-1, 1]), height_scale, height_offset, color (linear albedo) and material (index into materials).",
	"materials":            "Materials (1-256): Dictionaries with name and color. Biomes and caves name them by index.",
	"caves_noise":          "The 3D noise layer that carves caves (voxel mode).",
	"caves_overhang":       "3D noise added to the density for overhangs; amplitude 0 turns it off.",
	"caves_threshold":      "Caves are carved where caves_noise exceeds this, in (-1, 1).",
	"caves_strength":       "Density units carved per unit of noise beyond the threshold.",
	"caves_min_depth":      "Caves stay this far below the surface.",
	"caves_material":       "Material index of cave walls.",
	"stages":               "The enabled pipeline stages (sources and filters, see ProcGen.get_pipeline()): for example add \"erosion\" or remove \"biomes\". Their order is fixed by the pipeline.",
	"filter_params":        "Filter parameters: {filter: {parameter: value}}, for example {\"erosion\": {\"erode\": 0.5}}; get_pipeline()'s param_ranges lists them.",
	"filter_models":        "Learned filter models: {filter: model id} (ids from ProcGen.load_model); absent means the shipped model.",
	"filter_versions":      "User stage versions: {stage: version} for each enabled stage registered with a version (ProcGen.register_height_filter). A world naming a version this process lacks is an error, not different terrain.",
	"get_world_hash":       "Returns the content hash that names this world config: equal to get_world_hash() of a ProcGen node running it. Pushes an error and returns \"\" when a value is invalid.",
	"validate":             "Returns \"\" when the values make a valid world, or a message naming the first bad value.",
	"exact_values":         "Written by the resource: the canonical JSON of the config it last described. Godot's .tres reader keeps only about 17 digits of a long decimal (1/1400 loads back as 0.00071428571428571), so on load each number that differs from its recorded value only by that loss takes the recorded value, and a saved world keeps its hash. Any real edit of a property wins. Do not edit it by hand.",
	"fill_from_node":       "Makes this resource describe the world config a ProcGen node currently runs (its properties and pipeline), to start a design from a node's settings or the defaults. Returns false after an error.",
}

// registerWorldResource registers ProcGenWorld.
func registerWorldResource() {
	classdb.Register[ProcGenWorld](NewProcGenWorld, worldResourceDocs)
}
