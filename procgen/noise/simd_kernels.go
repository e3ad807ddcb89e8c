//go:build goexperiment.simd && amd64

package noise

import "github.com/procgen-godot/procgen/procgen/simd"

//go:generate sh gen_simd8.sh

// vertices2 is how many lattice vertices contribute to a 2D OpenSimplex value.
const vertices2 = 4

// eval2Vector runs OpenSimplex.Eval2Batch's vector kernel when simd.Enabled: 8 lanes with
// AVX-512, else 4. It returns how many leading points it evaluated.
func (n *OpenSimplex) eval2Vector(xs, ys, out []float64, fr, amp float64, acc bool) int {
	if !simd.Enabled() {
		return 0
	}
	if simd.Wide() {
		return n.eval2x8(xs, ys, out, fr, amp, acc)
	}
	return n.eval2x4(xs, ys, out, fr, amp, acc)
}

// eval2Vector runs Simplex.Eval2Batch's vector kernel when simd.Enabled (see
// OpenSimplex.eval2Vector).
func (s *Simplex) eval2Vector(xs, ys, out []float64, fr, amp float64, acc bool) int {
	if !simd.Enabled() {
		return 0
	}
	if simd.Wide() {
		return s.eval2x8(xs, ys, out, fr, amp, acc)
	}
	return s.eval2x4(xs, ys, out, fr, amp, acc)
}
