package extension

import (
	"math"
	"math/rand/v2"
	"testing"
)

// max3 is a local filter with a one-sample apron: the 3×3 maximum.
func max3(src []float64, nx, nz int) []float64 {
	w := nx - 2
	out := make([]float64, w*(nz-2))
	for j := 0; j < nz-2; j++ {
		for i := 0; i < w; i++ {
			m := math.Inf(-1)
			for dj := 0; dj < 3; dj++ {
				for di := 0; di < 3; di++ {
					m = math.Max(m, src[(j+dj)*nx+i+di])
				}
			}
			out[j*w+i] = m
		}
	}
	return out
}

// Cutting a grid into blocks gives what one whole call of a local filter gives, whatever
// the block size; a failing block reports false.
func TestForBlocksMatchesOneCall(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, size := range [][2]int{{5, 5}, {83, 83}, {200, 151}, {3, 90}} {
		nx, nz := size[0], size[1]
		src := make([]float64, nx*nz)
		for i := range src {
			src[i] = rng.Float64() * 100
		}
		want := max3(src, nx, nz)
		for _, block := range []int{1, 7, 80, 1000} {
			dst := make([]float64, len(want))
			calls := 0
			ok := forBlocks(nx, nz, 1, block, src, dst, func(bx, bz int, sub []float64, snx, snz int) ([]float64, bool) {
				calls++
				if snx > block+2 || snz > block+2 {
					t.Fatalf("block %dx%d larger than %d plus the apron", snx, snz, block)
				}
				return max3(sub, snx, snz), true
			})
			if !ok {
				t.Fatalf("%dx%d block %d: failed", nx, nz, block)
			}
			for i := range want {
				if dst[i] != want[i] {
					t.Fatalf("%dx%d block %d: sample %d is %v, want %v", nx, nz, block, i, dst[i], want[i])
				}
			}
			if wantCalls := ((nx - 2 + block - 1) / block) * ((nz - 2 + block - 1) / block); calls != wantCalls {
				t.Fatalf("%dx%d block %d: %d calls, want %d", nx, nz, block, calls, wantCalls)
			}
		}
	}
	dst := make([]float64, 81*81)
	if forBlocks(83, 83, 1, 40, make([]float64, 83*83), dst, func(bx, bz int, sub []float64, snx, snz int) ([]float64, bool) {
		return nil, bx == 0
	}) {
		t.Fatal("a failing block must report false")
	}
}
