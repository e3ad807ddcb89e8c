package noise

import (
	"flag"
	"fmt"
	"github.com/procgen-godot/procgen/procgen/internal/cputime"
	"math"
	"testing"

	"gonum.org/v1/gonum/stat"
)

// update is declared in every procgen test package so that
// `go test ./procgen/... -run Golden -update` is accepted by all of them.
var _ = flag.Bool("update", false, "re-bless golden files (used in package procgen)")

func TestDeriveSeedDistinct(t *testing.T) {
	seen := map[uint64]bool{}
	for p := uint64(0); p < 64; p++ {
		for s := uint64(0); s < 64; s++ {
			v := DeriveSeed(p, s)
			if seen[v] {
				t.Fatalf("collision at parent %d salt %d", p, s)
			}
			seen[v] = true
		}
	}
}

func TestSimplexDeterministicAndBounded(t *testing.T) {
	a, b, c := NewSimplex(7), NewSimplex(7), NewSimplex(8)
	diff := 0
	for i := 0; i < 20000; i++ {
		x, y, z := float64(i)*0.731-5000, float64(i%97)*1.37-40, float64(i%13)*2.9
		v2, v3 := a.Eval2(x, y), a.Eval3(x, y, z)
		if v2 != b.Eval2(x, y) || v3 != b.Eval3(x, y, z) {
			t.Fatal("same seed, different values")
		}
		if v2 != c.Eval2(x, y) {
			diff++
		}
		if math.IsNaN(v2) || v2 < -1 || v2 > 1 || math.IsNaN(v3) || v3 < -1 || v3 > 1 {
			t.Fatalf("out of range: %v %v", v2, v3)
		}
	}
	if diff < 19000 {
		t.Fatalf("seeds 7 and 8 agree too often: %d differ", diff)
	}
	// Integer lattice points of 2D simplex noise are not all zero (unlike Perlin).
	if a.Eval2(0, 0) != 0 || a.Eval2(0.5, 0.25) == 0 {
		t.Fatal("unexpected lattice behaviour")
	}
}

func TestSimplexContinuity(t *testing.T) {
	s := NewSimplex(3)
	const h = 1e-4
	for i := 0; i < 5000; i++ {
		x, y := float64(i)*0.377, float64(i)*0.173
		if d := math.Abs(s.Eval2(x+h, y) - s.Eval2(x, y)); d > 0.01 {
			t.Fatalf("2D jump %v at %v,%v", d, x, y)
		}
		if d := math.Abs(s.Eval3(x, y+h, 1.5) - s.Eval3(x, y, 1.5)); d > 0.01 {
			t.Fatalf("3D jump %v", d)
		}
	}
}

// TestFBMDistribution checks with gonum/stat that fBm is centred, spread and not
// degenerate: the statistics a terrain designer relies on when choosing amplitudes.
func TestFBMDistribution(t *testing.T) {
	for _, b := range []Basis{"", BasisOpenSimplex, BasisSimplex} {
		t.Run("basis="+string(b), func(t *testing.T) { testFBMDistribution(t, b) })
	}
}

func testFBMDistribution(t *testing.T, b Basis) {
	f, err := NewFBM(42, FBMParams{Octaves: 5, Frequency: 1.0 / 64, Lacunarity: 2, Gain: 0.5, Basis: b})
	if err != nil {
		t.Fatal(err)
	}
	xs := make([]float64, 0, 256*256)
	for j := 0; j < 256; j++ {
		for i := 0; i < 256; i++ {
			xs = append(xs, f.Eval2(float64(i)*3.1, float64(j)*3.1))
		}
	}
	mean, std := stat.MeanStdDev(xs, nil)
	if math.Abs(mean) > 0.1 {
		t.Errorf("mean %v, want about 0", mean)
	}
	if std < 0.1 || std > 0.6 {
		t.Errorf("std %v outside [0.1, 0.6]", std)
	}
	skew := stat.Skew(xs, nil)
	if math.Abs(skew) > 0.5 {
		t.Errorf("skew %v, want roughly symmetric", skew)
	}
	for _, x := range xs {
		if x < -1 || x > 1 {
			t.Fatalf("fbm out of [-1,1]: %v", x)
		}
	}
}

func TestFBMValidate(t *testing.T) {
	bad := []FBMParams{
		{Octaves: 0, Frequency: 1, Lacunarity: 2, Gain: 0.5},
		{Octaves: MaxOctaves + 1, Frequency: 1, Lacunarity: 2, Gain: 0.5},
		{Octaves: 1, Frequency: math.NaN(), Lacunarity: 2, Gain: 0.5},
		{Octaves: 1, Frequency: 1, Lacunarity: math.Inf(1), Gain: 0.5},
		{Octaves: 1, Frequency: 1, Lacunarity: 2, Gain: -1},
		{Octaves: 1, Frequency: 1, Lacunarity: 2, Gain: 0.5, Basis: "perlin"},
	}
	for _, p := range bad {
		if _, err := NewFBM(1, p); err == nil {
			t.Errorf("%+v accepted", p)
		}
	}
}

var sink float64

func BenchmarkSimplex2(b *testing.B) {
	s := NewSimplex(1)
	acc := 0.0
	for i := 0; i < b.N; i++ {
		acc += s.Eval2(float64(i)*0.0137, float64(i&1023)*0.071)
	}
	sink = acc
}

func BenchmarkSimplex3(b *testing.B) {
	s := NewSimplex(1)
	acc := 0.0
	for i := 0; i < b.N; i++ {
		acc += s.Eval3(float64(i)*0.0137, float64(i&1023)*0.071, 0.3)
	}
	sink = acc
}

// BenchmarkFBM reports ns per sample for 1-octave and 5-octave fBm of each basis.
func BenchmarkFBM(b *testing.B) {
	for _, c := range []struct {
		basis Basis
		oct   int
	}{{BasisOpenSimplex, 1}, {BasisOpenSimplex, 5}, {BasisSimplex, 1}, {BasisSimplex, 5}} {
		f, _ := NewFBM(1, FBMParams{Octaves: c.oct, Frequency: 1.0 / 256, Lacunarity: 2, Gain: 0.5, Basis: c.basis})
		b.Run(fmt.Sprintf("basis=%s/octaves=%d", c.basis, c.oct), func(b *testing.B) {
			b.ReportAllocs()
			acc := 0.0
			cpu0 := cputime.Now()
			for i := 0; i < b.N; i++ {
				acc += f.Eval2(float64(i&4095), float64(i>>12))
			}
			// CPU time per sample: steadier than wall time on a shared machine.
			b.ReportMetric(float64(cputime.Now()-cpu0)/float64(b.N), "cpu-ns/op")
			sink = acc
		})
	}
}
