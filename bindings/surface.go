package bindings

import (
	"encoding/binary"
	"fmt"
	"math"

	"graphics.gd/classdb/ArrayMesh"
	"graphics.gd/classdb/Mesh"
	"graphics.gd/classdb/RenderingServer"
	"graphics.gd/variant"
	"graphics.gd/variant/AABB"
	"graphics.gd/variant/Dictionary"
	"graphics.gd/variant/Object"
	"graphics.gd/variant/RID"
	"graphics.gd/variant/Vector3"
	"graphics.gd/variant/Vector4"

	"github.com/procgen-godot/procgen/procgen/simd"
)

// Godot's mesh surface format bits (RenderingServer.ArrayFormat) used by EncodeSurface.
const (
	formatVertex   = 1 << 0
	formatNormal   = 1 << 1
	formatTangent  = 1 << 2
	formatColor    = 1 << 3
	formatTexUV    = 1 << 4
	formatCustom0  = 1 << 6 // RGBA8_UNORM: custom format 0, no format bits at CUSTOM0_SHIFT
	formatCustom1  = 1 << 7
	formatIndex    = 1 << 12
	formatVersion2 = 1 << 35 // ARRAY_FLAG_FORMAT_VERSION_2, the layout of Godot 4.2 and later
)

// Surface is one triangle surface already in the byte layout Godot's rendering server keeps
// (what RenderingServer.mesh_create_surface_data_from_arrays makes of MeshArrays, without
// compression). Encoding it is the expensive part of ArrayMesh.add_surface_from_arrays;
// EncodeSurface does it in any goroutine, so the main thread only copies bytes.
type Surface struct {
	Format        uint64
	VertexCount   int
	IndexCount    int
	VertexData    []byte // positions (12 bytes each), then normal and tangent (4 + 4 bytes each)
	AttributeData []byte // colour (RGBA8), uv (two float32), CUSTOM0 and CUSTOM1 (RGBA8) per vertex
	IndexData     []byte // uint16 indices up to 65536 vertices, uint32 above
	AABBPosition  [3]float32
	AABBSize      [3]float32
}

// SizeBytes is the memory held by the surface's buffers.
func (s *Surface) SizeBytes() int64 {
	return int64(len(s.VertexData) + len(s.AttributeData) + len(s.IndexData))
}

// EncodeSurface lays m out as Godot 4.2+ does for an uncompressed surface. Given normals,
// Godot requires tangents: each vertex gets TangentOf its normal. The result is byte for
// byte what the engine makes of m.SurfaceArrays() (the engine suites check this, and
// CheckSurfaceLayout checks it again against the running engine).
// It is pure computation: call it from worker goroutines.
func EncodeSurface(m MeshArrays) (Surface, error) {
	var s Surface
	err := EncodeSurfaceInto(&s, m)
	return s, err
}

// EncodeSurfaceInto is EncodeSurface writing into s, whose buffers it reuses when their
// capacity suffices: a worker that encodes chunk after chunk into one Surface allocates
// nothing in steady state.
func EncodeSurfaceInto(s *Surface, m MeshArrays) error {
	// The indices are range-checked while they are written (Validate's error if not).
	if err := m.validateSizes(); err != nil {
		return err
	}
	n := len(m.Positions) / 3
	*s = Surface{Format: formatVertex | formatVersion2, VertexCount: n, IndexCount: len(m.Indices),
		VertexData: s.VertexData[:0], AttributeData: s.AttributeData[:0], IndexData: s.IndexData[:0]}
	vertexStride, normalStride, attribStride := 12, 0, 0
	if len(m.Normals) > 0 {
		s.Format |= formatNormal | formatTangent
		normalStride = 8
	}
	if len(m.Colors) > 0 {
		s.Format |= formatColor
		attribStride += 4
	}
	if len(m.UVs) > 0 {
		s.Format |= formatTexUV
		attribStride += 8
	}
	if len(m.Weights) > 0 {
		s.Format |= formatCustom0 | formatCustom1
		attribStride += WeightBytes
	}
	s.VertexData = resize(s.VertexData, (vertexStride+normalStride)*n)
	s.AttributeData = resize(s.AttributeData, attribStride*n)

	lo, hi := putPositions(s.VertexData[:vertexStride*n], m.Positions)
	// Godot gives a flat box a little thickness.
	const small = float32(0.00001)
	s.AABBPosition = lo
	s.AABBSize = [3]float32{max32(hi[0]-lo[0], small), max32(hi[1]-lo[1], small), max32(hi[2]-lo[2], small)}
	if normalStride > 0 {
		encodeNormals(s.VertexData[vertexStride*n:], m.Normals)
	}
	if attribStride > 0 {
		putAttributes(s.AttributeData, attribStride, m)
	}
	if len(m.Indices) > 0 {
		s.Format |= formatIndex
		var top uint32
		if n <= 1<<16 {
			s.IndexData = resize(s.IndexData, 2*len(m.Indices))
			top = putIndices16(s.IndexData, m.Indices)
		} else {
			s.IndexData = resize(s.IndexData, 4*len(m.Indices))
			top = putIndices32(s.IndexData, m.Indices)
		}
		if top >= uint32(n) {
			*s = Surface{VertexData: s.VertexData[:0], AttributeData: s.AttributeData[:0], IndexData: s.IndexData[:0]}
			return m.Validate()
		}
	}
	return nil
}

