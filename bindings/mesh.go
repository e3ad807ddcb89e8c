// Package bindings converts procgen outputs (flat Go slices) into Godot values. Slices are
// reinterpreted in place and handed to the engine in one copy per array: no per-element work.
package bindings

import (
	"fmt"
	"unsafe"

	"graphics.gd/classdb/ArrayMesh"
	"graphics.gd/classdb/Mesh"
	"graphics.gd/variant/Color"
	"graphics.gd/variant/Object"
	"graphics.gd/variant/Vector2"
	"graphics.gd/variant/Vector3"
)

// MeshArrays is one triangle surface as flat slices, the layout procgen produces: xyz
// positions and normals, rgba colours, uv pairs, material weights (WeightBytes unorm8 per
// vertex: Godot's CUSTOM0 then CUSTOM1, both RGBA8) and clockwise triangle indices.
type MeshArrays struct {
	Positions, Normals, Colors, UVs []float32
	Weights                         []uint8
	Indices                         []int32
}

// WeightBytes is the number of material weight bytes per vertex: CUSTOM0 and CUSTOM1.
const WeightBytes = 8

// Validate checks that the arrays describe a well-formed indexed surface.
func (m MeshArrays) Validate() error {
	if err := m.validateSizes(); err != nil {
		return err
	}
	n := len(m.Positions) / 3
	for _, i := range m.Indices {
		if i < 0 || int(i) >= n {
			return fmt.Errorf("bindings: index %d out of range [0,%d)", i, n)
		}
	}
	return nil
}

// validateSizes is Validate without the check of each index.
func (m MeshArrays) validateSizes() error {
	if len(m.Positions)%3 != 0 || len(m.Positions) == 0 {
		return fmt.Errorf("bindings: %d position floats is not a non-empty multiple of 3", len(m.Positions))
	}
	n := len(m.Positions) / 3
	if len(m.Normals) != 0 && len(m.Normals) != 3*n {
		return fmt.Errorf("bindings: %d normal floats for %d vertices", len(m.Normals), n)
	}
	if len(m.Colors) != 0 && len(m.Colors) != 4*n {
		return fmt.Errorf("bindings: %d colour floats for %d vertices", len(m.Colors), n)
	}
	if len(m.UVs) != 0 && len(m.UVs) != 2*n {
		return fmt.Errorf("bindings: %d uv floats for %d vertices", len(m.UVs), n)
	}
	if len(m.Weights) != 0 && len(m.Weights) != WeightBytes*n {
		return fmt.Errorf("bindings: %d weight bytes for %d vertices", len(m.Weights), n)
	}
	if len(m.Indices)%3 != 0 {
		return fmt.Errorf("bindings: %d indices is not a multiple of 3", len(m.Indices))
	}
	return nil
}

// SurfaceArrays returns the Mesh.ARRAY_MAX-long array that ArrayMesh.add_surface_from_arrays
// takes, with tangents (see TangentOf) when there are normals. Unused channels are nil.
func (m MeshArrays) SurfaceArrays() []any {
	arrays := make([]any, Mesh.ArrayMax)
	arrays[Mesh.ArrayVertex] = Vec3s(m.Positions)
	if len(m.Normals) > 0 {
		arrays[Mesh.ArrayNormal] = Vec3s(m.Normals)
		arrays[Mesh.ArrayTangent] = Tangents(m.Normals)
	}
	if len(m.Colors) > 0 {
		arrays[Mesh.ArrayColor] = Colors(m.Colors)
	}
	if len(m.UVs) > 0 {
		arrays[Mesh.ArrayTexUv] = Vec2s(m.UVs)
	}
	if len(m.Weights) > 0 {
		// RGBA8_UNORM, the custom format 0: no format flags needed.
		c0, c1 := splitWeights(m.Weights)
		arrays[Mesh.ArrayCustom0], arrays[Mesh.ArrayCustom1] = c0, c1
	}
	if len(m.Indices) > 0 {
		arrays[Mesh.ArrayIndex] = m.Indices
	}
	return arrays
}

// splitWeights splits interleaved per-vertex weights (WeightBytes each) into the CUSTOM0
// and CUSTOM1 byte arrays (four bytes per vertex each).
func splitWeights(w []uint8) (c0, c1 []byte) {
	n := len(w) / WeightBytes
	c0, c1 = make([]byte, 4*n), make([]byte, 4*n)
	for i := 0; i < n; i++ {
		copy(c0[4*i:4*i+4], w[WeightBytes*i:])
		copy(c1[4*i:4*i+4], w[WeightBytes*i+4:])
	}
	return c0, c1
}

// Tangents returns the tangent array (x, y, z, binormal sign) that goes with xyz normals:
// TangentOf each.
func Tangents(normals []float32) []float32 {
	out := make([]float32, 0, len(normals)/3*4)
	for i := 0; i+2 < len(normals); i += 3 {
		x, y, z := TangentOf(normals[i], normals[i+1], normals[i+2])
		out = append(out, x, y, z, 1)
	}
	return out
}

// NewArrayMesh builds an ArrayMesh with one triangle surface from m.
func NewArrayMesh(m MeshArrays) (ArrayMesh.Instance, error) {
	if err := m.Validate(); err != nil {
		return ArrayMesh.Nil, err
	}
	mesh := ArrayMesh.New()
	mesh.AddSurfaceFromArrays(Mesh.PrimitiveTriangles, m.SurfaceArrays())
	return mesh, nil
}

// SetPackedProperty sets the packed-array property of obj (for example a HeightMapShape3D's
// "map_data") to values in one bulk copy. graphics.gd's typed setters (SetMapData, SetData)
// convert a slice element by element through the engine: half a millisecond for a 65×65
// height map, against a few microseconds this way. values must be a []float32, []int32,
// []byte or a slice of Vector2, Vector3 or Color values.
func SetPackedProperty[T float32 | int32 | byte | Vector2.XY | Vector3.XYZ | Color.RGBA](obj Object.Any, property string, values []T) {
	Object.Set(obj, property, values)
}

// Vec3s views xyz triples as Godot Vector3 values without copying.
func Vec3s(f []float32) []Vector3.XYZ {
	if len(f) < 3 {
		return nil
	}
	return unsafe.Slice((*Vector3.XYZ)(unsafe.Pointer(&f[0])), len(f)/3)
}

// Vec2s views uv pairs as Godot Vector2 values without copying.
func Vec2s(f []float32) []Vector2.XY {
	if len(f) < 2 {
		return nil
	}
	return unsafe.Slice((*Vector2.XY)(unsafe.Pointer(&f[0])), len(f)/2)
}

// Colors views rgba quadruples as Godot Color values without copying.
func Colors(f []float32) []Color.RGBA {
	if len(f) < 4 {
		return nil
	}
	return unsafe.Slice((*Color.RGBA)(unsafe.Pointer(&f[0])), len(f)/4)
}

// The views above are only valid while Godot's real_t and Color are 32-bit floats.
var _ = [1]struct{}{}[unsafe.Sizeof(Vector3.XYZ{})-12]
var _ = [1]struct{}{}[unsafe.Sizeof(Vector2.XY{})-8]
var _ = [1]struct{}{}[unsafe.Sizeof(Color.RGBA{})-16]
