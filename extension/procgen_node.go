// Package extension holds the Godot-facing classes of ProcGen. It converts between engine
// calls and the pure-Go packages procgen and storage; no generation logic lives here.
package extension

import (
	"errors"
	"fmt"
	"maps"
	"math"
	"slices"
	"time"

	"graphics.gd/classdb"
	"graphics.gd/classdb/ArrayMesh"
	"graphics.gd/classdb/Engine"
	"graphics.gd/classdb/Material"
	"graphics.gd/classdb/Node3D"
	"graphics.gd/classdb/ShaderMaterial"
	"graphics.gd/variant"
	"graphics.gd/variant/Array"
	"graphics.gd/variant/Float"
	"graphics.gd/variant/Path"
	"graphics.gd/variant/Signal"
	"graphics.gd/variant/Vector3"
	"graphics.gd/variant/Vector3i"

	"github.com/procgen-godot/procgen/bindings"
	"github.com/procgen-godot/procgen/procgen/chunk"
	"github.com/procgen-godot/procgen/procgen/edit"
	"github.com/procgen-godot/procgen/procgen/schedule"
	"github.com/procgen-godot/procgen/procgen/world"
)

// Version is the library version reported to GDScript by ProcGen.get_version().
const Version = "0.2.0"

// Limits on inspector values; values outside are rejected with an error.
const (
	maxViewDistance = 32
	maxFrameBudget  = 100.0
)

// ProcGen is the main node: a procedurally generated world rooted at this Node3D. Chunks
// near its viewers are generated in goroutines and shown as MeshInstance3D children.
type ProcGen struct {
	Node3D.Extension[ProcGen] `gd:"ProcGen"`
	classdb.Tool              // runs in the editor too: the inspector previews the world

	Seed      int               `gd:"seed" group:"World"`
	Mode      int               `gd:"mode" group:"World" range:"0,1"`
	ChunkSize int               `gd:"chunk_size" group:"World" range:"8,256,8"`
	SeaLevel  float64           `gd:"sea_level" group:"World" range:"-512,512,0.5"`
	Material  Material.Instance `gd:"material" group:"World"`
	Amplitude float64           `gd:"amplitude" group:"Noise" range:"0,1024,0.5"`
	Frequency float64           `gd:"frequency" group:"Noise" range:"0.0001,1,0.0001"`
	Octaves   int               `gd:"octaves" group:"Noise" range:"1,16"`
	Biomes    bool              `gd:"biomes" group:"Noise"`
	// World, when set, defines the whole world config (world_resource.go).
	World *ProcGenWorld `gd:"world" group:"World"`

	Water           bool    `gd:"water" group:"Look"`
	HorizonDistance float64 `gd:"horizon_distance" group:"Look" range:"0,16384,64"`

	WorldId     string `gd:"world_id" group:"Storage"`
	StoragePath string `gd:"storage_path" group:"Storage"`

	Viewer            Path.ToNode `gd:"viewer" group:"Streaming"`
	ViewDistance      int         `gd:"view_distance" group:"Streaming" range:"0,32"`
	LodDistance       int         `gd:"lod_distance" group:"Streaming" range:"1,32"`
	FrameBudgetMs     float64     `gd:"frame_budget_ms" group:"Streaming" range:"0.1,100,0.1"`
	LoadingBudgetMs   float64     `gd:"loading_budget_ms" group:"Streaming" range:"0,100,0.1"`
	Workers           int         `gd:"workers" group:"Streaming" range:"0,64"`
	Collision         bool        `gd:"collision" group:"Streaming"`
	CollisionDistance int         `gd:"collision_distance" group:"Streaming" range:"0,32"`
	Meshes            bool        `gd:"meshes" group:"Streaming"`
	Streaming         bool        `gd:"streaming" group:"Streaming"`

	// Signal fields are named apart from their Godot names: graphics.gd would otherwise
	// also expose them as properties that hide the signals.
	ChunkLoadedSignal    Signal.Solo[Vector3i.XYZ] `gd:"chunk_loaded(coord)"`
	ChunkUnloadedSignal  Signal.Solo[Vector3i.XYZ] `gd:"chunk_unloaded(coord)"`
	ChunkUpdatedSignal   Signal.Solo[Vector3i.XYZ] `gd:"chunk_updated(coord)"`
	WorldReadySignal     Signal.Void               `gd:"world_ready"`
	StorageErrorSignal   Signal.Solo[string]       `gd:"storage_error(message)"`
	EditsCommittedSignal Signal.Solo[[]int64]      `gd:"edits_committed(ids)"`
	PipelineChangedSig   Signal.Void               `gd:"pipeline_changed"`

	ExportProgressSignal Signal.Pair[int, int]    `gd:"export_progress(done,total)"` // export.go
	ExportFinishedSignal Signal.Pair[string, int] `gd:"export_finished(path,error)"`

	state        *worldState
	pool         chunkPool              // unloaded chunk nodes kept for reuse (chunk_pool.go)
	edits        *editLog               // the node's edits; they survive world rebuilds and leaving the tree
	badCfg       *world.WorldConfig     // last rejected settings, so their error is pushed once
	extra        map[Node3D.ID]struct{} // viewers added with add_viewer (ids: references expire)
	viewerWarned bool
	netState     *netState // client/server networking (net_*.go), created on first use
	adopted      string    // world_id and store whose stored settings were taken
	// surfaceLayout is 1 when this engine keeps mesh surfaces in the layout
	// bindings.EncodeSurface writes, -1 when not, 0 before surfacesEncodable checked.
	surfaceLayout int
	pipe          nodePipeline // sources and filters beyond the properties (pipeline.go)
	sinks         sinkSwitches // storage, network and export switched off (sinks.go)
	// base is the world config the properties apply to (nil: world.Default): the last one
	// taken from a ProcGenWorld, a server or a store. worldRes is the resource last seen in
	// World and worldResCfg its values then (world_resource.go).
	base        *world.WorldConfig
	worldRes    *ProcGenWorld
	worldResCfg *world.WorldConfig

	exporting *exportJob // the running export_gltf (export.go)

	// The built-in terrain material (terrain_material.go) and the sea level it was given.
	terrainMat    ShaderMaterial.Instance
	terrainSea    float64
	terrainSeaSet bool
	sea           seaSurface // the water surface (water.go)
}

