package extension

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"time"

	"graphics.gd/classdb/Engine"
	"graphics.gd/classdb/Node3D"

	"github.com/procgen-godot/procgen/procgen/schedule"
)

// loadedChunk is a chunk shown in the scene.
type loadedChunk struct {
	// node is held by id: graphics.gd expires engine references kept across frames. It is
	// a MeshInstance3D, or a bare Node3D when no meshes are shown.
	node      Node3D.ID
	bytes     int64
	step      uint8
	mesh      *schedule.Mesh // kept to build collision when a viewer comes near
	collision bool
}

// pendingChunk is a chunk being generated in the worker pool.
type pendingChunk struct {
	step    uint8
	fut     *schedule.Future
	cancel  context.CancelFunc
	started time.Time
}

// stream runs one frame of streaming: it updates viewers, requests chunks within view
// distance, drops far ones and installs finished chunks, nearest first, within the frame
// budget. It never waits for generation.
func (p *ProcGen) stream() {
	start := time.Now()
	st := p.world()
	if st == nil {
		return
	}
	p.takeRemote(st)
	if !p.Streaming {
		return
	}
	st.streaming.Store(true)
	defer st.streaming.Store(false)
	if p.ViewDistance < 0 || p.ViewDistance > maxViewDistance {
		Engine.Raise(fmt.Errorf("ProcGen: view_distance %d out of range [0,%d]; clamped", p.ViewDistance, maxViewDistance))
		p.ViewDistance = min(max(p.ViewDistance, 0), maxViewDistance)
	}
	if !(p.FrameBudgetMs > 0 && p.FrameBudgetMs <= maxFrameBudget) {
		Engine.Raise(fmt.Errorf("ProcGen: frame_budget_ms %v out of range (0,%v]; using 2", p.FrameBudgetMs, maxFrameBudget))
		p.FrameBudgetMs = 2
	}
	budget := &frameBudget{start: start, limit: time.Duration(p.FrameBudgetMs * float64(time.Millisecond))}

	viewers := p.viewerPositions()
	st.viewers = moveViewers(st.sched, st.viewers, viewers)
	p.updateWanted(st, viewers)

	// Requests never wait for the scheduler: when a worker holds it, the rest are made in
	// a later frame. Frames in which nothing changed (no new wanted set, nothing requested,
	// installed or unloaded, the last pass not cut short) skip the pass: with hundreds of
	// chunks wanted it was most of the main thread's time while workers generate.
	if st.changed {
		st.changed = false
		p.requestWanted(st)
	}

	// Install finished chunks, nearest first, until the budget is spent.
	var done []chunkKey
	for k, pc := range st.pending {
		select {
		case <-pc.fut.Done():
			done = append(done, k)
		default:
		}
	}
	slices.SortFunc(done, func(a, b chunkKey) int { return cmp.Compare(st.wanted[a].dist2, st.wanted[b].dist2) })
	// Unloads go first: they are cheap. Collision next: the ground near a viewer matters
	// more than the look of the terrain further out. Installs take what is left.
	p.unloadFar(st, budget)
	if p.Collision {
		p.addCollision(st, budget)
	}
	for _, k := range done {
		if !budget.next(st.stats.install[lodIndex(st.pending[k].step)]) {
			break
		}
		p.install(st, k)
	}

	if !st.readySent && len(st.pending) == 0 && len(st.loaded) == len(st.wanted) {
		st.readySent = true
		p.emit("world_ready")
	}
	st.stats.frameMs.add(ms(time.Since(start)))
}

// requestWanted asks the worker pool for every wanted chunk neither shown nor pending at its
// LOD step, until the scheduler is busy (then the next frame asks again), and cancels pending
// chunks no longer wanted.
func (p *ProcGen) requestWanted(st *worldState) {
	for k, want := range st.wanted {
		if lc, ok := st.loaded[k]; ok && lc.step == want.step {
			continue
		}
		if pc, ok := st.pending[k]; ok {
			if pc.step == want.step {
				continue
			}
			pc.cancel()
			delete(st.pending, k)
		}
		if !p.tryRequest(st, k, want.step) {
			st.changed = true // busy: try the rest next frame
			break
		}
	}
	for k, pc := range st.pending {
		if _, ok := st.wanted[k]; !ok {
			pc.cancel()
			delete(st.pending, k)
		}
	}
}

// request starts generating chunk k in the worker pool.
func (p *ProcGen) request(st *worldState, k chunkKey, step uint8) {
	ctx, cancel := context.WithCancel(st.ctx)
	st.track(k, step, st.sched.Request(ctx, st.scheduleKey(k, step)), cancel)
}

// tryRequest is request unless the scheduler is busy; it reports whether it asked.
func (p *ProcGen) tryRequest(st *worldState, k chunkKey, step uint8) bool {
	ctx, cancel := context.WithCancel(st.ctx)
	fut, ok := st.sched.TryRequest(ctx, st.scheduleKey(k, step))
	if !ok {
		cancel()
		return false
	}
	st.track(k, step, fut, cancel)
	return true
}

// track files chunk k as pending on fut.
func (st *worldState) track(k chunkKey, step uint8, fut *schedule.Future, cancel context.CancelFunc) {
	st.pending[k] = &pendingChunk{step: step, fut: fut, cancel: cancel, started: time.Now()}
	st.readySent = false
	st.changed = true
}

// scheduleKey is the generation job of chunk k at LOD step.
func (st *worldState) scheduleKey(k chunkKey, step uint8) schedule.Key {
	if st.opt.mode == modeVoxel {
		return schedule.Key{Kind: schedule.Voxel, X: k.X, Y: k.Y, Z: k.Z, Step: 1}
	}
	return schedule.Key{Kind: schedule.Heightmap, X: k.X, Z: k.Z, Step: step}
}
