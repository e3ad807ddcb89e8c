package extension

import (
	"encoding/binary"
	"fmt"
	"hash/fnv"
	"slices"

	"github.com/procgen-godot/procgen/procgen/edit"
	"graphics.gd/classdb/Engine"
	"graphics.gd/variant/Vector3i"
)

// GetLoadedChunks returns the coordinates of the chunks shown now.
func (p *ProcGen) GetLoadedChunks() []Vector3i.XYZ {
	if p.state == nil {
		return nil
	}
	out := make([]Vector3i.XYZ, 0, len(p.state.loaded))
	for k := range p.state.loaded {
		out = append(out, Vector3i.XYZ{X: k.X, Y: k.Y, Z: k.Z})
	}
	slices.SortFunc(out, func(a, b Vector3i.XYZ) int {
		if a.Y != b.Y {
			return int(a.Y - b.Y)
		}
		if a.Z != b.Z {
			return int(a.Z - b.Z)
		}
		return int(a.X - b.X)
	})
	return out
}

// GetStats returns streaming counters and timings.
func (p *ProcGen) GetStats() map[string]any {
	st := p.state
	if st == nil {
		return map[string]any{"loaded": 0, "queued": 0, "in_flight": 0}
	}
	s := st.sched.Stats()
	return map[string]any{
		"loaded":             len(st.loaded),
		"wanted":             len(st.wanted),
		"pending":            len(st.pending),
		"queued":             s.Queued,
		"in_flight":          s.Running,
		"generated":          int(s.Generated),
		"cache_hits":         int(s.Hits),
		"gen_ms_p50":         st.stats.genMs.percentile(0.5),
		"gen_ms_p99":         st.stats.genMs.percentile(0.99),
		"install_ms_p50":     st.stats.installMs.percentile(0.5),
		"install_ms_p99":     st.stats.installMs.percentile(0.99),
		"install_cpu_ms_p50": st.stats.installCPUMs.percentile(0.5),
		"install_cpu_ms_p99": st.stats.installCPUMs.percentile(0.99),
		"collision_ms_p50":   st.stats.collisionMs.percentile(0.5),
		"collision_ms_p99":   st.stats.collisionMs.percentile(0.99),
		"frame_ms_p50":       st.stats.frameMs.percentile(0.5),
		"frame_ms_p99":       st.stats.frameMs.percentile(0.99),
		"frame_ms_last":      st.stats.frameMs.last(),
		"frame_cpu_ms_p50":   st.stats.frameCPUMs.percentile(0.5),
		"frame_cpu_ms_p99":   st.stats.frameCPUMs.percentile(0.99),
		"frame_cpu_ms_last":  st.stats.frameCPUMs.last(),
		"chunk_bytes":        int(st.stats.bytes),
		"cache_bytes":        int(s.CacheBytes),
		"edits":              st.edits.len(),
		"world_hash":         st.w.Hash(),
		"viewers":            len(st.viewers),
		"world_ready":        st.readySent,
		"view_distance":      p.ViewDistance,
		"frame_budget_ms":    p.FrameBudgetMs,
		"budget_ms":          st.stats.budgetMs,
		"horizon_tiles":      len(st.horizon.tiles),
		"horizon_pending":    st.horizon.pending,
		"horizon_ms_p50":     st.horizon.ms.percentile(0.5),
		"horizon_ms_p99":     st.horizon.ms.percentile(0.99),
	}
}

// GetEditsHash returns a hash of every edit the node holds (identity and content, in replay
// order): two nodes with the same hash hold exactly the same edits, each once.
func (p *ProcGen) GetEditsHash() string {
	st := p.world()
	if st == nil {
		return ""
	}
	h := fnv.New64a()
	var id [16]byte
	for _, d := range st.edits.all() {
		binary.LittleEndian.PutUint64(id[:8], d.ID.Origin)
		binary.LittleEndian.PutUint64(id[8:], d.ID.Seq)
		h.Write(id[:])
		d.ID = edit.ID{}
		b, err := d.MarshalBinary()
		if err != nil {
			Engine.Raise(fmt.Errorf("ProcGen.get_edits_hash: %w", err))
			return ""
		}
		h.Write(b)
	}
	return fmt.Sprintf("%016x", h.Sum64())
}
