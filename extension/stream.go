package extension

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"
	"time"

	"graphics.gd/classdb"
	"graphics.gd/classdb/ArrayMesh"
	"graphics.gd/classdb/Camera3D"
	"graphics.gd/classdb/CollisionShape3D"
	"graphics.gd/classdb/ConcavePolygonShape3D"
	"graphics.gd/classdb/EditorInterface"
	"graphics.gd/classdb/Engine"
	"graphics.gd/classdb/HeightMapShape3D"
	"graphics.gd/classdb/Material"
	"graphics.gd/classdb/MeshInstance3D"
	"graphics.gd/classdb/Node"
	"graphics.gd/classdb/Node3D"
	"graphics.gd/classdb/StaticBody3D"
	"graphics.gd/classdb/SubViewport"
	"graphics.gd/variant/Object"
	"graphics.gd/variant/Vector3"
	"graphics.gd/variant/Vector3i"

	"github.com/procgen-godot/procgen/bindings"
	"github.com/procgen-godot/procgen/procgen/edit"
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
	// a later frame (the wanted set is recomputed every frame).
	busy := false
	for k, want := range st.wanted {
		if busy {
			break
		}
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
		busy = !p.tryRequest(st, k, want.step)
	}
	for k, pc := range st.pending {
		if _, ok := st.wanted[k]; !ok {
			pc.cancel()
			delete(st.pending, k)
		}
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

// viewerPositions returns viewer positions relative to this node: the viewer property, the
// viewers added with add_viewer, or this node's origin when there are none. In the editor
// the preview follows the 3D editor's camera instead, or stays at the node's origin.
func (p *ProcGen) viewerPositions() [][3]float64 {
	self := p.AsNode3D()
	origin := self.GlobalPosition()
	var out [][3]float64
	addAt := func(g Vector3.XYZ) {
		out = append(out, [3]float64{float64(g.X - origin.X), float64(g.Y - origin.Y), float64(g.Z - origin.Z)})
	}
	add := func(n Node3D.Instance) { addAt(n.GlobalPosition()) }
	if Engine.IsEditorHint() {
		if cam, ok := editorCamera(); ok {
			addAt(cam)
		} else {
			addAt(origin)
		}
		return out
	}
	if path := p.Viewer.String(); path != "" {
		node := self.AsNode().GetNodeOrNull(path)
		if n, ok := classdb.As[Node3D.Instance](node); ok && node != Node.Nil {
			add(n)
		} else if !p.viewerWarned {
			p.viewerWarned = true
			Engine.Raise(fmt.Errorf("ProcGen: viewer %q is not a Node3D in the scene; streaming around the node's origin", path))
		}
	}
	for id := range p.extra {
		n, ok := id.Instance()
		if !ok || !n.AsNode().IsInsideTree() {
			delete(p.extra, id)
			continue
		}
		add(n)
	}
	if len(out) == 0 {
		out = append(out, [3]float64{})
	}
	return out
}

// editorCamera returns where the camera of the first 3D editor viewport is, when the
// editor runs one.
func editorCamera() (Vector3.XYZ, bool) {
	vp := EditorInterface.GetEditorViewport3d(0)
	if vp == SubViewport.Nil {
		return Vector3.XYZ{}, false
	}
	cam := vp.AsViewport().GetCamera3d()
	if cam == Camera3D.Nil {
		return Vector3.XYZ{}, false
	}
	return cam.AsNode3D().GlobalPosition(), true
}

// updateWanted recomputes the chunks within view distance of any viewer and the LOD step
// each needs: 1 within lod_distance chunks of the nearest viewer, 2 within twice that, then 4.
// In voxel mode it takes the voxel chunks within view distance in 3D, inside the world's
// vertical range.
func (p *ProcGen) updateWanted(st *worldState, viewers [][3]float64) {
	r := float64(p.ViewDistance)
	rr := int32(p.ViewDistance)
	lod := float64(max(p.LodDistance, 1))
	n := float64(st.size)
	yr := int32(0)
	if st.opt.mode == modeVoxel {
		n = float64(st.cfg.Chunk.Voxel)
		yr = rr
	}
	minCY := int32(math.Floor(st.cfg.Vertical.MinY / n))
	maxCY := int32(math.Floor(st.cfg.Vertical.MaxY / n))
	wanted := make(map[chunkKey]wantedChunk, len(st.wanted))
	for _, v := range viewers {
		cx, cy, cz := int32(math.Floor(v[0]/n)), int32(math.Floor(v[1]/n)), int32(math.Floor(v[2]/n))
		for dy := -yr; dy <= yr; dy++ {
			for dz := -rr; dz <= rr; dz++ {
				for dx := -rr; dx <= rr; dx++ {
					ring := float64(dx*dx + dy*dy + dz*dz)
					if ring > (r+0.5)*(r+0.5) {
						continue
					}
					k := chunkKey{cx + dx, 0, cz + dz}
					my := 0.0
					if st.opt.mode == modeVoxel {
						if k.Y = cy + dy; k.Y < minCY || k.Y > maxCY {
							continue
						}
						my = (float64(k.Y)+0.5)*n - v[1]
					}
					mx, mz := (float64(k.X)+0.5)*n-v[0], (float64(k.Z)+0.5)*n-v[2]
					w := wantedChunk{dist2: mx*mx + my*my + mz*mz, step: 1}
					if st.opt.mode == modeHeightmap {
						w.step = lodStep(math.Sqrt(ring), lod, st.size)
					}
					if old, ok := wanted[k]; !ok || w.dist2 < old.dist2 {
						wanted[k] = w
					}
				}
			}
		}
	}
	for k, w := range wanted {
		if lc, loaded := st.loaded[k]; !loaded || lc.step != w.step {
			st.readySent = false
		}
	}
	st.wanted = wanted
}

// wantedChunk is a chunk the viewers need, with its squared distance to the nearest viewer
// and its LOD step.
type wantedChunk struct {
	dist2 float64
	step  uint8
}

// lodStep returns the LOD step for a chunk d chunks from its viewer.
func lodStep(d, lod float64, size int) uint8 {
	switch {
	case d <= lod || size%4 != 0:
		return 1
	case d <= 2*lod:
		return 2
	}
	return 4
}

// lodIndex numbers LOD steps 1, 2 and 4 as 0, 1 and 2.
func lodIndex(step uint8) int {
	switch step {
	case 2:
		return 1
	case 4:
		return 2
	}
	return 0
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
}

// viewerScheduler is the part of the scheduler that tracks viewers.
type viewerScheduler interface {
	TrySetViewer(id int, pos [3]float64) bool
	RemoveViewer(id int)
}

// moveViewers tells sched where the viewers are, so it generates nearest first, and returns
// what it now knows (told was what it knew). Re-prioritising its queue locks it: only for
// viewers that moved, and never waiting for it (a viewer it was busy for is told in a later
// frame).
func moveViewers(sched viewerScheduler, told, viewers [][3]float64) [][3]float64 {
	for i := len(viewers); i < len(told); i++ {
		sched.RemoveViewer(i)
	}
	told = told[:min(len(told), len(viewers))]
	for i, v := range viewers {
		if i < len(told) && told[i] == v {
			continue
		}
		if !sched.TrySetViewer(i, v) {
			v = [3]float64{math.NaN()} // equal to nothing: told again next frame
		}
		if i < len(told) {
			told[i] = v
		} else {
			told = append(told, v)
		}
	}
	return told
}

// install shows finished chunk k, replacing the chunk already shown there (after an edit).
func (p *ProcGen) install(st *worldState, k chunkKey) {
	began := time.Now()
	pc := st.pending[k]
	defer func() {
		d := ms(time.Since(began))
		st.stats.installMs.add(d)
		st.stats.install[lodIndex(pc.step)].add(d)
	}()
	delete(st.pending, k)
	defer pc.cancel()
	v, err := pc.fut.Result()
	if err != nil {
		if st.ctx.Err() == nil {
			Engine.Raise(fmt.Errorf("ProcGen: generating chunk %v: %w", k, err))
		}
		return
	}
	st.stats.genMs.add(ms(time.Since(pc.started)))
	var m *schedule.Mesh
	ready, encoded := v.(*readyChunk)
	if encoded {
		m = ready.Mesh
	} else {
		m = v.(*schedule.Mesh)
	}
	if old, ok := st.loaded[k]; ok {
		p.freeChunk(old)
		st.stats.bytes -= old.bytes
		delete(st.loaded, k)
	} else {
		defer p.emit("chunk_loaded", Vector3i.XYZ{X: k.X, Y: k.Y, Z: k.Z})
	}
	lc := &loadedChunk{bytes: v.SizeBytes(), step: m.Key.Step, mesh: m}
	st.loaded[k] = lc
	st.stats.bytes += lc.bytes
	switch {
	case st.opt.output == outputCollision:
		// No meshes: a bare node holds the chunk's place and, near a viewer, its collision.
		if m.Key.Kind == schedule.Voxel && len(m.Indices) == 0 {
			return // all air or all solid: no surface to collide with
		}
		p.addChunkNode(st, k, lc, Node3D.New())
		return
	case !encoded && len(m.Indices) == 0:
		return // all air or all solid: nothing to show, but the chunk is loaded
	}
	var mesh ArrayMesh.Instance
	if encoded {
		mesh = bindings.NewArrayMeshFromSurface(ready.surface)
	} else if mesh, err = bindings.NewArrayMesh(bindings.MeshArrays{Positions: m.Positions, Normals: m.Normals, Colors: m.Colors, UVs: m.UVs, Indices: m.Indices}); err != nil {
		Engine.Raise(fmt.Errorf("ProcGen: chunk %v: %w", k, err))
		return
	}
	mi := MeshInstance3D.New()
	mi.SetMesh(mesh.AsMesh())
	if p.Material != Material.Nil {
		mi.AsGeometryInstance3D().SetMaterialOverride(p.Material)
	}
	p.addChunkNode(st, k, lc, mi.AsNode3D())
}

// addChunkNode adds n as chunk k's node: named after it and placed at its origin.
func (p *ProcGen) addChunkNode(st *worldState, k chunkKey, lc *loadedChunk, n Node3D.Instance) {
	o := lc.mesh.Origin
	n.AsNode().SetName(chunkName(st.opt.mode, k))
	n.SetPosition(Vector3.XYZ{X: float32(o[0]), Y: float32(o[1]), Z: float32(o[2])})
	p.AsNode().AddChild(n.AsNode())
	lc.node = n.ID()
}

// addCollision gives full-detail chunks within collision_distance of a viewer their
// collision shapes, nearest first, in the frame budget left. Shapes are built apart from
// meshes so that neither makes a frame exceed the budget.
func (p *ProcGen) addCollision(st *worldState, budget *frameBudget) {
	n := float64(st.size)
	if st.opt.mode == modeVoxel {
		n = float64(st.cfg.Chunk.Voxel)
	}
	reach := (float64(p.CollisionDistance) + 0.5) * n
	var todo []chunkKey
	for k, lc := range st.loaded {
		if lc.collision || lc.step != 1 || lc.node == 0 {
			continue
		}
		if w, ok := st.wanted[k]; ok && w.dist2 <= reach*reach {
			todo = append(todo, k)
		}
	}
	slices.SortFunc(todo, func(a, b chunkKey) int { return cmp.Compare(st.wanted[a].dist2, st.wanted[b].dist2) })
	for _, k := range todo {
		if !budget.next(st.stats.collision) {
			return
		}
		began := time.Now()
		lc := st.loaded[k]
		lc.collision = true
		mi, ok := lc.node.Instance()
		if !ok {
			continue
		}
		if st.opt.mode == modeVoxel {
			mi.AsNode().AddChild(meshCollision(lc.mesh).AsNode())
		} else {
			mi.AsNode().AddChild(heightCollision(lc.mesh, st.size).AsNode())
		}
		d := ms(time.Since(began))
		st.stats.collision.add(d)
		st.stats.collisionMs.add(d)
	}
}

// frameBudget plans one frame's main-thread work: the frame's first step always runs (so
// streaming progresses even when one step exceeds the budget), later ones only while a
// pessimistic estimate of their cost still fits in what is left of the plan.
type frameBudget struct {
	start time.Time
	limit time.Duration
	ran   int // steps run this frame
}

// planFraction is the part of the budget a frame plans to fill. The rest absorbs what the
// per-step estimates do not foresee (the variance of a sum of steps, the runtime's and the
// operating system's pauses), so that frames stay within the whole budget at p99.
const planFraction = 0.8

// next reports whether a step with cost estimate c may run now, and counts it if so.
func (b *frameBudget) next(c stepCost) bool {
	plan := time.Duration(float64(b.limit) * planFraction)
	if b.ran > 0 && time.Since(b.start)+time.Duration(c.bound()*float64(time.Millisecond)) > plan {
		return false
	}
	b.ran++
	return true
}

// stepCost estimates the main-thread milliseconds of one kind of streaming step from its
// samples: a moving mean and a moving mean absolute deviation, as TCP estimates round trips.
// A frame plans with the mean plus four deviations, so that steps of varying cost (an
// install's cost follows the chunk's LOD and the engine's allocator) seldom overrun it.
type stepCost struct {
	mean, dev float64
	seen      bool
}

// add folds one sample of v milliseconds into the estimate.
func (c *stepCost) add(v float64) {
	if !c.seen {
		c.mean, c.dev, c.seen = v, v/2, true
		return
	}
	c.dev = 0.75*c.dev + 0.25*math.Abs(v-c.mean)
	c.mean = 0.875*c.mean + 0.125*v
}

// bound is the cost to plan with: the mean plus four deviations.
func (c stepCost) bound() float64 {
	return c.mean + 4*c.dev
}

// chunkName is the node name of a chunk: chunk_x_z for heightmaps, chunk_x_y_z for voxels.
func chunkName(mode int, k chunkKey) string {
	if mode == modeVoxel {
		return fmt.Sprintf("chunk_%d_%d_%d", k.X, k.Y, k.Z)
	}
	return fmt.Sprintf("chunk_%d_%d", k.X, k.Z)
}

// scheduleKey is the generation job of chunk k at LOD step.
func (st *worldState) scheduleKey(k chunkKey, step uint8) schedule.Key {
	if st.opt.mode == modeVoxel {
		return schedule.Key{Kind: schedule.Voxel, X: k.X, Y: k.Y, Z: k.Z, Step: 1}
	}
	return schedule.Key{Kind: schedule.Heightmap, X: k.X, Z: k.Z, Step: step}
}

// meshCollision builds a static body with a ConcavePolygonShape3D of the chunk's triangles.
func meshCollision(m *schedule.Mesh) StaticBody3D.Instance {
	faces := make([]Vector3.XYZ, len(m.Indices))
	pos := bindings.Vec3s(m.Positions)
	for i, idx := range m.Indices {
		faces[i] = pos[idx]
	}
	shape := ConcavePolygonShape3D.New()
	bindings.SetPackedProperty(shape, "data", faces)
	cs := CollisionShape3D.New()
	cs.SetShape(shape.AsShape3D())
	body := StaticBody3D.New()
	body.AsNode().AddChild(cs.AsNode())
	return body
}

// heightCollision builds a static body with a HeightMapShape3D matching the chunk's grid.
func heightCollision(m *schedule.Mesh, size int) StaticBody3D.Instance {
	w := size + 1
	heights := make([]float32, w*w)
	for i := range heights {
		heights[i] = m.Positions[3*i+1]
	}
	shape := HeightMapShape3D.New()
	shape.SetMapWidth(w)
	shape.SetMapDepth(w)
	bindings.SetPackedProperty(shape, "map_data", heights)
	cs := CollisionShape3D.New()
	cs.SetShape(shape.AsShape3D())
	// HeightMapShape3D is centred on its origin with one unit between samples.
	cs.AsNode3D().SetPosition(Vector3.XYZ{X: float32(size) / 2, Z: float32(size) / 2})
	body := StaticBody3D.New()
	body.AsNode().AddChild(cs.AsNode())
	return body
}

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

// unload frees chunk k's node.
func (p *ProcGen) unload(st *worldState, k chunkKey) {
	lc := st.loaded[k]
	delete(st.loaded, k)
	p.freeChunk(lc)
	st.stats.bytes -= lc.bytes
	p.emit("chunk_unloaded", Vector3i.XYZ{X: k.X, Y: k.Y, Z: k.Z})
}

// emit emits a signal through Object.emit_signal: the injected Signal field values of
// graphics.gd expire across frames, so they only declare the signals.
func (p *ProcGen) emit(signal string, args ...any) {
	Object.Call(p.AsNode3D(), "emit_signal", append([]any{signal}, args...)...)
}

// freeChunk removes a chunk's node from the scene at once (so its replacement can take its
// name) and queues it for deletion, if it still exists (the scene may have freed it already,
// for example when the whole tree is torn down).
func (p *ProcGen) freeChunk(lc *loadedChunk) {
	if n, ok := lc.node.Instance(); ok {
		if parent := n.AsNode().GetParent(); parent != Node.Nil && parent.ID() == p.AsNode().ID() {
			p.AsNode().RemoveChild(n.AsNode())
		}
		n.AsNode().QueueFree()
	}
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
	st.wanted = map[chunkKey]wantedChunk{}
	st.readySent = false
}

// refresh regenerates the chunks edit d touches; the old meshes stay until the new ones land.
func (p *ProcGen) refresh(st *worldState, d edit.Delta) {
	for _, k := range st.affected(d) {
		step := uint8(1)
		if w, ok := st.wanted[k]; ok {
			step = w.step
		}
		for _, s := range []uint8{1, 2, 4} {
			st.sched.Invalidate(st.scheduleKey(k, s))
		}
		if pc, ok := st.pending[k]; ok {
			pc.cancel()
		}
		p.request(st, k, step)
	}
}

// takeRemote applies the edits other servers made, as the sync worker delivered them, and
// emits storage_error for what went wrong in the background.
func (p *ProcGen) takeRemote(st *worldState) {
	if st.persist == nil {
		return
	}
	es, errs := st.persist.box.take()
	for _, msg := range errs {
		Engine.RaiseWarning("ProcGen storage: " + msg)
		p.emit("storage_error", msg)
	}
	if len(es) == 0 {
		return
	}
	ds, err := decodeEdits(es)
	if err != nil {
		Engine.RaiseWarning("ProcGen storage: " + err.Error())
		p.emit("storage_error", err.Error())
		return
	}
	for _, d := range ds {
		if st.edits.insert(d) {
			p.refresh(st, d)
		}
	}
}

// AddViewer streams chunks around node as well (one viewer per player on a server).
func (p *ProcGen) AddViewer(node Node3D.Instance) bool {
	if node == Node3D.Nil {
		Engine.Raise(fmt.Errorf("ProcGen.add_viewer: node is null"))
		return false
	}
	if p.extra == nil {
		p.extra = map[Node3D.ID]struct{}{}
	}
	p.extra[node.ID()] = struct{}{}
	return true
}

// RemoveViewer stops streaming around node.
func (p *ProcGen) RemoveViewer(node Node3D.Instance) bool {
	if node == Node3D.Nil {
		return false
	}
	_, ok := p.extra[node.ID()]
	delete(p.extra, node.ID())
	return ok
}

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
		"loaded":           len(st.loaded),
		"wanted":           len(st.wanted),
		"pending":          len(st.pending),
		"queued":           s.Queued,
		"in_flight":        s.Running,
		"generated":        int(s.Generated),
		"cache_hits":       int(s.Hits),
		"gen_ms_p50":       st.stats.genMs.percentile(0.5),
		"gen_ms_p99":       st.stats.genMs.percentile(0.99),
		"install_ms_p50":   st.stats.installMs.percentile(0.5),
		"install_ms_p99":   st.stats.installMs.percentile(0.99),
		"collision_ms_p50": st.stats.collisionMs.percentile(0.5),
		"collision_ms_p99": st.stats.collisionMs.percentile(0.99),
		"frame_ms_p50":     st.stats.frameMs.percentile(0.5),
		"frame_ms_p99":     st.stats.frameMs.percentile(0.99),
		"frame_ms_last":    st.stats.frameMs.last(),
		"chunk_bytes":      int(st.stats.bytes),
		"cache_bytes":      int(s.CacheBytes),
		"edits":            st.edits.len(),
		"world_hash":       st.w.Hash(),
		"viewers":          len(st.viewers),
		"world_ready":      st.readySent,
		"view_distance":    p.ViewDistance,
		"frame_budget_ms":  p.FrameBudgetMs,
	}
}
