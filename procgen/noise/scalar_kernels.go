//go:build !(goexperiment.simd && amd64)

package noise

// eval2Vector is the vector kernel of OpenSimplex.Eval2Batch, which only amd64 builds with
// GOEXPERIMENT=simd have: elsewhere it evaluates no point and leaves all to the scalar loop.
func (n *OpenSimplex) eval2Vector(xs, ys, out []float64, fr, amp float64, acc bool) int { return 0 }

// eval2Vector is the vector kernel of Simplex.Eval2Batch (see OpenSimplex.eval2Vector).
func (s *Simplex) eval2Vector(xs, ys, out []float64, fr, amp float64, acc bool) int { return 0 }