// NewProcGen returns a ProcGen with the default settings; Godot calls it for ProcGen.new().
func NewProcGen() *ProcGen {
	d := world.Default(0)
	return &ProcGen{
		ChunkSize:         d.Chunk.Heightmap,
		SeaLevel:          d.SeaLevel,
		Amplitude:         d.Layers[0].Amplitude,
		Frequency:         d.Layers[0].Frequency,
		Octaves:           d.Layers[0].Octaves,
		Biomes:            true,
		ViewDistance:      4,
		LodDistance:       4,
		FrameBudgetMs:     2,
		LoadingBudgetMs:   defaultLoadingBudget,
		Collision:         true,
		CollisionDistance: 2,
		Meshes:            true,
		Streaming:         true,
		Water:             true,
		HorizonDistance:   defaultHorizonDistance,
	}
}

// Register makes every class of this package known to Godot. Call it from the library's main.
func Register() {
	docs := maps.Clone(classDocs)
	maps.Copy(docs, pipelineDocs)
	maps.Copy(docs, exportDocs)
	maps.Copy(docs, worldNodeDocs)
	classdb.Register[ProcGen](NewProcGen, docs)
	classdb.Register[ProcGenSync](NewProcGenSync, syncDocs)
	registerWorldResource()
}

// config turns the inspector properties into a world config.
func (p *ProcGen) config() world.WorldConfig {
	c := world.Default(int64(p.Seed))
	if p.base != nil {
		// The properties and pipeline apply to the base as they do to the default world.
		c = p.base.Clone()
		c.Seed, c.Mode, c.Stages = int64(p.Seed), "", world.Default(0).Stages
	}
	c.Chunk.Heightmap = p.ChunkSize
	c.SeaLevel = p.SeaLevel
	c.Layers[0].Amplitude = p.Amplitude
	c.Layers[0].Frequency = p.Frequency
	c.Layers[0].Octaves = p.Octaves
	if p.Mode == modeVoxel {
		c.Mode = world.ModeVoxel
	}
	if !p.Biomes {
		stages := c.Stages[:0:0]
		for _, s := range c.Stages {
			if s != world.StageBiomes {
				stages = append(stages, s)
			}
		}
		c.Stages = stages
	}
	return p.pipe.apply(c)
}

