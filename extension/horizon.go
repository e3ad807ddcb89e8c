package extension

import (
	"context"
	"fmt"
	"math"
	"time"

	"graphics.gd/classdb/DisplayServer"
	"graphics.gd/classdb/Engine"
	"graphics.gd/classdb/GeometryInstance3D"
	"graphics.gd/classdb/MeshInstance3D"
	"graphics.gd/classdb/Node"
	"graphics.gd/classdb/Node3D"
	"graphics.gd/variant/Vector3"

	"github.com/procgen-godot/procgen/bindings"
	"github.com/procgen-godot/procgen/procgen/schedule"
)

// The far ring ("horizon"): beyond the chunks within view distance, the terrain out to
// horizon_distance is drawn by very coarse tiles, so no view shows the world's end. Tiles
// form a quadtree around the first viewer's chunk: tiles of 16×16 chunks at LOD step 64 far
// out, splitting into smaller, finer tiles nearer, down to single chunks at step 16 against
// the streamed chunks, never overlapping them (skirts hide the cracks between levels). A tile is
// schedule.Key{Kind: Heightmap, X, Z in tile units, Y: its level (log2 of its edge in
// chunks)}. Tiles have no collision, emit no signals and are not in get_loaded_chunks: they
// are scenery. Installing them shares the frame budget with the streamed chunks.
const (
	// defaultHorizonDistance is horizon_distance's default, in world units: past the
	// default camera's far plane (4000).
	defaultHorizonDistance = 4096
	horizonTopLevel        = 4 // 16×16 chunks
)

// horizonStep is the LOD step of tiles of each level (16 quads per side from level 2 up),
// and horizonFrom how far (in chunks, from the viewer's chunk to the tile's nearest chunk)
// tiles of that level begin; nearer, a tile splits into four of the level below.
var (
	horizonStep = [horizonTopLevel + 1]uint8{16, 16, 16, 32, 64}
	horizonFrom = [horizonTopLevel + 1]float64{0, 0, 4, 10, 24}
)

// horizonTile is one far-ring tile: being generated (fut) or shown (node).
type horizonTile struct {
	fut    *schedule.Future
	cancel context.CancelFunc
	node   Node3D.ID
}

// horizon is the far ring's state.
type horizon struct {
	tiles    map[schedule.Key]*horizonTile // the current tiling
	retiring []*horizonTile                // the previous tiling's tiles, freed once the current one is shown
	sig      string                        // what the tiling was computed for
	pending  int                           // tiles being generated or waiting to be shown
	install  stepCost
	ms       ring // main-thread milliseconds per frame spent on the far ring
}

// updateHorizon runs one frame of the far ring: it retiles when the first viewer's chunk
// or the streamed area changed, requests missing tiles and installs finished ones within
// the frame's budget.
func (p *ProcGen) updateHorizon(st *worldState, viewers [][3]float64, budget *frameBudget) {
	began := time.Now()
	h := &st.horizon
	defer func() { h.ms.add(ms(time.Since(began))) }()
	if p.HorizonDistance <= 0 || len(viewers) == 0 || st.opt.mode != modeHeightmap || st.opt.output == outputCollision || !rendering() {
		p.clearHorizon(st)
		return
	}
	n := float64(st.size)
	cx, cz := int32(math.Floor(viewers[0][0]/n)), int32(math.Floor(viewers[0][2]/n))
	sig := fmt.Sprint(cx, cz, p.ViewDistance, p.HorizonDistance, len(st.wanted))
	if sig != h.sig {
		h.sig = sig
		p.retile(st, viewers[0], cx, cz)
	}
	// One tile per frame always (so the ring completes even when streamed chunks fill the
	// budget), more while the budget allows.
	pending, installed := 0, 0
	for k, t := range h.tiles {
		if t.fut == nil {
			continue
		}
		select {
		case <-t.fut.Done():
		default:
			pending++
			continue
		}
		if installed > 0 && !budget.next(h.install) {
			pending++
			continue
		}
		installed++
		t0 := time.Now()
		p.showTile(st, k, t)
		h.install.add(ms(time.Since(t0)))
	}
	h.pending = pending
	if pending == 0 && len(h.retiring) > 0 {
		for _, t := range h.retiring {
			freeTile(t)
		}
		h.retiring = h.retiring[:0]
	}
}

