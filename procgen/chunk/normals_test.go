package chunk

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/procgen-godot/procgen/procgen/internal/cputime"
	"github.com/procgen-godot/procgen/procgen/simd"
)

// TestGridNormalsPathsAgree: the scalar, AVX2 and AVX-512 normal kernels give the same bits
// on random grids of every width class (rows shorter than a vector, full vectors, tails)
// and LOD scale, with flat ground, gentle and extreme slopes, cliffs whose squared slope
// overflows to +Inf, tiny and denormal differences and signed zeros (the golden cases cover
// generated terrain: TestSIMDPathsMatchGolden).
func TestGridNormalsPathsAgree(t *testing.T) {
	paths := []simd.Path{simd.Scalar}
	if simd.Available() {
		paths = append(paths, simd.AVX2, simd.Auto)
	}
	r := rand.New(rand.NewPCG(17, 2))
	den := math.Float64frombits(1)
	kinds := []func() float64{
		func() float64 { return 0 },
		func() float64 { return math.Copysign(0, -1) },
		func() float64 { return r.Float64()*200 - 100 },
		func() float64 { return r.NormFloat64() * 1e-300 },
		func() float64 { return float64(r.IntN(5)-2) * den },
		func() float64 { return r.NormFloat64() * 1e160 },
		func() float64 { return r.NormFloat64() * 1e300 },
		func() float64 { return math.MaxFloat64 * float64(r.IntN(3)-1) },
		func() float64 { return 1 + float64(r.IntN(3))*0x1p-52 },
	}
	cases := 0
	for _, m := range []int{1, 2, 5, 7, 8, 9, 15, 16, 17, 32, 63, 64, 65, 128} {
		for _, step := range []int{1, 2, 16} {
			for trial := 0; trial < len(kinds)+2; trial++ {
				g := m + 3
				h := make([]float64, g*g)
				for k := range h {
					// One kind per grid (flat, gentle, extreme), then two grids mixing them.
					if trial < len(kinds) {
						h[k] = kinds[trial]()
					} else {
						h[k] = kinds[r.IntN(len(kinds))]()
					}
				}
				var want []float32
				for _, p := range paths {
					restore := simd.Force(p)
					got := make([]float32, 3*(m+1)*(m+1))
					gridNormals(got, h, g, m, 1/float64(2*step))
					restore()
					if want == nil {
						want = got
						continue
					}
					for i := range got {
						if math.Float32bits(got[i]) != math.Float32bits(want[i]) {
							t.Fatalf("m=%d step=%d grid %d: path %d of %v: float %d (vertex %d) is %v, scalar %v", m, step, trial, p, paths, i, i/3, got[i], want[i])
						}
					}
				}
				cases++
			}
		}
	}
	t.Logf("%d grids identical on %d paths", cases, len(paths))
}

// BenchmarkGridNormalsPaths: the normals of one full-detail 64×64-quad chunk, on every
// kernel path this build and CPU have, sub-benchmarks interleaved.
func BenchmarkGridNormalsPaths(b *testing.B) {
	w := testWorld(b, 1)
	var c Heightmap
	if err := c.Generate(w, 2, -3, 1, nil); err != nil {
		b.Fatal(err)
	}
	paths := []simd.Path{simd.Scalar}
	if simd.Available() {
		paths = append(paths, simd.AVX2, simd.Auto)
	}
	dst := make([]float32, 3*(c.M+1)*(c.M+1))
	for _, p := range paths {
		restore := simd.Force(p)
		b.Run("path="+simd.Describe(), func(b *testing.B) {
			b.ReportAllocs()
			cpu0 := cputime.Now()
			for b.Loop() {
				gridNormals(dst, c.Heights, c.G(), c.M, 0.5)
			}
			reportCPU(b, cpu0)
		})
		restore()
	}
}
