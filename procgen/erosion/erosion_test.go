package erosion

import (
	"math"
	"testing"
)

func hills(n int) []float64 {
	h := make([]float64, n*n)
	for j := 0; j < n; j++ {
		for i := 0; i < n; i++ {
			r := (i*5 + j*3) % 48
			if r > 24 {
				r = 48 - r
			}
			h[j*n+i] = float64(r) + float64((i*7919+j*104729)%11)*0.25
		}
	}
	return h
}

// TestDropletsConserveAndRepeat: the reference moves material without creating or
// destroying it, and the same seed gives the same bits.
func TestDropletsConserveAndRepeat(t *testing.T) {
	const n = 64
	a, b := hills(n), hills(n)
	before := 0.0
	for _, v := range a {
		before += v
	}
	p := DefaultDropletParams(3)
	if err := Droplets(a, n, p); err != nil {
		t.Fatal(err)
	}
	_ = Droplets(b, n, p)
	after, moved := 0.0, 0.0
	for i, v := range a {
		after += v
		moved += math.Abs(v - hills(n)[i])
		if v != b[i] {
			t.Fatal("same seed, different result")
		}
	}
	if math.Abs(after-before) > 1e-6*before || moved < 10 {
		t.Fatalf("material before %v after %v, moved %v", before, after, moved)
	}
	if err := Droplets(a[:10], n, p); err == nil {
		t.Fatal("wrong tile size accepted")
	}
}

// TestFilterLocal: the filter's output at a sample depends only on the input within its
// apron, wherever the window is cut.
func TestFilterLocal(t *testing.T) {
	f, err := NewFilter(DefaultParams())
	if err != nil {
		t.Fatal(err)
	}
	a := f.Apron()
	big := 20 + 2*a
	h := hills(big)
	outBig := make([]float64, 20*20)
	f.Filter(h, big, big, outBig)
	small := 4 + 2*a
	win := make([]float64, small*small)
	for j := 0; j < small; j++ {
		copy(win[j*small:(j+1)*small], h[(j+9)*big+5:])
	}
	out := make([]float64, 16)
	f.Filter(win, small, small, out)
	for j := 0; j < 4; j++ {
		for i := 0; i < 4; i++ {
			if out[j*4+i] != outBig[(j+9)*20+i+5] {
				t.Fatalf("sample (%d,%d) depends on the window", i, j)
			}
		}
	}
	bad := DefaultParams()
	bad.FlowSteps = 0
	if _, err := NewFilter(bad); err == nil {
		t.Fatal("flow_steps 0 accepted")
	}
}
