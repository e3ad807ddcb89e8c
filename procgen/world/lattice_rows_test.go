package world

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/procgen-godot/procgen/procgen/internal/cputime"

	"github.com/procgen-godot/procgen/procgen/simd"
)

// rowPassCase is a random row pass the shape of a 67×67-sample chunk grid on a lattice of
// spacing sp.
func rowPassCase(r *rand.Rand, nx, nz, sp int) (bands, cols []float64, wx [][4]float64, ax []int) {
	na := nx/sp + 4
	cols = make([]float64, na*nz)
	for i := range cols {
		cols[i] = r.NormFloat64() * 40
	}
	bands = make([]float64, nx*nz)
	for i := range bands {
		bands[i] = r.NormFloat64()
	}
	wx, ax = make([][4]float64, nx), make([]int, nx)
	for i := range wx {
		wx[i] = cubicWeights(float64(i%sp) / float64(sp))
		ax[i] = i / sp
	}
	return bands, cols, wx, ax
}

// TestRowPassPathsAgree: the vector row pass gives the scalar one's bits, over grid shapes
// with and without a vector tail.
func TestRowPassPathsAgree(t *testing.T) {
	if !simd.Available() {
		t.Skip("no vector kernels in this build or CPU (" + simd.Describe() + ")")
	}
	r := rand.New(rand.NewPCG(1, 2))
	for _, shape := range [][3]int{{67, 67, 16}, {35, 35, 2}, {19, 19, 8}, {5, 3, 2}, {1, 1, 2}, {9, 17, 4}} {
		b1, cols, wx, ax := rowPassCase(r, shape[0], shape[1], shape[2])
		want := append([]float64(nil), b1...)
		rowPassScalar(want, cols, wx, ax, shape[1])
		for _, p := range []simd.Path{simd.AVX2, simd.Auto} {
			restore := simd.Force(p)
			got := append([]float64(nil), b1...)
			rowPassVector(got, cols, wx, ax, shape[1])
			for i := range got {
				if math.Float64bits(want[i]) != math.Float64bits(got[i]) {
					t.Fatalf("shape %v, %s: sample %d: scalar %v, vector %v", shape, simd.Describe(), i, want[i], got[i])
				}
			}
			restore()
		}
	}
}

// BenchmarkRowPass: one band's row pass over a 67×67 grid, scalar against vector.
func BenchmarkRowPass(b *testing.B) {
	bands, cols, wx, ax := rowPassCase(rand.New(rand.NewPCG(1, 2)), 67, 67, 4)
	b.Run("scalar", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			rowPassScalar(bands, cols, wx, ax, 67)
		}
	})
	for _, p := range []simd.Path{simd.AVX2, simd.Auto} {
		if !simd.Available() {
			break
		}
		restore := simd.Force(p)
		b.Run(simd.Describe(), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				rowPassVector(bands, cols, wx, ax, 67)
			}
		})
		restore()
	}
}

// TestSurfaceHeightGridMatchesPoints: the grid equals SurfaceHeight at every sample, with
// and without biome shaping.
func TestSurfaceHeightGridMatchesPoints(t *testing.T) {
	for _, biomes := range []bool{false, true} {
		cfg := Default(5)
		if !biomes {
			cfg.Stages = []string{StageHeight, StageMesh}
		}
		w, err := New(cfg)
		if err != nil {
			t.Fatal(err)
		}
		var s GridScratch
		const nx, nz = 23, 9
		out := make([]float64, nx*nz)
		w.SurfaceHeightGrid(-300, 77, 2, nx, nz, out, &s)
		for j := 0; j < nz; j++ {
			for i := 0; i < nx; i++ {
				want := w.SurfaceHeight(float64(-300+2*i), float64(77+2*j))
				if math.Float64bits(out[j*nx+i]) != math.Float64bits(want) {
					t.Fatalf("biomes %v: (%d, %d): grid %v, point %v", biomes, i, j, out[j*nx+i], want)
				}
			}
		}
	}
}

