package noise

import (
	"testing"
	"time"

	"github.com/ojrac/opensimplex-go"
)

// BenchmarkOpenSimplexCost measures this package's OpenSimplex against the reference
// (github.com/ojrac/opensimplex-go) and against the built-in Simplex in one run: each
// iteration evaluates the same 1024 points with all three, interleaved so that load on the
// machine affects them alike, and reports ns per sample and the ratios
// ours/reference and ours/simplex (below 1: ours is faster).
func BenchmarkOpenSimplexCost(b *testing.B) {
	var xs, ys, zs [1024]float64
	for i := range xs {
		xs[i] = float64(float64(i)*0.0137) - 7
		ys[i] = float64(float64(i&63)*0.071) + 1e3
		zs[i] = float64(float64(i>>5)*0.093) - 1e3
	}
	impls := []Sampler{NewOpenSimplex(1), opensimplex.New(1), NewSimplex(1)}
	for _, dim := range []int{2, 3} {
		b.Run(map[int]string{2: "2d", 3: "3d"}[dim], func(b *testing.B) {
			var took [3]time.Duration
			acc := 0.0
			for range b.N {
				for k, s := range impls {
					t0 := time.Now()
					if dim == 2 {
						for i := range xs {
							acc += s.Eval2(xs[i], ys[i])
						}
					} else {
						for i := range xs {
							acc += s.Eval3(xs[i], ys[i], zs[i])
						}
					}
					took[k] += time.Since(t0)
				}
			}
			sink = acc
			n := float64(b.N * len(xs))
			b.ReportMetric(float64(took[0].Nanoseconds())/n, "ns/ours")
			b.ReportMetric(float64(took[1].Nanoseconds())/n, "ns/opensimplex-go")
			b.ReportMetric(float64(took[2].Nanoseconds())/n, "ns/simplex")
			b.ReportMetric(float64(took[0])/float64(took[1]), "ours/opensimplex-go")
			b.ReportMetric(float64(took[0])/float64(took[2]), "ours/simplex")
		})
	}
}