// retile computes the quadtree tiling around chunk (cx, cz) for a viewer at v, keeps the
// tiles it already has, requests the new ones and retires the others.
func (p *ProcGen) retile(st *worldState, v [3]float64, cx, cz int32) {
	h := &st.horizon
	if h.tiles == nil {
		h.tiles = map[schedule.Key]*horizonTile{}
	}
	n := float64(st.size)
	r := int32(math.Ceil(p.HorizonDistance/n)) + 1
	want := horizonTiling(cx, cz, r, st.wanted)
	for k, t := range h.tiles {
		if !want[k] {
			if t.cancel != nil {
				t.cancel()
			}
			h.retiring = append(h.retiring, t)
			delete(h.tiles, k)
		}
	}
	for k := range want {
		if _, ok := h.tiles[k]; ok {
			continue
		}
		ctx, cancel := context.WithCancel(st.ctx)
		h.tiles[k] = &horizonTile{fut: st.sched.Request(ctx, k), cancel: cancel}
	}
}

// showTile installs finished tile k as an internal MeshInstance3D child.
func (p *ProcGen) showTile(st *worldState, k schedule.Key, t *horizonTile) {
	v, err := t.fut.Result()
	t.fut = nil
	t.cancel()
	if err != nil {
		if st.ctx.Err() == nil {
			Engine.Raise(fmt.Errorf("ProcGen: generating far tile %v: %w", k, err))
		}
		return
	}
	var mi MeshInstance3D.Instance
	var origin [3]float64
	switch c := v.(type) {
	case *readyChunk:
		mi = MeshInstance3D.New()
		mi.SetMesh(bindings.NewArrayMeshFromSurface(c.surface).AsMesh())
		origin = c.Origin
	case *schedule.Mesh:
		m, err := bindings.NewArrayMesh(bindings.MeshArrays{Positions: c.Positions, Normals: c.Normals, Colors: c.Colors, UVs: c.UVs, Weights: c.Weights, Indices: c.Indices})
		if err != nil {
			Engine.Raise(fmt.Errorf("ProcGen: far tile %v: %w", k, err))
			return
		}
		mi = MeshInstance3D.New()
		mi.SetMesh(m.AsMesh())
		origin = c.Origin
	default:
		return
	}
	g := mi.AsGeometryInstance3D()
	g.SetMaterialOverride(p.chunkMaterial())
	// Far tiles are coarse: their shadows would not match the streamed terrain's.
	g.SetCastShadow(GeometryInstance3D.ShadowCastingSettingOff)
	mi.AsNode().SetName(fmt.Sprintf("far_%d_%d_%d", k.Y, k.X, k.Z))
	mi.AsNode3D().SetPosition(Vector3.XYZ{X: float32(origin[0]), Y: float32(origin[1]), Z: float32(origin[2])})
	Node.Expanded(p.AsNode()).AddChild(mi.AsNode(), false, Node.InternalModeBack)
	t.node = mi.AsNode3D().ID()
}

// freeTile stops generating tile t or frees its node.
func freeTile(t *horizonTile) {
	if t.cancel != nil {
		t.cancel()
	}
	if n, ok := t.node.Instance(); ok {
		n.AsNode().QueueFree()
	}
}

// clearHorizon frees every far-ring tile.
func (p *ProcGen) clearHorizon(st *worldState) {
	h := &st.horizon
	for k, t := range h.tiles {
		freeTile(t)
		delete(h.tiles, k)
	}
	for _, t := range h.retiring {
		freeTile(t)
	}
	h.retiring, h.sig, h.pending = h.retiring[:0], "", 0
}

