//go:build (amd64 && !amd64.v3) || wasm

package noise

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/ojrac/opensimplex-go"
)

// The reference, github.com/ojrac/opensimplex-go, rounds every product only where the
// compiler never fuses multiply-adds: amd64 below v3, and wasm. There OpenSimplex must
// equal it bit for bit; elsewhere the golden hashes (computed with OpenSimplex) are the check.

// refPoints yields the coordinates TestOpenSimplexMatchesReference tries: random points at
// several scales (near the origin, ±1e3, ±1e6 and beyond, negative included), lattice and
// half-lattice points, where the region tests meet their ties, and points just off them.
func refPoints(r *rand.Rand, n int, f func(x, y, z float64)) {
	scales := []float64{2, 50, 1e3, 1e6, 1e8, 1 << 30}
	for i := 0; i < n; i++ {
		s := scales[i%len(scales)]
		switch i % 8 {
		case 0: // integers
			f(float64(r.IntN(2001)-1000), float64(r.IntN(2001)-1000), float64(r.IntN(2001)-1000))
		case 1: // halves and thirds: exact ties of the skewed lattice
			f(float64(r.IntN(401)-200)/2, float64(r.IntN(601)-300)/3, float64(r.IntN(401)-200)/2)
		case 2: // one ulp off a lattice point
			x := float64(r.IntN(2001) - 1000)
			f(math.Nextafter(x, math.Inf(1)), math.Nextafter(-x, math.Inf(-1)), x)
		default:
			f((r.Float64()*2-1)*s, (r.Float64()*2-1)*s, (r.Float64()*2-1)*s)
		}
	}
}

func TestOpenSimplexMatchesReference(t *testing.T) {
	points := 1_000_000
	if raceEnabled || testing.Short() {
		points = 50_000
	}
	seeds := []int64{0, 1, -1, 42, -987654321, math.MaxInt64, math.MinInt64}
	r := rand.New(rand.NewPCG(11, 17))
	for _, seed := range seeds {
		// Octave seeds as FBM derives them, too.
		for _, sd := range []int64{seed, int64(DeriveSeed(uint64(seed), 3))} {
			ours, ref := NewOpenSimplex(sd), opensimplex.New(sd)
			bad := 0
			refPoints(r, points/len(seeds)/2, func(x, y, z float64) {
				if bad > 5 {
					return
				}
				if a, b := ours.Eval2(x, y), ref.Eval2(x, y); math.Float64bits(a) != math.Float64bits(b) {
					t.Errorf("seed %d Eval2(%v, %v) = %v, reference %v", sd, x, y, a, b)
					bad++
				}
				if a, b := ours.Eval3(x, y, z), ref.Eval3(x, y, z); math.Float64bits(a) != math.Float64bits(b) {
					t.Errorf("seed %d Eval3(%v, %v, %v) = %v, reference %v", sd, x, y, z, a, b)
					bad++
				}
			})
		}
	}
}

// TestFBMMatchesReference checks fractal noise over the default basis against FBM over the
// reference library, octave seeding and summation included.
func TestFBMMatchesReference(t *testing.T) {
	p := FBMParams{Octaves: 6, Frequency: 1.0 / 300, Lacunarity: 2, Gain: 0.5}
	f, err := NewFBM(1234, p)
	if err != nil {
		t.Fatal(err)
	}
	ref := &FBM{p: p, norm: f.norm, amps: f.amps, freqs: f.freqs}
	for i := range p.Octaves {
		ref.layers = append(ref.layers, opensimplex.New(int64(DeriveSeed(1234, uint64(i)))))
	}
	r := rand.New(rand.NewPCG(5, 6))
	for i := 0; i < 20000; i++ {
		x, z := (r.Float64()*2-1)*1e6, (r.Float64()*2-1)*1e6
		if a, b := f.Eval2(x, z), ref.Eval2(x, z); a != b {
			t.Fatalf("Eval2(%v, %v) = %v, reference %v", x, z, a, b)
		}
		if a, b := f.Eval3(x, z, x-z), ref.Eval3(x, z, x-z); a != b {
			t.Fatalf("Eval3(%v, %v, %v) = %v, reference %v", x, z, x-z, a, b)
		}
	}
}