// applyConfig sets the node's properties so that config() gives cfg, or changes nothing and
// fails when cfg uses settings the properties cannot express. It is how a node takes a world
// defined elsewhere: by its server, or by the storage a world_id names.
func (p *ProcGen) applyConfig(cfg world.WorldConfig) error {
	if len(cfg.Layers) == 0 {
		return fmt.Errorf("world config has no noise layer")
	}
	old := *p
	base := cfg.Clone()
	p.base = &base
	p.Mode = modeHeightmap
	if cfg.Mode == world.ModeVoxel {
		p.Mode = modeVoxel
	}
	p.Seed = int(cfg.Seed)
	p.ChunkSize = cfg.Chunk.Heightmap
	p.SeaLevel = cfg.SeaLevel
	p.Amplitude = cfg.Layers[0].Amplitude
	p.Frequency = cfg.Layers[0].Frequency
	p.Octaves = cfg.Layers[0].Octaves
	p.Biomes = slices.Contains(cfg.Stages, world.StageBiomes)
	p.pipe = pipelineOf(cfg)
	if got := p.config(); !world.Same(got, cfg) {
		p.pipe, p.base = old.pipe, old.base
		p.Mode, p.Seed, p.ChunkSize, p.SeaLevel = old.Mode, old.Seed, old.ChunkSize, old.SeaLevel
		p.Amplitude, p.Frequency, p.Octaves, p.Biomes = old.Amplitude, old.Frequency, old.Octaves, old.Biomes
		return world.DiffError("it uses settings a ProcGen node cannot express", cfg, got)
	}
	return nil
}

// adoptStoredWorld makes a node whose world_id names a stored world take that world's
// settings (once per world_id and store): a server started from nothing rebuilds the world
// from the local store or the database, not from its own inspector values. The returned
// func releases the store it opened; call it once the world is open.
func (p *ProcGen) adoptStoredWorld() (release func()) {
	key := p.WorldId + "\x00" + p.StoragePath
	if p.WorldId == "" || p.adopted == key {
		return func() {}
	}
	p.adopted = key
	cfg, ok, release, err := storedConfig(p.StoragePath, p.WorldId)
	switch {
	case err != nil:
		Engine.RaiseWarning(fmt.Sprintf("ProcGen: reading stored world %q: %v", p.WorldId, err))
	case ok && !world.Same(cfg, p.config()):
		if err := p.applyConfig(cfg); err != nil {
			Engine.Raise(fmt.Errorf("ProcGen: stored world %q: %w", p.WorldId, err))
			break
		}
		Engine.RaiseWarning(fmt.Sprintf("ProcGen: world %q is stored with other settings; using the stored ones", p.WorldId))
	}
	return release
}

// world returns the compiled world for the current properties, rebuilding it (and dropping
// every loaded chunk) when a property changed. It returns nil, after push_error, when the
// properties do not make a valid world; the previous world keeps running.
func (p *ProcGen) world() *worldState {
	if p.Workers < 0 || p.Workers > 64 {
		Engine.Raise(fmt.Errorf("ProcGen: workers %d out of range [0,64]; using 0 (one per core)", p.Workers))
		p.Workers = 0
	}
	if p.Mode != modeHeightmap && p.Mode != modeVoxel {
		Engine.Raise(fmt.Errorf("ProcGen: mode %d is neither 0 (heightmap) nor 1 (voxel); using heightmap", p.Mode))
		p.Mode = modeHeightmap
	}
	p.syncWorldResource()
	defer p.adoptStoredWorld()()
	cfg := p.config()
	opt := p.worldOptions()
	if p.state != nil && p.state.sameConfig(cfg, opt) {
		return p.state
	}
	if p.badCfg != nil && configEqual(*p.badCfg, cfg) {
		return p.state // already reported; keep running the previous world (or none)
	}
	if p.edits == nil {
		p.edits = newEditLog(1)
	}
	st, err := newWorldState(cfg, p.edits, opt)
	if err != nil {
		Engine.Raise(fmt.Errorf("ProcGen: invalid settings, keeping the previous world: %w", err))
		p.badCfg = &cfg
		return p.state
	}
	p.badCfg = nil
	if p.state != nil {
		if !carryChunks(p.state, st) {
			p.unloadAll()
		}
		p.state.close()
	}
	p.state = st
	p.applyStorageSink(st)
	return st
}

