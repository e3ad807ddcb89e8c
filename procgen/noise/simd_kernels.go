//go:build goexperiment.simd && amd64

package noise

import "github.com/procgen-godot/procgen/procgen/simd"

//go:generate sh -c "sed -e 's/x4/x8/g' -e 's/\\[4\\]/[8]/g' -e 's/lanes4 = 4/lanes8 = 8/' -e 's/lanes4/lanes8/g' -e 's/4-lane (AVX2)/8-lane (AVX-512)/' -e 's/on 4 points/on 8 points/' -e 's/in 4 lanes/in 8 lanes/' -e 's/[.]Floor()/.FloorScaled(0)/g' -e '1a // Code generated from opensimplex_simd4.go by go generate; DO NOT EDIT.' opensimplex_simd4.go | gofmt > opensimplex_simd8.go"

// vertices2 is how many lattice vertices contribute to a 2D OpenSimplex value.
const vertices2 = 4

// eval2Vector runs OpenSimplex.Eval2Batch's vector kernel when simd.Enabled: 8 lanes with
// AVX-512, else 4. It returns how many leading points it evaluated.
func (n *OpenSimplex) eval2Vector(xs, ys, out []float64) int {
	if !simd.Enabled() {
		return 0
	}
	if simd.Wide() {
		return n.eval2x8(xs, ys, out)
	}
	return n.eval2x4(xs, ys, out)
}

// eval2Vector is the vector kernel of Simplex.Eval2Batch: none yet, the scalar loop does all.
func (s *Simplex) eval2Vector(xs, ys, out []float64) int { return 0 }