// rendering reports whether anything is drawn: not under the headless display server (a
// dedicated server, the engine test suites), where the far ring and the water, which are
// scenery, are skipped.
func rendering() bool {
	if renderingChecked == 0 {
		renderingChecked = 1
		if DisplayServer.GetName() == "headless" {
			renderingChecked = -1
		}
	}
	return renderingChecked > 0
}

// renderingChecked caches rendering(): 1 drawn, -1 headless, 0 not asked yet. The display
// server is chosen at startup and never changes.
var renderingChecked int

// floorDiv is a/b rounded towards negative infinity (b > 0).
func floorDiv(a, b int32) int32 {
	q := a / b
	if a%b != 0 && a < 0 {
		q--
	}
	return q
}

// horizonTiling returns the far-ring tiles around chunk (cx, cz) out to r chunks: a quadtree
// of tiles that covers every chunk within r, except the near (streamed) ones, exactly once.
func horizonTiling(cx, cz, r int32, near map[chunkKey]wantedChunk) map[schedule.Key]bool {
	// The streamed area: every wanted chunk, and its bounding box.
	lo, hi := [2]int32{math.MaxInt32, math.MaxInt32}, [2]int32{math.MinInt32, math.MinInt32}
	for k := range near {
		lo = [2]int32{min(lo[0], k.X), min(lo[1], k.Z)}
		hi = [2]int32{max(hi[0], k.X), max(hi[1], k.Z)}
	}
	top := int32(1) << horizonTopLevel
	want := map[schedule.Key]bool{}
	// nearIn reports whether any streamed chunk lies in the tile of level at (tx, tz).
	nearIn := func(level int, tx, tz int32) bool {
		size := int32(1) << level
		x0, z0 := tx*size, tz*size
		if x0 > hi[0] || x0+size-1 < lo[0] || z0 > hi[1] || z0+size-1 < lo[1] {
			return false
		}
		if level > 3 {
			return true // large tiles: the bounding box decides
		}
		for z := z0; z < z0+size; z++ {
			for x := x0; x < x0+size; x++ {
				if _, ok := near[chunkKey{x, 0, z}]; ok {
					return true
				}
			}
		}
		return false
	}
	var cover func(level int, tx, tz int32)
	cover = func(level int, tx, tz int32) {
		size := int32(1) << level
		x0, z0 := tx*size, tz*size
		x1, z1 := x0+size-1, z0+size-1
		// Distance in chunks from the viewer's chunk to the tile's nearest chunk.
		dx := max(x0-cx, 0, cx-x1)
		dz := max(z0-cz, 0, cz-z1)
		d := math.Sqrt(float64(dx*dx + dz*dz))
		if d > float64(r) {
			return // beyond the horizon distance
		}
		near := nearIn(level, tx, tz)
		if level == 0 {
			if !near {
				want[schedule.Key{Kind: schedule.Heightmap, X: tx, Z: tz, Step: horizonStep[0]}] = true
			}
			return
		}
		if !near && d >= horizonFrom[level] {
			want[schedule.Key{Kind: schedule.Heightmap, X: tx, Y: int32(level), Z: tz, Step: horizonStep[level]}] = true
			return
		}
		for j := int32(0); j < 2; j++ {
			for i := int32(0); i < 2; i++ {
				cover(level-1, tx*2+i, tz*2+j)
			}
		}
	}
	t0x, t0z := floorDiv(cx-r, top), floorDiv(cz-r, top)
	t1x, t1z := floorDiv(cx+r, top), floorDiv(cz+r, top)
	for tz := t0z; tz <= t1z; tz++ {
		for tx := t0x; tx <= t1x; tx++ {
			cover(horizonTopLevel, tx, tz)
		}
	}
	return want
}
