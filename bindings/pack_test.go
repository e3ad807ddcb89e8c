package bindings

import (
	"bytes"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/procgen-godot/procgen/procgen/simd"
)

// TestPutPositionsPathsAgree: every path writes the same position bytes and bounding box,
// for positions with and without signed zeros, NaNs and infinities, at every count class.
func TestPutPositionsPathsAgree(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 9))
	special := []float32{0, float32(math.Copysign(0, -1)), float32(math.NaN()), float32(math.Inf(1)), float32(math.Inf(-1)), 1e-45, -1e-45, 3e38}
	for trial := 0; trial < 400; trial++ {
		n := 1 + r.IntN(100)
		if trial%10 == 0 {
			n = 4485
		}
		pos := make([]float32, 3*n)
		for i := range pos {
			switch {
			case trial%4 == 0: // a heightmap: integer x and z from +0, heights either side of 0
				pos[i] = float32((i / 3) % 65)
				if i%3 == 1 {
					pos[i] = float32(r.NormFloat64() * 30)
				}
			case trial%4 == 3: // non-negative, some zeros -0: the zero bound's sign is order's
				pos[i] = float32(r.IntN(4))
				if pos[i] == 0 && r.IntN(2) == 0 {
					pos[i] = float32(math.Copysign(0, -1))
				}
			case trial%4 == 1 && r.IntN(20) == 0, trial%4 == 2 && r.IntN(200) == 0:
				pos[i] = special[r.IntN(len(special))]
			default:
				pos[i] = float32(r.NormFloat64() * 100)
			}
		}
		var want []byte
		var wlo, whi [3]float32
		for _, p := range paths() {
			restore := simd.Force(p)
			got := make([]byte, 12*n)
			lo, hi := putPositions(got, pos)
			restore()
			if want == nil {
				want, wlo, whi = got, lo, hi
				continue
			}
			if !bytes.Equal(got, want) || !sameBits(lo, wlo) || !sameBits(hi, whi) {
				t.Fatalf("trial %d (%d vertices), path %d: bounds %v %v, scalar %v %v (bytes equal: %v)", trial, n, p, lo, hi, wlo, whi, bytes.Equal(got, want))
			}
		}
	}
}

func sameBits(a, b [3]float32) bool {
	for i := range a {
		if math.Float32bits(a[i]) != math.Float32bits(b[i]) {
			return false
		}
	}
	return true
}

// TestPutIndicesPathsAgree: every path writes the same index bytes and finds the same
// largest index (negative indices count as huge), and EncodeSurface refuses out-of-range
// indices with Validate's error on every path.
func TestPutIndicesPathsAgree(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 3))
	for _, count := range []int{0, 3, 15, 16, 17, 33, 300, 26112} {
		idx := make([]int32, count)
		for i := range idx {
			idx[i] = int32(r.IntN(65536))
		}
		var want []byte
		var wtop uint32
		for _, p := range paths() {
			restore := simd.Force(p)
			got := make([]byte, 2*count)
			top := putIndices16(got, idx)
			restore()
			if want == nil {
				want, wtop = got, top
				continue
			}
			if !bytes.Equal(got, want) || top != wtop {
				t.Fatalf("%d indices, path %d: largest %d, scalar %d (bytes equal: %v)", count, p, top, wtop, bytes.Equal(got, want))
			}
		}
	}
	m := benchArrays(100, 99)
	for _, bad := range []int32{100, -1, 1 << 20} {
		m.Indices[r.IntN(99)] = bad
		for _, p := range paths() {
			restore := simd.Force(p)
			var s Surface
			err := EncodeSurfaceInto(&s, m)
			restore()
			if want := m.Validate(); err == nil || want == nil || err.Error() != want.Error() {
				t.Fatalf("index %d, path %d: error %v, Validate says %v", bad, p, err, want)
			}
			if s.VertexCount != 0 || len(s.VertexData) != 0 || len(s.IndexData) != 0 {
				t.Fatalf("index %d, path %d: a refused surface keeps %d vertices", bad, p, s.VertexCount)
			}
		}
		m.Indices = benchArrays(100, 99).Indices
	}
}

// TestPackColorsPathsAgree: every path converts colours to the same RGBA8, for channels on
// and either side of each k/255, out of [0, 1], signed zeros, denormals, infinities and NaN.
func TestPackColorsPathsAgree(t *testing.T) {
	r := rand.New(rand.NewPCG(4, 4))
	var ch []float32
	for k := 0; k <= 256; k++ {
		v := float32(k) / 255
		ch = append(ch, v, math.Nextafter32(v, 2), math.Nextafter32(v, -2))
	}
	ch = append(ch, float32(math.Copysign(0, -1)), 1e-45, -1e-45, -1, 2, 1e30, -1e30,
		float32(math.Inf(1)), float32(math.Inf(-1)), float32(math.NaN()))
	for len(ch)%4 != 3 || len(ch) < 4000 {
		ch = append(ch, float32(r.Float64()*1.2-0.1))
	}
	r.Shuffle(len(ch), func(i, j int) { ch[i], ch[j] = ch[j], ch[i] })
	for _, n := range []int{1, 2, 3, 255, 256, len(ch) / 4} {
		var want []uint32
		for _, p := range paths() {
			restore := simd.Force(p)
			got := make([]uint32, n)
			packColors(got, ch[:4*n])
			restore()
			if want == nil {
				want = got
				for i := range n {
					for c := range 4 {
						if b := uint8(got[i] >> (8 * c)); b != unorm8(ch[4*i+c]) {
							t.Fatalf("colour %d channel %d (%v): %d, unorm8 %d", i, c, ch[4*i+c], b, unorm8(ch[4*i+c]))
						}
					}
				}
				continue
			}
			for i := range got {
				if got[i] != want[i] {
					t.Fatalf("%d colours, path %d: colour %d (%v) is %#08x, scalar %#08x", n, p, i, ch[4*i:4*i+4], got[i], want[i])
				}
			}
		}
	}
}
