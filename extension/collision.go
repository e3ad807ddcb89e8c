package extension

import (
	"cmp"
	"slices"
	"time"

	"graphics.gd/classdb/CollisionShape3D"
	"graphics.gd/classdb/ConcavePolygonShape3D"
	"graphics.gd/classdb/HeightMapShape3D"
	"graphics.gd/classdb/StaticBody3D"
	"graphics.gd/variant/Vector3"

	"github.com/procgen-godot/procgen/bindings"
	"github.com/procgen-godot/procgen/procgen/schedule"
)

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