// worldOptions are the node's settings a world starts with.
func (p *ProcGen) worldOptions() worldOptions {
	opt := worldOptions{mode: p.Mode, workers: p.Workers, worldID: p.WorldId, path: p.StoragePath, output: outputCollision}
	if p.Meshes {
		opt.output = outputArrays
		if p.surfacesEncodable() {
			opt.output = outputSurfaces
		}
	}
	return opt
}

// GetHeight returns the terrain height at (x, z), edits included.
func (p *ProcGen) GetHeight(x, z float64) float64 {
	if err := checkFinite("get_height", x, z); err != nil {
		Engine.Raise(err)
		return 0
	}
	st := p.world()
	if st == nil {
		return 0
	}
	var h float64
	st.onMainThread(func() { h = st.height(x, z) })
	return h
}

// GetBiome returns the biome id at (x, z).
func (p *ProcGen) GetBiome(x, z float64) int {
	if err := checkFinite("get_biome", x, z); err != nil {
		Engine.Raise(err)
		return -1
	}
	st := p.world()
	if st == nil {
		return -1
	}
	return int(st.w.Biome(x, z))
}

// SampleDensity returns the voxel density at pos (positive is solid), caves carved.
func (p *ProcGen) SampleDensity(pos Vector3.XYZ) float64 {
	x, y, z := float64(pos.X), float64(pos.Y), float64(pos.Z)
	if err := checkFinite("sample_density", x, y, z); err != nil {
		Engine.Raise(err)
		return 0
	}
	st := p.world()
	if st == nil {
		return 0
	}
	var h float64
	st.onMainThread(func() { h = st.height(x, z) })
	d := st.w.Density(x, y, z, h)
	if st.cfg.StageEnabled(world.StageCaves) {
		d = st.w.Carve(x, y, z, h, d) // what voxel chunks show: caves carved
	}
	return d
}

// GenerateChunkMesh generates heightmap chunk (coord.x, coord.z) synchronously and returns
// its mesh; coord.y must be 0. For tools and tests: streaming never blocks like this.
func (p *ProcGen) GenerateChunkMesh(coord Vector3i.XYZ) ArrayMesh.Instance {
	var mesh ArrayMesh.Instance
	err := p.withChunkArrays(coord, func(arrays bindings.MeshArrays) (err error) {
		if len(arrays.Indices) == 0 {
			mesh = ArrayMesh.New() // all air or all solid: an empty mesh
			return nil
		}
		mesh, err = p.newMesh(arrays)
		return err
	})
	if err != nil {
		if err != errNoWorld {
			Engine.Raise(fmt.Errorf("ProcGen.generate_chunk_mesh: %w", err))
		}
		return ArrayMesh.Nil
	}
	return mesh
}

