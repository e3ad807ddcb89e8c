package extension

import (
	"fmt"
	"os"
	"slices"

	"graphics.gd/classdb/Engine"
	"graphics.gd/classdb/ProjectSettings"

	"github.com/procgen-godot/procgen/procgen/learned"
	"github.com/procgen-godot/procgen/procgen/pipeline"
	"github.com/procgen-godot/procgen/procgen/world"
)

// nodePipeline is a node's pipeline beyond its inspector properties: the sources and
// filters switched on or off against the default world (biomes is the biomes property),
// and the filters' parameters and models. It is part of the world config, so a change
// names a new world config version.
type nodePipeline struct {
	on, off []string
	params  *world.Pipeline
}

// apply returns c with the node's pipeline.
func (np *nodePipeline) apply(c world.WorldConfig) world.WorldConfig {
	for _, s := range np.off {
		if next, err := pipeline.SetEnabled(c, s, false); err == nil {
			c = next
		}
	}
	for _, s := range np.on {
		if next, err := pipeline.SetEnabled(c, s, true); err == nil {
			c = next
		}
	}
	if np.params != nil {
		c.Pipeline = world.WorldConfig{Pipeline: np.params}.Clone().Pipeline
	}
	return c
}

// pipelineOf returns the node pipeline that makes a node's config equal cfg.
func pipelineOf(cfg world.WorldConfig) nodePipeline {
	def := world.Default(0).Stages
	var np nodePipeline
	for _, s := range cfg.Stages {
		if !slices.Contains(def, s) {
			np.on = append(np.on, s)
		}
	}
	for _, s := range def {
		if s != world.StageBiomes && !slices.Contains(cfg.Stages, s) {
			np.off = append(np.off, s)
		}
	}
	if cfg.Pipeline != nil {
		np.params = cfg.Clone().Pipeline
	}
	return np
}

// setPipeline makes cfg (which differs from the node's config only in its pipeline) the
// node's config, after checking that its world builds: a filter whose model is missing or
// whose weights are bad is reported and stays off. It reports success.
func (p *ProcGen) setPipeline(method string, cfg world.WorldConfig) bool {
	if p.netState != nil && p.netState.worldID != "" {
		Engine.Raise(fmt.Errorf("ProcGen.%s: this node is a network client of world %q; its server decides the pipeline", method, p.netState.worldID))
		return false
	}
	if _, err := world.New(cfg); err != nil {
		Engine.Raise(fmt.Errorf("ProcGen.%s: %w; the pipeline is unchanged", method, err))
		return false
	}
	if p.state != nil && p.state.persist != nil {
		// Record the version first: the rebuilt world reopens the stored world with it.
		if err := p.state.persist.recordVersion(cfg); err != nil {
			Engine.Raise(fmt.Errorf("ProcGen.%s: recording the new world version: %w; the pipeline is unchanged", method, err))
			return false
		}
	}
	p.pipe = pipelineOf(cfg)
	p.Biomes = cfg.StageEnabled(world.StageBiomes)
	if p.state != nil {
		p.world() // rebuild now: shown chunks stay until their regenerated versions land
	}
	p.emit("pipeline_changed")
	return true
}

// GetPipeline describes every pipeline element: name, kind (source, filter or sink),
// enabled, order, ms_per_chunk (measured in this world), identity (part of the world
// config and hash) and, for filters with parameters, params (current values) and
// param_ranges (min, max, default).
func (p *ProcGen) GetPipeline() []map[string]any {
	cfg := p.config()
	st := p.state
	var out []map[string]any
	for _, e := range pipeline.Elements() {
		d := map[string]any{"name": e.Name, "kind": string(e.Kind), "order": e.Order, "identity": e.Identity,
			"required": e.Required, "user": e.User, "doc": e.Doc, "ms_per_chunk": 0.0}
		if e.Kind == pipeline.Sink {
			d["enabled"] = p.sinkEnabled(e.Name)
			if st != nil {
				switch e.Name {
				case pipeline.SinkMesh:
					d["ms_per_chunk"] = st.stats.installMs.percentile(0.5)
				case pipeline.SinkCollision:
					d["ms_per_chunk"] = st.stats.collisionMs.percentile(0.5)
				}
			}
		} else {
			d["enabled"] = cfg.StageEnabled(e.Name)
			if st != nil {
				ms, _ := st.w.Timings().Mean(e.Name)
				d["ms_per_chunk"] = ms
			}
		}
		if len(e.Params) > 0 {
			vals := map[string]any{}
			ranges := map[string]any{}
			for k, v := range cfg.FilterParams(e.Name) {
				vals[k] = v
			}
			for _, ps := range e.Params {
				ranges[ps.Name] = map[string]any{"min": ps.Min, "max": ps.Max, "default": ps.Default, "integer": ps.Integer, "doc": ps.Doc}
			}
			d["params"], d["param_ranges"] = vals, ranges
		}
		if spec, ok := world.Filter(e.Name); ok && spec.Version != "" {
			d["version"] = spec.Version
			if s, ok := userStages.lookup(e.Name); ok {
				_, d["error"] = s.binding()
				d["callable_ms"] = s.meanMs()
			}
		}
		if e.Name == world.StageLearned {
			id := cfg.FilterModel(e.Name)
			if id == "" {
				id = learned.DefaultID()
			}
			d["model"] = id
		}
		out = append(out, d)
	}
	return out
}

