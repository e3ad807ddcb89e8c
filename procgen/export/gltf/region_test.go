package gltf

import (
	"strings"
	"testing"
)

func TestParseAndAround(t *testing.T) {
	if v, err := ParseChunk("from", " -3, 0,7"); err != nil || v != [3]int32{-3, 0, 7} {
		t.Fatalf("ParseChunk: %v %v", v, err)
	}
	for _, bad := range []string{"1,2", "1,2,3,4", "1.5,0,0", "a,0,0", "0,0,99999999999"} {
		if _, err := ParseChunk("from", bad); err == nil {
			t.Errorf("ParseChunk(%q) accepted", bad)
		}
	}
	if v, err := ParsePoint("center", "1.5,-2,1e3"); err != nil || v != [3]float64{1.5, -2, 1000} {
		t.Fatalf("ParsePoint: %v %v", v, err)
	}
	for _, bad := range []string{"NaN,0,0", "0,+Inf,0", "0,0,-inf", "0,0", "x,0,0"} {
		if _, err := ParsePoint("center", bad); err == nil {
			t.Errorf("ParsePoint(%q) accepted", bad)
		}
	}
	r := Request{World: testWorld(t, false)}
	if err := r.Around([3]float64{-0.5, 900, 33}, 2); err != nil || r.From != [3]int32{-3, 0, 0} || r.To != [3]int32{1, 0, 4} {
		t.Fatalf("heightmap Around: %v..%v %v", r.From, r.To, err)
	}
	v := Request{World: testWorld(t, true)}
	if err := v.Around([3]float64{16, -1, 0}, 1); err != nil || v.From != [3]int32{0, -2, -1} || v.To != [3]int32{2, 0, 1} {
		t.Fatalf("voxel Around: %v..%v %v", v.From, v.To, err)
	}
	if err := r.Around([3]float64{1e300, 0, 0}, 1); err == nil || !strings.Contains(err.Error(), "outside the world") {
		t.Fatalf("far centre: %v", err)
	}
}
