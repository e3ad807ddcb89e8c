package bindings

import (
	"bytes"
	"encoding/binary"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/procgen-godot/procgen/procgen/chunk"
	"github.com/procgen-godot/procgen/procgen/edit"
	"github.com/procgen-godot/procgen/procgen/simd"
	"github.com/procgen-godot/procgen/procgen/world"
)

// paths are the kernel paths this build and CPU have: scalar always, AVX2 and AVX-512
// where procgen/simd has vector kernels.
func paths() []simd.Path {
	if !simd.Available() {
		return []simd.Path{simd.Scalar}
	}
	return []simd.Path{simd.Scalar, simd.AVX2, simd.Auto}
}

// edgeNormals are inputs that exercise every branch and special value of encodeNormal:
// the axes both ways, signed zeros, the tangent's switch to +z around 1-x² = 1/1024,
// denormals, huge and infinite components, NaNs, non-unit vectors, and random unit
// normals on both octahedron halves.
func edgeNormals(r *rand.Rand, n int) []float32 {
	inf, nan := float32(math.Inf(1)), float32(math.NaN())
	den := math.Float32frombits(1)
	special := []float32{0, float32(math.Copysign(0, -1)), 1, -1, 0.5, -0.5, den, -den, 1e-30, -1e-30,
		3e38, -3e38, inf, -inf, nan, 0.99951, -0.99951, 0.9995117, 0.99951184, 1e-3, 2}
	var out []float32
	for _, a := range []float32{0, 1, -1, float32(math.Copysign(0, -1))} {
		for _, b := range []float32{0, 1, -1, float32(math.Copysign(0, -1))} {
			for _, c := range []float32{0, 1, -1, float32(math.Copysign(0, -1))} {
				out = append(out, a, b, c)
			}
		}
	}
	// Around the tangent switch: x near ±sqrt(1 - 1/1024), the rest split between y and z.
	for k := -40; k <= 40; k++ {
		x := float32(math.Sqrt(1-1.0/1024)) + float32(k)*1e-7
		rest := float32(math.Sqrt(math.Max(0, float64(1-x*x))))
		out = append(out, x, rest*0.6, rest*0.8, -x, -rest*0.8, rest*0.6, x, 0, -rest)
	}
	for len(out) < 3*n {
		switch r.IntN(4) {
		case 0: // terrain-like unit normals
			x, z := r.Float64()*4-2, r.Float64()*4-2
			l := math.Sqrt(x*x + 1 + z*z)
			out = append(out, float32(x/l), float32(1/l), float32(z/l))
		case 1: // any unit direction
			x, y, z := r.NormFloat64(), r.NormFloat64(), r.NormFloat64()
			l := math.Sqrt(x*x + y*y + z*z)
			out = append(out, float32(x/l), float32(y/l), float32(z/l))
		case 2: // special values mixed in
			out = append(out, special[r.IntN(len(special))], special[r.IntN(len(special))], float32(r.NormFloat64()))
		default: // arbitrary bits
			out = append(out, math.Float32frombits(r.Uint32()), math.Float32frombits(r.Uint32()), math.Float32frombits(r.Uint32()))
		}
	}
	return out[:3*n]
}

// TestEncodeNormalsPathsAgree: the scalar, AVX2 and AVX-512 normal encoders write the same
// bytes for edge values and random normals, at every count (full vectors and tails), and
// each vertex's bytes are encodeNormal's.
func TestEncodeNormalsPathsAgree(t *testing.T) {
	r := rand.New(rand.NewPCG(17, 1))
	all := edgeNormals(r, 200000)
	want := make([]byte, 8*len(all)/3)
	for i := 0; i < len(all)/3; i++ {
		binary.LittleEndian.PutUint64(want[8*i:], encodeNormal(all[3*i], all[3*i+1], all[3*i+2]))
	}
	for _, p := range paths() {
		restore := simd.Force(p)
		name := simd.Describe()
		for _, n := range []int{0, 1, 7, 8, 9, 15, 16, 17, 31, 33, 100, len(all) / 3} {
			got := make([]byte, 8*n)
			encodeNormals(got, all[:3*n])
			if !bytes.Equal(got, want[:8*n]) {
				for i := 0; i < n; i++ {
					if !bytes.Equal(got[8*i:8*i+8], want[8*i:8*i+8]) {
						t.Fatalf("%s, %d normals: normal %d (%v) encoded % x, scalar % x", name, n, i, all[3*i:3*i+3], got[8*i:8*i+8], want[8*i:8*i+8])
					}
				}
			}
		}
		restore()
		if p != simd.Scalar {
			t.Logf("%d normals encoded identically on the scalar and %s paths", len(all)/3, name)
		}
	}
}

