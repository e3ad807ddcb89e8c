package noise

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/procgen-godot/procgen/procgen/simd"
)

// batchPaths are the kernel paths this build and CPU have: scalar always, AVX2 and the
// widest (AVX-512 where present) with the vector kernels.
func batchPaths() []simd.Path {
	if !simd.Available() {
		return []simd.Path{simd.Scalar}
	}
	return []simd.Path{simd.Scalar, simd.AVX2, simd.Auto}
}

// hardPoints returns n points meant to break a vector kernel that is not exact: ordinary
// coordinates, negative and huge ones (beyond ±2^31, where floors wrap), ±0, infinities and
// NaN, and points on or one ulp beside the skewed lattice's cell and triangle boundaries.
func hardPoints(r *rand.Rand, n int) (xs, ys []float64) {
	special := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 1e-300, -1e-300, 1 << 30, -(1 << 30),
		1 << 31, -(1 << 31), 1<<31 - 0.5, 1 << 40, -(1 << 52), 1e15, -1e18, math.MaxFloat64, math.Inf(1), math.Inf(-1), math.NaN()}
	pick := func() float64 {
		switch r.IntN(8) {
		case 0:
			return special[r.IntN(len(special))]
		case 1: // huge
			return (r.Float64()*2 - 1) * math.Pow(2, float64(25+r.IntN(40)))
		case 2: // an integer, or one ulp beside it
			v := float64(r.IntN(2001) - 1000)
			switch r.IntN(3) {
			case 0:
				return math.Nextafter(v, math.Inf(1))
			case 1:
				return math.Nextafter(v, math.Inf(-1))
			}
			return v
		default: // ordinary
			return (r.Float64()*2 - 1) * math.Pow(10, float64(r.IntN(7)))
		}
	}
	xs, ys = make([]float64, n), make([]float64, n)
	for i := range xs {
		if r.IntN(4) == 0 {
			// On a skewed-lattice boundary: skewed coordinates with a zero, half or whole
			// fraction, unskewed (the rounding puts them on or just beside the edge).
			xsk := float64(r.IntN(4001)-2000) + float64(r.IntN(3))*0.5
			ysk := float64(r.IntN(4001)-2000) + float64(r.IntN(3))*0.5
			sq := float64((xsk + ysk) * osSquish2)
			xs[i], ys[i] = xsk+sq, ysk+sq
			continue
		}
		xs[i], ys[i] = pick(), pick()
	}
	return xs, ys
}

// sameBits is a == b bit for bit, or both NaN: which of two NaN operands an x86 instruction
// passes on (and so the NaN's sign) follows the operand order the compiler picks for a
// commutative operation, which no Go code controls; worlds never evaluate NaN.
func sameBits(a, b float64) bool {
	return math.Float64bits(a) == math.Float64bits(b) || math.IsNaN(a) && math.IsNaN(b)
}

// checkBatch requires the batch method of s to give, on every kernel path, the bits of
// Eval2 at each point.
func checkBatch(t *testing.T, name string, s interface {
	Sampler
	Eval2Batch(xs, ys, out []float64)
}, xs, ys []float64) {
	t.Helper()
	want := make([]float64, len(xs))
	for i := range xs {
		want[i] = s.Eval2(xs[i], ys[i])
	}
	got := make([]float64, len(xs))
	for _, p := range batchPaths() {
		restore := simd.Force(p)
		// Every length up to 17 (vector steps and tails), then the whole sample at once.
		for n := 0; n <= 17 && n <= len(xs); n++ {
			s.Eval2Batch(xs[:n], ys[:n], got[:n])
			for i := range n {
				if !sameBits(got[i], want[i]) {
					t.Fatalf("%s, %s, batch of %d: Eval2(%v, %v): batch %v, point %v", name, simd.Describe(), n, xs[i], ys[i], got[i], want[i])
				}
			}
		}
		s.Eval2Batch(xs, ys, got)
		for i := range xs {
			if !sameBits(got[i], want[i]) {
				t.Fatalf("%s, %s: Eval2(%v, %v): batch %v, point %v", name, simd.Describe(), xs[i], ys[i], got[i], want[i])
			}
		}
		restore()
	}
}

// TestEval2BatchMatchesPoints: every basis's batch method equals Eval2 bit for bit on every
// kernel path, over 400,000 hard points per basis and seed.
func TestEval2BatchMatchesPoints(t *testing.T) {
	r := rand.New(rand.NewPCG(17, 4))
	xs, ys := hardPoints(r, 400_000)
	for _, seed := range []int64{0, 1, -7, 1 << 40} {
		checkBatch(t, fmt.Sprintf("opensimplex seed %d", seed), NewOpenSimplex(seed), xs, ys)
		checkBatch(t, fmt.Sprintf("simplex seed %d", seed), NewSimplex(seed), xs, ys)
	}
	t.Logf("paths compared: %d (%s)", len(batchPaths()), simd.Describe())
}

// TestFBMBatchMatchesPoints: FBM's batch methods equal Eval2, Partial2 and Octave at each
// point, bit for bit, on every kernel path.
func TestFBMBatchMatchesPoints(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 9))
	xs, ys := hardPoints(r, 5000)
	for _, b := range []Basis{BasisOpenSimplex, BasisSimplex} {
		f, err := NewFBM(99, FBMParams{Octaves: 5, Frequency: 1.0 / 256, Lacunarity: 2, Gain: 0.5, Basis: b})
		if err != nil {
			t.Fatal(err)
		}
		got := make([]float64, len(xs))
		for _, p := range batchPaths() {
			restore := simd.Force(p)
			f.Eval2Batch(xs, ys, got)
			for i := range xs {
				if w := f.Eval2(xs[i], ys[i]); !sameBits(got[i], w) {
					t.Fatalf("%s %s: Eval2(%v, %v): batch %v, point %v", b, simd.Describe(), xs[i], ys[i], got[i], w)
				}
			}
			f.Partial2Batch(xs, ys, 1, 4, got)
			for i := range xs {
				if w := f.Partial2(xs[i], ys[i], 1, 4); !sameBits(got[i], w) {
					t.Fatalf("%s %s: Partial2(%v, %v): batch %v, point %v", b, simd.Describe(), xs[i], ys[i], got[i], w)
				}
			}
			f.Octave2Batch(3, xs, ys, got)
			for i := range xs {
				if w := f.Octave(3, xs[i], ys[i]); !sameBits(got[i], w) {
					t.Fatalf("%s %s: Octave(%v, %v): batch %v, point %v", b, simd.Describe(), xs[i], ys[i], got[i], w)
				}
			}
			restore()
		}
	}
}

// FuzzEval2Batch: a batch of points around the fuzzed one (steps of the fuzzed size, which
// reach across cells and into huge values) equals Eval2 at each point on every path.
func FuzzEval2Batch(f *testing.F) {
	f.Add(0.0, 0.0, 0.1, int64(0))
	f.Add(-1e9, 3e9, 0.73, int64(5))
	f.Add(1.0, -1.0, 1e-9, int64(-3))
	f.Fuzz(func(t *testing.T, x, y, step float64, seed int64) {
		xs, ys := make([]float64, 19), make([]float64, 19)
		for i := range xs {
			xs[i] = float64(x + float64(float64(i)*step))
			ys[i] = float64(y - float64(float64(i%5)*step))
		}
		checkBatch(t, "opensimplex", NewOpenSimplex(seed), xs, ys)
		checkBatch(t, "simplex", NewSimplex(seed), xs, ys)
	})
}