// putAttributes writes each vertex's colour (RGBA8), uv (two float32) and material weights
// (CUSTOM0 and CUSTOM1, RGBA8 each), those m has, at stride bytes a vertex.
func putAttributes(ad []byte, stride int, m MeshArrays) {
	le := binary.LittleEndian
	n := len(m.Positions) / 3
	ad = ad[:stride*n]
	o := 0
	if len(m.Colors) > 0 {
		putColors(ad, stride, m.Colors[:4*n])
		o = 4
	}
	if len(m.UVs) > 0 {
		for i, uv := range Vec2s(m.UVs[:2*n]) {
			p := i*stride + o
			le.PutUint32(ad[p:], math.Float32bits(uv.X))
			le.PutUint32(ad[p+4:], math.Float32bits(uv.Y))
		}
		o += 8
	}
	if len(m.Weights) > 0 {
		for i := 0; i < n; i++ {
			p := i*stride + o
			copy(ad[p:p+WeightBytes], m.Weights[WeightBytes*i:])
		}
	}
}

// putColors writes rgba colours as RGBA8 at the start of each stride-byte record of ad:
// where vector kernels run, converted a block at a time by packColors.
func putColors(ad []byte, stride int, colors []float32) {
	n := len(colors) / 4
	if !simd.Enabled() {
		for i, c := range Colors(colors) {
			a := ad[i*stride : i*stride+4 : i*stride+4]
			a[0], a[1], a[2], a[3] = unorm8(c.R), unorm8(c.G), unorm8(c.B), unorm8(c.A)
		}
		return
	}
	var packed [256]uint32
	for base := 0; base < n; base += len(packed) {
		end := min(base+len(packed), n)
		packColors(packed[:end-base], colors[4*base:4*end])
		for i, c := range packed[:end-base] {
			binary.LittleEndian.PutUint32(ad[(base+i)*stride:], c)
		}
	}
}

// resize returns b with length n, reusing its array when large enough. Every byte of the
// result is overwritten by the encoder.
func resize(b []byte, n int) []byte {
	if cap(b) < n {
		return make([]byte, n)
	}
	return b[:n]
}

// NewArrayMeshFromSurface builds an ArrayMesh holding s, the way Godot loads a saved mesh:
// through ArrayMesh's stored "_surfaces" property, which hands the bytes to the rendering
// server as they are.
func NewArrayMeshFromSurface(s Surface) ArrayMesh.Instance {
	d := s.dictionary()
	mesh := ArrayMesh.New()
	Object.Set(mesh, "_surfaces", []Dictionary.Any{d})
	// The mesh copied what it needs. Emptying the dictionary now releases its values
	// (graphics.gd frees the dictionary itself only when it reuses its slot, which the
	// engine would otherwise report as variants in use at exit).
	Dictionary.Clear(d)
	return mesh
}

