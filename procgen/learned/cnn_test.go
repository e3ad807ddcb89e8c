package learned

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"math"
	"testing"
)

// testField is a deterministic bumpy height field computed exactly from integers (no
// math library calls, whose last bits differ between architectures).
func testField(n int) []float64 {
	h := make([]float64, n*n)
	for j := 0; j < n; j++ {
		for i := 0; i < n; i++ {
			ridge := (i*3 + j*5) % 40
			if ridge > 20 {
				ridge = 40 - ridge
			}
			h[j*n+i] = float64(ridge)*0.75 + float64((i*7919+j*104729)%13)*0.125 + float64(i)*0.0625
		}
	}
	return h
}

// TestInferenceGolden pins the shipped model's output bits on a fixed input: every
// architecture (CI runs this under emulation) must compute exactly these.
func TestInferenceGolden(t *testing.T) {
	n, err := Decode(DefaultWeights())
	if err != nil {
		t.Fatal(err)
	}
	side := 48 + 2*n.Apron()
	out := make([]float64, 48*48)
	NewFilter(n, 1).Filter(testField(side), side, side, out)
	var b []byte
	for _, v := range out {
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(v))
	}
	s := sha256.Sum256(b)
	got := hex.EncodeToString(s[:])
	const want = "8665d7835a272761b022407943a22f9d649c5fd20466d89be57ae320a3e88ffa"
	if got != want {
		t.Fatalf("learned inference digest %s, want %s", got, want)
	}
}

// TestInferenceLocal: an output sample depends on nothing beyond the apron: filtering a
// window gives the same bits as the same samples inside a larger window.
func TestInferenceLocal(t *testing.T) {
	n, _ := Decode(DefaultWeights())
	a := n.Apron()
	big := 40 + 2*a
	h := testField(big)
	f := NewFilter(n, 1)
	outBig := make([]float64, 40*40)
	f.Filter(h, big, big, outBig)
	small := 10 + 2*a
	win := make([]float64, small*small)
	for j := 0; j < small; j++ {
		copy(win[j*small:(j+1)*small], h[(j+13)*big+7:])
	}
	outSmall := make([]float64, 100)
	f.Filter(win, small, small, outSmall)
	for j := 0; j < 10; j++ {
		for i := 0; i < 10; i++ {
			if outSmall[j*10+i] != outBig[(j+13)*40+i+7] {
				t.Fatalf("sample (%d,%d) depends on where the window is", i, j)
			}
		}
	}
}

func BenchmarkLearnedChunk(b *testing.B) {
	n, _ := Decode(DefaultWeights())
	side := 67 + 2*n.Apron()
	h := testField(side)
	out := make([]float64, 67*67)
	f := NewFilter(n, 1)
	for b.Loop() {
		f.Filter(h, side, side, out)
	}
}