// GetChunkArrays generates the chunk at coord synchronously, like generate_chunk_mesh, and
// returns its surface arrays (Mesh.ARRAY_MAX long, for ArrayMesh.add_surface_from_arrays
// or SurfaceTool), or an empty array after an error.
func (p *ProcGen) GetChunkArrays(coord Vector3i.XYZ) Array.Any {
	var out []variant.Any
	err := p.withChunkArrays(coord, func(arrays bindings.MeshArrays) error {
		// The arrays are pooled buffers: the engine gets copies.
		arrays = bindings.MeshArrays{Positions: slices.Clone(arrays.Positions), Normals: slices.Clone(arrays.Normals),
			Colors: slices.Clone(arrays.Colors), UVs: slices.Clone(arrays.UVs), Weights: slices.Clone(arrays.Weights), Indices: slices.Clone(arrays.Indices)}
		if len(arrays.Indices) == 0 {
			arrays.Positions, arrays.Weights = nil, nil // all air or all solid
		}
		for _, a := range arrays.SurfaceArrays() {
			out = append(out, variant.New(a))
		}
		return nil
	})
	if err != nil {
		if err != errNoWorld {
			Engine.Raise(fmt.Errorf("ProcGen.get_chunk_arrays: %w", err))
		}
		return Array.New[variant.Any]()
	}
	return Array.New(out...)
}

// errNoWorld: the settings are invalid and world() has already said so.
var errNoWorld = errors.New("no valid world settings")

// withChunkArrays generates the full-detail chunk at coord on the calling goroutine and
// passes its arrays, valid only during the call, to use.
func (p *ProcGen) withChunkArrays(coord Vector3i.XYZ, use func(bindings.MeshArrays) error) error {
	st := p.world()
	if st == nil {
		return errNoWorld
	}
	if st.opt.mode == modeVoxel {
		c := st.voxels.Get().(*chunk.Voxel)
		defer st.voxels.Put(c)
		var err error
		st.onMainThread(func() {
			err = c.Generate(st.w, coord.X, coord.Y, coord.Z, st.edits.near(schedule.EditBox(st.cfg, st.scheduleKey(chunkKey(coord), 1))))
		})
		if err != nil {
			return err
		}
		return use(bindings.MeshArrays{Positions: c.Positions, Normals: c.Normals, Colors: c.Colors, Weights: c.Weights, Indices: c.Indices})
	}
	if coord.Y != 0 {
		return fmt.Errorf("heightmap chunks have y = 0, got %d", coord.Y)
	}
	c := st.chunks.Get().(*chunk.Heightmap)
	defer st.chunks.Put(c)
	var err error
	st.onMainThread(func() {
		err = c.Generate(st.w, coord.X, coord.Z, 1, st.edits.near(schedule.EditBox(st.cfg, st.scheduleKey(chunkKey(coord), 1))))
	})
	if err != nil {
		return err
	}
	return use(bindings.MeshArrays{Positions: c.Positions, Normals: c.Normals, Colors: c.Colors, UVs: c.UVs, Weights: c.Weights, Indices: c.Indices})
}

// newMesh builds an ArrayMesh of arrays: from surface bytes encoded in Go when this engine
// keeps the layout EncodeSurface writes, else through add_surface_from_arrays.
func (p *ProcGen) newMesh(arrays bindings.MeshArrays) (ArrayMesh.Instance, error) {
	if !p.surfacesEncodable() {
		return bindings.NewArrayMesh(arrays)
	}
	s, err := bindings.EncodeSurface(arrays)
	if err != nil {
		return ArrayMesh.Nil, err
	}
	return bindings.NewArrayMeshFromSurface(s), nil
}

// encodeSetting turns off encoding mesh surfaces in the workers when false: Godot then
// converts every chunk's arrays on the main thread (slower frames), for engines whose
// layout the check cannot vouch for.
const encodeSetting = "procgen/meshes/encode_in_workers"

// surfacesEncodable reports whether mesh surfaces are encoded in Go (off the main thread):
// unless the project setting turns it off, when the running engine keeps the layout
// EncodeSurface writes. It checks once per node and warns if not.
func (p *ProcGen) surfacesEncodable() bool {
	if p.surfaceLayout == 0 {
		p.surfaceLayout = 1
		if !settingBool(encodeSetting, true) {
			p.surfaceLayout = -1 // turned off in the project settings
		} else if err := bindings.CheckSurfaceLayout(); err != nil {
			p.surfaceLayout = -1
			Engine.RaiseWarning(fmt.Sprintf("ProcGen: building meshes on the main thread: %v", err))
		}
	}
	return p.surfaceLayout > 0
}