// dictionary is s as the Dictionary Godot's rendering server and ArrayMesh take.
func (s *Surface) dictionary() Dictionary.Any {
	d := Dictionary.New[variant.Any, variant.Any]()
	set := func(k string, v any) { d.SetIndex(variant.New(k), variant.New(v)) }
	set("format", int64(s.Format))
	set("primitive", int64(Mesh.PrimitiveTriangles))
	set("vertex_data", s.VertexData)
	set("vertex_count", int64(s.VertexCount))
	set("aabb", AABB.PositionSize{
		Position: Vector3.XYZ{X: s.AABBPosition[0], Y: s.AABBPosition[1], Z: s.AABBPosition[2]},
		Size:     Vector3.XYZ{X: s.AABBSize[0], Y: s.AABBSize[1], Z: s.AABBSize[2]},
	})
	set("uv_scale", Vector4.XYZW{})
	if len(s.AttributeData) > 0 {
		set("attribute_data", s.AttributeData)
	}
	if s.IndexCount > 0 {
		set("index_data", s.IndexData)
		set("index_count", int64(s.IndexCount))
	}
	return d
}

// unorm8 is Godot's uint8_t(CLAMP(c * 255.0, 0.0, 255.0)), computed in double.
func unorm8(c float32) uint8 {
	p := float64(c) * 255
	switch {
	case p > 255:
		return 255
	case p > 0:
		return uint8(p)
	}
	return 0
}

// min32 and max32 are Godot's MIN and MAX macros: a < b ? a : b, and a > b ? a : b.
func min32(a, b float32) float32 {
	if a < b {
		return a
	}
	return b
}

func max32(a, b float32) float32 {
	if a > b {
		return a
	}
	return b
}

// CheckSurfaceLayout builds one small surface both ways, through the engine's own
// ArrayMesh.add_surface_from_arrays and through EncodeSurface, and reports an error unless
// the running engine keeps identical bytes for both. An engine whose layout differs from
// the one EncodeSurface writes fails it; callers then use NewArrayMesh instead. Call it on
// the main thread.
func CheckSurfaceLayout() error {
	// Normals pointing every way (both octahedron halves, the axes), colours in and out
	// of [0,1], and uvs outside [0,1].
	probe := MeshArrays{
		Positions: []float32{0, 0, 0, 1, 0.5, 0, 0, -2, 1, 1, 3, 1, -4, 1, 2},
		Normals:   []float32{0, 1, 0, 0.6, 0, -0.8, -0.48, 0.6, 0.64, 0, 0, -1, -0.36, -0.48, 0.8},
		Colors:    []float32{0, 0.5, 1, 1, 0.25, 0.75, 0.999, 1, 1.5, -0.5, 0.2, 1, 0.1, 0.3, 0.7, 0.9, 0.33, 0.66, 0.01, 1},
		UVs:       []float32{0, 0, 1, 0, -1, 2, 0.5, 0.5, 3.25, -7},
		Weights:   []uint8{0, 1, 2, 3, 4, 5, 6, 7, 255, 0, 0, 0, 0, 0, 0, 0, 10, 20, 30, 40, 50, 60, 70, 80, 128, 127, 0, 0, 0, 0, 1, 254, 9, 8, 7, 6, 5, 4, 3, 2},
		Indices:   []int32{0, 1, 2, 2, 1, 3, 3, 4, 0},
	}
	s, err := EncodeSurface(probe)
	if err != nil {
		return err
	}
	// Meshes made straight in the rendering server: ArrayMesh hands surfaces to it as they
	// are, and bare meshes are freed here (Go-held ArrayMeshes outlive the call).
	engine, ours := RenderingServer.MeshCreate(), RenderingServer.MeshCreate()
	defer RenderingServer.FreeRid(RID.Any(engine))
	defer RenderingServer.FreeRid(RID.Any(ours))
	RenderingServer.MeshAddSurfaceFromArrays(engine, RenderingServer.PrimitiveTriangles, probe.SurfaceArrays(), nil, nil, 0)
	d := s.dictionary()
	RenderingServer.Advanced().MeshAddSurface(RID.Any(ours), d)
	Dictionary.Clear(d)
	want := RenderingServer.Advanced().MeshGetSurface(RID.Any(engine), 0)
	got := RenderingServer.Advanced().MeshGetSurface(RID.Any(ours), 0)
	// Go holds these until graphics.gd reuses their slots: empty them now, so that no
	// engine value they hold outlives the check (the engine reports those at exit).
	defer Dictionary.Clear(want)
	defer Dictionary.Clear(got)
	if want.Len() != got.Len() || want.Hash() != got.Hash() {
		format := variant.New("format")
		return fmt.Errorf("bindings: this engine lays out mesh surfaces differently from EncodeSurface (format %v, encoded %v)",
			want.Index(format).Interface(), got.Index(format).Interface())
	}
	return nil
}