// BenchmarkBaseHeightGrid: 5-octave fBm heights over a 512×512 grid (the work behind
// ProcGen.get_height_map), scalar against vector kernels, in ns per sample.
func BenchmarkBaseHeightGrid(b *testing.B) {
	cfg := Default(1)
	cfg.Stages = []string{StageHeight, StageMesh}
	w, err := New(cfg)
	if err != nil {
		b.Fatal(err)
	}
	const n = 512
	out := make([]float64, n*n)
	paths := []simd.Path{simd.Scalar}
	if simd.Available() {
		paths = append(paths, simd.Auto)
	}
	for _, p := range paths {
		restore := simd.Force(p)
		b.Run("path="+simd.Describe(), func(b *testing.B) {
			var s GridScratch
			cpu0 := cputime.Now()
			for i := 0; i < b.N; i++ {
				w.SurfaceHeightGrid(int64(i)*n, 0, 1, n, n, out, &s)
			}
			b.ReportMetric(float64(cputime.Now()-cpu0)/float64(b.N*n*n), "cpu-ns/sample")
		})
		restore()
	}
}

// TestColPassPathsAgree: the vector column pass gives the scalar one's bits, over node row
// counts with and without a vector tail.
func TestColPassPathsAgree(t *testing.T) {
	if !simd.Available() {
		t.Skip("no vector kernels in this build or CPU (" + simd.Describe() + ")")
	}
	r := rand.New(rand.NewPCG(3, 4))
	for _, shape := range [][3]int{{67, 67, 16}, {35, 35, 2}, {19, 19, 8}, {5, 3, 2}, {1, 1, 2}, {9, 17, 4}} {
		nz, sp := shape[1], shape[2]
		na, nb := shape[0]/sp+4, nz/sp+4
		nodes := make([]float64, na*nb)
		for i := range nodes {
			nodes[i] = r.NormFloat64() * 40
		}
		wz, bz := make([][4]float64, nz), make([]int, nz)
		for j := range wz {
			wz[j] = cubicWeights(float64(j%sp) / float64(sp))
			bz[j] = j / sp
		}
		want := make([]float64, na*nz)
		colPassScalar(want, nodes, wz, bz, na, 0)
		for _, p := range []simd.Path{simd.AVX2, simd.Auto} {
			restore := simd.Force(p)
			got := make([]float64, na*nz)
			colPassVector(got, nodes, wz, bz, na)
			for i := range got {
				if math.Float64bits(want[i]) != math.Float64bits(got[i]) {
					t.Fatalf("shape %v, %s: sample %d: scalar %v, vector %v", shape, simd.Describe(), i, want[i], got[i])
				}
			}
			restore()
		}
	}
}

// TestAddLayerPathsAgree: the vector layer sum gives the scalar one's bits, with and without
// bands or exact octaves, over lengths with and without a vector tail and with signed zeros.
func TestAddLayerPathsAgree(t *testing.T) {
	if !simd.Available() {
		t.Skip("no vector kernels in this build or CPU (" + simd.Describe() + ")")
	}
	r := rand.New(rand.NewPCG(5, 6))
	vals := func(n int) []float64 {
		v := make([]float64, n)
		for i := range v {
			switch r.IntN(6) {
			case 0:
				v[i] = math.Copysign(0, -1)
			case 1:
				v[i] = 0
			default:
				v[i] = r.NormFloat64() * 30
			}
		}
		return v
	}
	for _, n := range []int{0, 1, 3, 4, 7, 8, 9, 67 * 67} {
		acc, bands, exact := vals(n), vals(n), vals(n)
		for _, c := range [][2][]float64{{bands, exact}, {nil, exact}, {bands, nil}} {
			want := append([]float64(nil), acc...)
			addLayerScalar(want, c[0], c[1], 64, 1.75, 0)
			for _, p := range []simd.Path{simd.AVX2, simd.Auto} {
				restore := simd.Force(p)
				got := append([]float64(nil), acc...)
				addLayerVector(got, c[0], c[1], 64, 1.75)
				for i := range got {
					if math.Float64bits(want[i]) != math.Float64bits(got[i]) {
						t.Fatalf("n %d, %s: sample %d: scalar %v, vector %v", n, simd.Describe(), i, want[i], got[i])
					}
				}
				restore()
			}
		}
	}
}