// ApplyEdit applies an edit of kind ("raise", "lower", "flatten", "add_density",
// "remove_density", "paint") at pos and returns its sequence number, or -1 after push_error
// when the edit is invalid. Affected loaded chunks regenerate.
func (p *ProcGen) ApplyEdit(kind string, pos Vector3.XYZ, radius, amount float64, material int) int {
	if p.netState != nil && p.netState.worldID != "" {
		Engine.Raise(fmt.Errorf("ProcGen.apply_edit: this node is a network client of world %q; request edits from the server with ProcGenSync.request_edit", p.netState.worldID))
		return -1
	}
	k, ok := editKinds[kind]
	if !ok {
		Engine.Raise(fmt.Errorf("ProcGen.apply_edit: unknown kind %q (want raise, lower, flatten, add_density, remove_density or paint)", kind))
		return -1
	}
	if material < 0 || material > 255 {
		Engine.Raise(fmt.Errorf("ProcGen.apply_edit: material %d out of range [0,255]", material))
		return -1
	}
	st := p.world()
	if st == nil {
		return -1
	}
	d := edit.Delta{Kind: k, Material: uint8(material), X: float64(pos.X), Y: float64(pos.Y), Z: float64(pos.Z), Radius: radius, Amount: amount}
	d, _, err := st.addEdit(d)
	if err != nil {
		Engine.Raise(fmt.Errorf("ProcGen.apply_edit: %w", err))
		return -1
	}
	p.refresh(st, d)
	return int(d.ID.Seq)
}

var editKinds = map[string]edit.Kind{
	"raise": edit.Raise, "lower": edit.Lower, "flatten": edit.Flatten,
	"add_density": edit.AddDensity, "remove_density": edit.RemoveDensity, "paint": edit.Paint,
}

// GetVersion returns the library version.
func (p *ProcGen) GetVersion() string { return Version }

// GetWorldHash returns the content hash that names the current world config.
func (p *ProcGen) GetWorldHash() string {
	st := p.world()
	if st == nil {
		return ""
	}
	return st.w.Hash()
}

// GetStorageStatus reports where the world's edits are kept and how syncing goes.
func (p *ProcGen) GetStorageStatus() map[string]any {
	st := p.world()
	out := map[string]any{"mode": "memory", "world_id": p.WorldId, "pending": 0, "uncommitted": 0, "last_sync": "", "lag_ms": 0.0, "last_error": "", "origin": 0}
	if st == nil {
		return out
	}
	out["last_error"] = st.storeErr
	if st.persist == nil {
		return out
	}
	s := st.persist.status()
	out["mode"] = s.Mode
	out["paused"] = s.Paused
	out["pending"] = int(s.Pending)
	out["uncommitted"] = int(s.Uncommitted)
	out["lag_ms"] = ms(s.Lag)
	out["last_error"] = s.LastError
	out["origin"] = int(s.Origin)
	if !s.LastSync.IsZero() {
		out["last_sync"] = s.LastSync.UTC().Format(time.RFC3339Nano)
	}
	return out
}

// Process streams chunks: called by Godot every frame.
func (p *ProcGen) Process(delta Float.X) {
	p.keepMaterials()
	p.stream()
	p.pollExport()
}

// ExitTree stops generation when the node leaves the scene tree.
func (p *ProcGen) ExitTree() {
	p.unloadAll()
	if p.state != nil {
		p.state.close()
		p.state = nil
	}
}

// OnFree releases the worker pool and the store when Godot frees the node, also for nodes
// that never entered the scene tree.
func (p *ProcGen) OnFree() {
	p.releaseWorldResource()
	if p.state != nil {
		p.state.close()
		p.state = nil
	}
}

// checkFinite reports the first NaN or infinite argument of method.
func checkFinite(method string, args ...float64) error {
	for i, v := range args {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return fmt.Errorf("ProcGen.%s: argument %d is %v; coordinates must be finite numbers", method, i+1, v)
		}
	}
	return nil
}
