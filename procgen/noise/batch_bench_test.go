package noise

import (
	"testing"

	"github.com/procgen-godot/procgen/procgen/internal/cputime"
	"github.com/procgen-godot/procgen/procgen/simd"
)

// BenchmarkFBM5Paths: 5-octave fBm over rows of a 512×512 grid (the shape of
// ProcGen.get_height_map without lattice resampling), in CPU-ns per sample, for each basis:
// one FBM.Eval2 call per point (the per-point baseline), then FBM.Eval2Batch by rows on the
// scalar kernels, the 4-lane AVX2 ones and the 8-lane AVX-512 ones where this build and CPU
// have them. All give the same bits (TestFBMBatchMatchesPoints).
func BenchmarkFBM5Paths(b *testing.B) {
	const n = 512
	xs, zs, out := make([]float64, n), make([]float64, n), make([]float64, n)
	for i := range xs {
		xs[i] = float64(i)
	}
	for _, basis := range []Basis{BasisOpenSimplex, BasisSimplex} {
		f, err := NewFBM(1, FBMParams{Octaves: 5, Frequency: 1.0 / 256, Lacunarity: 2, Gain: 0.5, Basis: basis})
		if err != nil {
			b.Fatal(err)
		}
		run := func(name string, row func(z float64)) {
			b.Run("basis="+string(basis)+"/"+name, func(b *testing.B) {
				cpu0 := cputime.Now()
				for i := 0; i < b.N; i++ {
					row(float64(i % 4096))
				}
				b.ReportMetric(float64(cputime.Now()-cpu0)/float64(b.N*n), "cpu-ns/sample")
			})
		}
		run("per-point", func(z float64) {
			for i, x := range xs {
				out[i] = f.Eval2(x, z)
			}
		})
		paths := []simd.Path{simd.Scalar}
		if simd.Available() {
			paths = append(paths, simd.AVX2, simd.Auto)
		}
		for _, p := range paths {
			restore := simd.Force(p)
			run("batch-"+simd.Describe(), func(z float64) {
				for i := range zs {
					zs[i] = z
				}
				f.Eval2Batch(xs, zs, out)
			})
			restore()
		}
	}
}
