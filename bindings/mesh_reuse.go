package bindings

import (
	"graphics.gd/classdb/ArrayMesh"
	"graphics.gd/classdb/Mesh"
	"graphics.gd/variant/Dictionary"
	"graphics.gd/variant/Object"
)

// SetArrayMeshSurface makes s the only surface of mesh, the way NewArrayMeshFromSurface
// builds one. When mesh already holds surfaces, ArrayMesh's "_surfaces" setter clears its
// rendering-server mesh and adds s to the same RID (RenderingServer.mesh_clear and
// mesh_add_surface), so a reused mesh keeps its RID and the buffers just freed are the ones
// the engine's allocator hands back for the new surface.
func SetArrayMeshSurface(mesh ArrayMesh.Instance, s Surface) {
	d := s.dictionary()
	Object.Set(mesh, "_surfaces", []Dictionary.Any{d})
	// As in NewArrayMeshFromSurface: release the dictionary's values now.
	Dictionary.Clear(d)
}

// SetArrayMeshArrays makes m the only surface of mesh, converted by the engine
// (ArrayMesh.clear_surfaces and add_surface_from_arrays on the same mesh RID).
func SetArrayMeshArrays(mesh ArrayMesh.Instance, m MeshArrays) error {
	if err := m.Validate(); err != nil {
		return err
	}
	mesh.ClearSurfaces()
	mesh.AddSurfaceFromArrays(Mesh.PrimitiveTriangles, m.SurfaceArrays())
	return nil
}
