package extension

import (
	"time"

	"graphics.gd/variant/Vector3i"
)

// unloadFar frees chunks no viewer wants any more, in the frame budget left: a viewer
// crossing a chunk border leaves a whole row behind at once.
func (p *ProcGen) unloadFar(st *worldState, budget *frameBudget) {
	for k := range st.loaded {
		if _, ok := st.wanted[k]; ok {
			continue
		}
		if !budget.next(st.stats.unload) {
			return
		}
		began := time.Now()
		p.unload(st, k)
		st.stats.unload.add(ms(time.Since(began)))
	}
}

// unload takes chunk k's node out of the scene: a mesh node goes to the pool for the next
// install, any other is freed.
func (p *ProcGen) unload(st *worldState, k chunkKey) {
	lc := st.loaded[k]
	delete(st.loaded, k)
	st.changed = true
	if !lc.meshNode {
		p.freeChunk(lc)
	} else if mi, ok := p.detachChunk(lc, false); ok {
		p.pool.put(mi)
	}
	st.stats.bytes -= lc.bytes
	p.emit("chunk_unloaded", Vector3i.XYZ{X: k.X, Y: k.Y, Z: k.Z})
}

// unloadAll frees every chunk and cancels every request of the current world.
func (p *ProcGen) unloadAll() {
	st := p.state
	if st == nil {
		return
	}
	for k, pc := range st.pending {
		pc.cancel()
		delete(st.pending, k)
	}
	for k := range st.loaded {
		p.unload(st, k)
	}
	p.pool.drain()
	st.wanted = map[chunkKey]wantedChunk{}
	st.wantedFor.valid = false
	st.changed = true
	st.readySent = false
	p.clearHorizon(st)
	p.freeWater()
}