// sinkEnabled reports whether this node runs sink name.
func (p *ProcGen) sinkEnabled(name string) bool {
	switch name {
	case pipeline.SinkMesh:
		return p.Meshes
	case pipeline.SinkCollision:
		return p.Collision
	case pipeline.SinkStorage:
		return p.state != nil && p.state.persist != nil && !p.sinks.storageOff
	case pipeline.SinkNetwork:
		return !p.sinks.networkOff
	case pipeline.SinkExport:
		return !p.sinks.exportOff
	}
	return false
}

// SetElementEnabled switches a pipeline element. A source or filter changes the world
// config: a new version with a new hash, whose chunks regenerate nearest first while the
// old ones stay shown; edits keep applying. A sink (mesh, collision, storage, network,
// export; see sinks.go) changes only this node, at once.
func (p *ProcGen) SetElementEnabled(name string, enabled bool) bool {
	e, ok := pipeline.Lookup(name)
	if !ok {
		Engine.Raise(fmt.Errorf("ProcGen.set_element_enabled: no pipeline element %q; get_pipeline() lists them", name))
		return false
	}
	if e.Kind == pipeline.Sink {
		switch name {
		case pipeline.SinkMesh:
			p.Meshes = enabled
		case pipeline.SinkCollision:
			p.Collision = enabled
		default:
			if !p.setSink(name, enabled) {
				return false
			}
		}
		p.emit("pipeline_changed")
		return true
	}
	if s, ok := userStages.lookup(name); ok && enabled {
		if _, broken := s.binding(); broken != "" {
			Engine.Raise(fmt.Errorf("ProcGen.set_element_enabled: user stage %q failed (%s); register it again with a fixed Callable", name, broken))
			return false
		}
	}
	cfg, err := pipeline.SetEnabled(p.config(), name, enabled)
	if err != nil {
		Engine.Raise(fmt.Errorf("ProcGen.set_element_enabled: %w", err))
		return false
	}
	return p.setPipeline("set_element_enabled", cfg)
}

// SetElementParam sets a filter parameter (a new world config version), after checking
// that the filter has it and the value is in range.
func (p *ProcGen) SetElementParam(name, key string, value float64) bool {
	cfg, err := pipeline.SetParam(p.config(), name, key, value)
	if err != nil {
		Engine.Raise(fmt.Errorf("ProcGen.set_element_param: %w", err))
		return false
	}
	return p.setPipeline("set_element_param", cfg)
}

// LoadModel reads a learned-stage weights file (res://, user:// or a file system path),
// checks it and makes it available to set_element_model; it returns the model id (the
// file's SHA-256), or "" after an error.
func (p *ProcGen) LoadModel(path string) string {
	data, err := os.ReadFile(ProjectSettings.GlobalizePath(path))
	if err != nil {
		Engine.Raise(fmt.Errorf("ProcGen.load_model: %w", err))
		return ""
	}
	m, err := learned.Load(data)
	if err != nil {
		Engine.Raise(fmt.Errorf("ProcGen.load_model %s: %w", path, err))
		return ""
	}
	learned.Models.Register(m)
	return m.ID()
}

// SetElementModel makes the learned filter name run model id (from load_model; "" for the
// shipped model): a new world config version.
func (p *ProcGen) SetElementModel(name, id string) bool {
	if _, ok := world.Filter(name); !ok || name != world.StageLearned {
		Engine.Raise(fmt.Errorf("ProcGen.set_element_model: %q is not a learned filter", name))
		return false
	}
	if _, err := learned.Models.Get(id); err != nil {
		Engine.Raise(fmt.Errorf("ProcGen.set_element_model: %w", err))
		return false
	}
	cfg := p.config().Clone()
	if cfg.Pipeline == nil {
		cfg.Pipeline = &world.Pipeline{Version: world.PipelineFormat}
	}
	if id == "" {
		delete(cfg.Pipeline.Models, name)
	} else {
		if cfg.Pipeline.Models == nil {
			cfg.Pipeline.Models = map[string]string{}
		}
		cfg.Pipeline.Models[name] = id
	}
	if err := cfg.Validate(); err != nil {
		Engine.Raise(fmt.Errorf("ProcGen.set_element_model: %w", err))
		return false
	}
	return p.setPipeline("set_element_model", cfg)
}

// carryChunks moves the chunks old shows into next when only the pipeline changed, marked
// stale: they stay visible until their regenerated versions are installed, nearest first
// and within the frame budget. It reports false when next shows other chunks.
func carryChunks(old, next *worldState) bool {
	if old.opt != next.opt || old.size != next.size || old.cfg.Chunk != next.cfg.Chunk || old.cfg.Mode != next.cfg.Mode {
		return false
	}
	for k, pc := range old.pending {
		pc.cancel()
		delete(old.pending, k)
	}
	for k, lc := range old.loaded {
		lc.stale = true
		next.loaded[k] = lc
	}
	next.stats.bytes = old.stats.bytes
	next.everReady = old.everReady // a new version regenerates within the frame budget
	next.stats.install, next.stats.collision, next.stats.unload = old.stats.install, old.stats.collision, old.stats.unload
	old.loaded = map[chunkKey]*loadedChunk{}
	old.stats.bytes = 0
	return true
}

// anyStale reports whether a chunk of a previous pipeline version is still shown.
func (st *worldState) anyStale() bool {
	for _, lc := range st.loaded {
		if lc.stale {
			return true
		}
	}
	return false
}
