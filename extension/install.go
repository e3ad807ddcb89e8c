package extension

import (
	"fmt"
	"time"

	"graphics.gd/classdb/ArrayMesh"
	"graphics.gd/classdb/Engine"
	"graphics.gd/classdb/MeshInstance3D"
	"graphics.gd/classdb/Node"
	"graphics.gd/classdb/Node3D"
	"graphics.gd/variant/Object"
	"graphics.gd/variant/Vector3"
	"graphics.gd/variant/Vector3i"

	"github.com/procgen-godot/procgen/bindings"
	"github.com/procgen-godot/procgen/procgen/schedule"
)

// install shows finished chunk k, replacing the chunk already shown there (after an edit).
func (p *ProcGen) install(st *worldState, k chunkKey) {
	began := time.Now()
	cpu, cpuOK := threadCPU()
	pc := st.pending[k]
	st.changed = true
	defer func() {
		d := ms(time.Since(began))
		st.stats.installMs.add(d)
		st.stats.install[lodIndex(pc.step)].add(d)
		if now, ok := threadCPU(); ok && cpuOK {
			st.stats.installCPUMs.add(ms(now - cpu))
		}
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
	// A chunk shown before (an edit, a LOD change, a new pipeline version) keeps its node and
	// mesh when it still shows a surface: only the surface and the collision change.
	var reuse MeshInstance3D.Instance
	if old, ok := st.loaded[k]; ok {
		if old.meshNode {
			reuse, _ = p.detachChunk(old, true)
		} else {
			p.freeChunk(old)
		}
		st.stats.bytes -= old.bytes
		delete(st.loaded, k)
		defer p.emit("chunk_updated", Vector3i.XYZ{X: k.X, Y: k.Y, Z: k.Z})
	} else {
		defer p.emit("chunk_loaded", Vector3i.XYZ{X: k.X, Y: k.Y, Z: k.Z})
	}
	lc := &loadedChunk{bytes: v.SizeBytes(), step: m.Key.Step, mesh: m}
	st.loaded[k] = lc
	st.stats.bytes += lc.bytes
	release := func() {
		if reuse != MeshInstance3D.Nil {
			p.AsNode().RemoveChild(reuse.AsNode())
			p.pool.put(reuse)
		}
	}
	switch {
	case st.opt.output == outputCollision:
		release()
		// No meshes: a bare node holds the chunk's place and, near a viewer, its collision.
		if m.Key.Kind == schedule.Voxel && len(m.Indices) == 0 {
			return // all air or all solid: no surface to collide with
		}
		p.addChunkNode(st, k, lc, Node3D.New(), false)
		return
	case !encoded && len(m.Indices) == 0:
		release()
		return // all air or all solid: nothing to show, but the chunk is loaded
	}
	// The node: the chunk's own, else one from the pool, else a new one.
	mi, inTree := reuse, reuse != MeshInstance3D.Nil
	var mesh ArrayMesh.Instance
	if inTree {
		mesh, _ = chunkMesh(mi)
	} else if pooled, pm, ok := p.pool.take(); ok {
		mi, mesh = pooled, pm
	}
	fresh := mesh == ArrayMesh.Nil
	if fresh {
		mesh = ArrayMesh.New()
	}
	if encoded {
		bindings.SetArrayMeshSurface(mesh, ready.surface)
	} else if err := bindings.SetArrayMeshArrays(mesh, bindings.MeshArrays{Positions: m.Positions, Normals: m.Normals, Colors: m.Colors, UVs: m.UVs, Weights: m.Weights, Indices: m.Indices}); err != nil {
		release()
		Engine.Raise(fmt.Errorf("ProcGen: chunk %v: %w", k, err))
		return
	}
	if mi == MeshInstance3D.Nil {
		mi = MeshInstance3D.New()
	}
	if fresh {
		mi.SetMesh(mesh.AsMesh())
	}
	mi.AsGeometryInstance3D().SetMaterialOverride(p.chunkMaterial())
	lc.meshNode = true
	if inTree {
		lc.node = mi.AsNode3D().ID()
		return
	}
	p.addChunkNode(st, k, lc, mi.AsNode3D(), !fresh)
}

// addChunkNode adds n as chunk k's node: named after it and placed at its origin. reused
// tells a node taken from the pool from one just created.
func (p *ProcGen) addChunkNode(st *worldState, k chunkKey, lc *loadedChunk, n Node3D.Instance, reused bool) {
	o := lc.mesh.Origin
	n.AsNode().SetName(chunkName(st.opt.mode, k))
	n.SetPosition(Vector3.XYZ{X: float32(o[0]), Y: float32(o[1]), Z: float32(o[2])})
	if reused {
		// graphics.gd's AddChild takes ownership of a node Go created and refuses one it
		// looked up by id (a pooled node); the engine's own call takes either.
		Object.Call(p.AsNode(), "add_child", n.AsNode())
	} else {
		p.AsNode().AddChild(n.AsNode())
	}
	lc.node = n.ID()
}

// chunkName is the node name of a chunk: chunk_x_z for heightmaps, chunk_x_y_z for voxels.
func chunkName(mode int, k chunkKey) string {
	if mode == modeVoxel {
		return fmt.Sprintf("chunk_%d_%d_%d", k.X, k.Y, k.Z)
	}
	return fmt.Sprintf("chunk_%d_%d", k.X, k.Z)
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

// detachChunk frees the collision body of a chunk shown by a MeshInstance3D and returns the
// node for reuse, still a child of p when keep is set and out of the tree otherwise. It
// reports false, after freeing what is left, when the node is gone or no longer p's child
// showing an ArrayMesh (the scene changed it).
func (p *ProcGen) detachChunk(lc *loadedChunk, keep bool) (MeshInstance3D.Instance, bool) {
	n, ok := lc.node.Instance()
	if !ok {
		return MeshInstance3D.Nil, false
	}
	mi, isMesh := Object.As[MeshInstance3D.Instance](n)
	parent := n.AsNode().GetParent()
	ours := parent != Node.Nil && parent.ID() == p.AsNode().ID()
	if _, hasMesh := chunkMesh(mi); !isMesh || !ours || !hasMesh {
		p.freeChunk(lc)
		return MeshInstance3D.Nil, false
	}
	dropChildren(n.AsNode())
	if !keep {
		p.AsNode().RemoveChild(n.AsNode())
	}
	return mi, true
}
