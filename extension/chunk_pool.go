package extension

import (
	"graphics.gd/classdb/ArrayMesh"
	"graphics.gd/classdb/MeshInstance3D"
	"graphics.gd/classdb/Node"
	"graphics.gd/variant/Object"
)

// chunkPoolMax is the number of unloaded chunk nodes kept for reuse: a viewer crossing a
// chunk border at view distance 16 unloads a row of 33 chunks and wants as many new ones.
const chunkPoolMax = 64

// chunkPool keeps the MeshInstance3D nodes of unloaded chunks, out of the scene tree, each
// with its ArrayMesh. Installing a chunk takes one instead of creating a node, a mesh and
// their rendering-server instance and mesh RIDs, and replaces the mesh's surface in place
// (bindings.SetArrayMeshSurface): the engine frees the old surface's buffers just before it
// allocates the new one's, so its allocator hands the same memory back instead of faulting
// in fresh pages. The pool belongs to the ProcGen node, which frees what it holds when it
// leaves the tree or its world is replaced.
type chunkPool struct {
	nodes []MeshInstance3D.ID
}

// take returns a pooled node and its mesh, or false when the pool is empty.
func (c *chunkPool) take() (MeshInstance3D.Instance, ArrayMesh.Instance, bool) {
	for len(c.nodes) > 0 {
		id := c.nodes[len(c.nodes)-1]
		c.nodes = c.nodes[:len(c.nodes)-1]
		mi, ok := id.Instance()
		if !ok {
			continue // freed by someone else
		}
		if mesh, ok := chunkMesh(mi); ok {
			return mi, mesh, true
		}
		mi.AsNode().QueueFree()
	}
	return MeshInstance3D.Nil, ArrayMesh.Nil, false
}

// put keeps mi, already out of the scene tree, for reuse, or frees it when the pool is full.
func (c *chunkPool) put(mi MeshInstance3D.Instance) {
	if len(c.nodes) >= chunkPoolMax {
		mi.AsNode().QueueFree()
		return
	}
	c.nodes = append(c.nodes, mi.ID())
}

// drain frees every pooled node.
func (c *chunkPool) drain() {
	for _, id := range c.nodes {
		if mi, ok := id.Instance(); ok {
			mi.AsNode().QueueFree()
		}
	}
	c.nodes = c.nodes[:0]
}

// chunkMesh is the ArrayMesh a chunk's MeshInstance3D shows, if it still shows one.
func chunkMesh(mi MeshInstance3D.Instance) (ArrayMesh.Instance, bool) {
	return Object.As[ArrayMesh.Instance](mi.Mesh())
}

// dropChildren frees n's children: the collision body a chunk node carries is built for the
// chunk's previous contents.
func dropChildren(n Node.Instance) {
	for i := n.GetChildCount() - 1; i >= 0; i-- {
		c := n.GetChild(i)
		n.RemoveChild(c)
		c.QueueFree()
	}
}