// chunkArrays are generated chunks of several worlds, LOD steps, a far tile and a voxel
// chunk, with edits: the meshes the engine receives.
func chunkArrays(t testing.TB) []MeshArrays {
	var out []MeshArrays
	edits := []edit.Delta{
		{ID: edit.ID{Origin: 1, Seq: 1}, Kind: edit.Raise, X: 20, Z: 10, Radius: 9, Amount: 40},
		{ID: edit.ID{Origin: 1, Seq: 2}, Kind: edit.Paint, Material: 2, X: 30, Z: 30, Radius: 12},
		{ID: edit.ID{Origin: 1, Seq: 3}, Kind: edit.Flatten, X: 50, Y: -3, Z: 40, Radius: 7, Amount: 1},
	}
	custom := world.Default(-987654321)
	custom.Chunk = world.ChunkSizes{Heightmap: 32, Voxel: 16}
	flat := world.Default(5)
	flat.Stages = []string{world.StageMesh}
	for _, cfg := range []world.WorldConfig{world.Default(1), world.Default(42), custom, flat} {
		w, err := world.New(cfg)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range []struct{ x, z, step, level int }{{0, 0, 1, 0}, {-1, 2, 1, 0}, {3, -5, 2, 0}, {0, -1, 4, 0}, {1, 1, 2, 3}} {
			var h chunk.Heightmap
			if err := h.GenerateTile(w, int32(c.x), int32(c.z), c.level, c.step, edits); err != nil {
				t.Fatal(err)
			}
			out = append(out, MeshArrays{Positions: h.Positions, Normals: h.Normals, Colors: h.Colors, UVs: h.UVs, Weights: h.Weights, Indices: h.Indices})
		}
		var v chunk.Voxel
		if err := v.Generate(w, 0, 0, 0, edits); err != nil {
			t.Fatal(err)
		}
		if len(v.Positions) > 0 {
			out = append(out, MeshArrays{Positions: v.Positions, Normals: v.Normals, Colors: v.Colors, Weights: v.Weights, Indices: v.Indices})
		}
	}
	return out
}

// TestEncodeSurfacePathsAgree: every path encodes generated chunks and a mesh of edge-value
// normals to the same bytes.
func TestEncodeSurfacePathsAgree(t *testing.T) {
	meshes := chunkArrays(t)
	r := rand.New(rand.NewPCG(5, 6))
	edge := benchArrays(3001, 3000)
	edge.Normals = edgeNormals(r, 3001)
	meshes = append(meshes, edge)
	var want []Surface
	for _, p := range paths() {
		restore := simd.Force(p)
		for k, m := range meshes {
			s, err := EncodeSurface(m)
			if err != nil {
				t.Fatal(err)
			}
			if p == simd.Scalar {
				want = append(want, s)
			} else if !sameSurface(s, want[k]) {
				t.Errorf("mesh %d (%d vertices): the %s path encodes different bytes from the scalar path", k, s.VertexCount, simd.Describe())
			}
		}
		if p != simd.Scalar {
			t.Logf("%d generated and edge-value meshes encoded identically on the scalar and %s paths", len(meshes), simd.Describe())
		}
		restore()
	}
}

func sameSurface(a, b Surface) bool {
	return a.Format == b.Format && a.VertexCount == b.VertexCount && a.IndexCount == b.IndexCount &&
		bytes.Equal(a.VertexData, b.VertexData) && bytes.Equal(a.AttributeData, b.AttributeData) &&
		bytes.Equal(a.IndexData, b.IndexData) && a.AABBPosition == b.AABBPosition && a.AABBSize == b.AABBSize
}

// BenchmarkEncodeSurfacePaths: one full-detail chunk's normals alone (part=normals) and its
// whole surface into a reused Surface (part=surface), on every kernel path this build and
// CPU have, sub-benchmarks interleaved so that all see the same machine load.
func BenchmarkEncodeSurfacePaths(b *testing.B) {
	m := benchArrays(4485, 26112)
	dst := make([]byte, 8*4485)
	for _, part := range []string{"normals", "surface"} {
		for _, p := range paths() {
			restore := simd.Force(p)
			b.Run("part="+part+"/path="+simd.Describe(), func(b *testing.B) {
				var s Surface
				b.ReportAllocs()
				cpu0 := cpuNow()
				for b.Loop() {
					if part == "normals" {
						encodeNormals(dst, m.Normals)
					} else if err := EncodeSurfaceInto(&s, m); err != nil {
						b.Fatal(err)
					}
				}
				reportCPU(b, cpu0)
			})
			restore()
		}
	}
}

// BenchmarkChunkGenerateEncodePaths: what a streaming worker does per full-detail chunk of
// the default world: generate it (chunk.Heightmap, buffers reused) and encode its surface
// (EncodeSurfaceInto, buffers reused), on every kernel path, sub-benchmarks interleaved.
func BenchmarkChunkGenerateEncodePaths(b *testing.B) {
	w, err := world.New(world.Default(1))
	if err != nil {
		b.Fatal(err)
	}
	for _, p := range paths() {
		restore := simd.Force(p)
		b.Run("path="+simd.Describe(), func(b *testing.B) {
			var c chunk.Heightmap
			var s Surface
			b.ReportAllocs()
			cpu0 := cpuNow()
			i := 0
			for b.Loop() {
				if err := c.Generate(w, int32(i%16), int32(i/16), 1, nil); err != nil {
					b.Fatal(err)
				}
				if err := EncodeSurfaceInto(&s, MeshArrays{Positions: c.Positions, Normals: c.Normals, Colors: c.Colors, UVs: c.UVs, Weights: c.Weights, Indices: c.Indices}); err != nil {
					b.Fatal(err)
				}
				i++
			}
			reportCPU(b, cpu0)
		})
		restore()
	}
}
