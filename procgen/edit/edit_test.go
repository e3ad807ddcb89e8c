package edit

import (
	"bytes"
	"flag"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

var _ = flag.Bool("update", false, "re-bless golden files (used in package procgen)")

func sample() []Delta {
	return []Delta{
		{ID: ID{1, 1}, Kind: Raise, X: 10, Z: -5, Radius: 12, Amount: 4},
		{ID: ID{1, 2}, Kind: Flatten, X: 12, Y: 3, Z: -4, Radius: 8, Amount: 0.8},
		{ID: ID{2, 1}, Kind: Lower, X: 0, Z: 0, Radius: 20, Amount: 2.5},
		{ID: ID{2, 7}, Kind: AddDensity, Material: 2, X: 1, Y: 2, Z: 3, Radius: 5, Amount: 6},
		{ID: ID{3, 1}, Kind: RemoveDensity, X: -31, Y: 10, Z: 33, Radius: 6.5, Amount: 9},
		{ID: ID{0, 9}, Kind: Paint, Material: 4, X: 2, Y: 2, Z: 2, Radius: 3},
	}
}

func TestRoundTrip(t *testing.T) {
	for _, d := range sample() {
		b, err := d.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		if len(b) != DeltaSize {
			t.Fatalf("size %d", len(b))
		}
		var e Delta
		if err := e.UnmarshalBinary(b); err != nil || e != d {
			t.Fatalf("round trip: %v %+v", err, e)
		}
	}
	b, err := EncodeBatch(sample())
	if err != nil {
		t.Fatal(err)
	}
	ds, err := DecodeBatch(b)
	if err != nil || len(ds) != len(sample()) {
		t.Fatal(err)
	}
	for i := range ds {
		if ds[i] != sample()[i] {
			t.Fatalf("batch %d differs", i)
		}
	}
}

func TestDecodeRejects(t *testing.T) {
	good, _ := EncodeBatch(sample())
	one, _ := sample()[0].MarshalBinary()
	mut := func(b []byte, i int, v byte) []byte { c := bytes.Clone(b); c[i] = v; return c }
	nan := bytes.Clone(one)
	copy(nan[2+28:], []byte{0, 0, 0, 0, 0, 0, 0xf8, 0x7f}) // x of a version 2 record
	huge := bytes.Clone(good)
	huge[2], huge[3], huge[4], huge[5] = 0xff, 0xff, 0xff, 0xff
	for name, b := range map[string][]byte{
		"empty":        nil,
		"truncated":    good[:len(good)-1],
		"trailing":     append(bytes.Clone(good), 0),
		"version":      mut(good, 0, 3),
		"tag":          mut(good, 1, 'D'),
		"count":        huge,
		"kind":         mut(good, 6, 99),
		"reserved":     mut(good, 8, 1),
		"nan":          nan,
		"one trunc":    one[:30],
		"one trail":    append(bytes.Clone(one), 1),
		"one as batch": one,
	} {
		if _, err := DecodeBatch(b); err == nil {
			t.Errorf("batch %s accepted", name)
		}
		if name != "one as batch" && name != "tag" {
			if _, err := DecodeDelta(b); err == nil && name != "version" {
				if len(b) == DeltaSize {
					t.Errorf("delta %s accepted", name)
				}
			}
		}
	}
	if _, err := DecodeDelta(nan); err == nil {
		t.Error("NaN delta accepted")
	}
}

func TestValidate(t *testing.T) {
	bad := []Delta{
		{Kind: 0, Radius: 1},
		{Kind: Raise, Radius: 0},
		{Kind: Raise, Radius: math.Inf(1)},
		{Kind: Raise, Radius: 1, X: math.NaN()},
		{Kind: Raise, Radius: 1, Amount: -1},
		{Kind: Flatten, Radius: 1, Amount: 2},
		{Kind: Raise, Radius: 2 * MaxRadius},
	}
	for _, d := range bad {
		if d.Validate() == nil {
			t.Errorf("%+v accepted", d)
		}
	}
}

func TestOrderIndependence(t *testing.T) {
	ds := sample()
	apply := func(ds []Delta) (h float64, den float64, m uint8) {
		Sort(ds)
		h, den = 1.5, 0.25
		for i := range ds {
			h = ds[i].ApplyHeight(9, -3, h)
			den, m = ds[i].ApplyVoxel(2, 2.5, 2.5, den, m)
		}
		return
	}
	h0, d0, m0 := apply(append([]Delta(nil), ds...))
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 50; i++ {
		p := append([]Delta(nil), ds...)
		r.Shuffle(len(p), func(i, j int) { p[i], p[j] = p[j], p[i] })
		var l Log
		for _, d := range p {
			l.Add(d)
			l.Add(d) // duplicates are ignored
		}
		if l.Len() != len(ds) || !Sorted(l.All()) {
			t.Fatal("log not a sorted set")
		}
		h, d, m := apply(p)
		if h != h0 || d != d0 || m != m0 {
			t.Fatalf("order changed result: %v %v %v vs %v %v %v", h, d, m, h0, d0, m0)
		}
	}
}

func TestFalloffAndBounds(t *testing.T) {
	d := Delta{Kind: Raise, X: 63, Z: 0, Radius: 4, Amount: 10}
	if d.ApplyHeight(67, 0, 1) != 1 || d.ApplyHeight(70, 0, 1) != 1 {
		t.Fatal("edit leaks past its radius")
	}
	if d.ApplyHeight(63, 0, 1) != 11 {
		t.Fatal("centre not raised by amount")
	}
	cs := d.AffectedChunks(64)
	// x in [59-8, 67+8] spans chunks 0 and 1; z in [-12, 12] spans -1 and 0.
	if len(cs) != 4 {
		t.Fatalf("affected %v", cs)
	}
	lo, hi := d.Bounds()
	if !math.IsInf(lo[1], -1) || !math.IsInf(hi[1], 1) || lo[0] != 59 || hi[2] != 4 {
		t.Fatalf("bounds %v %v", lo, hi)
	}
	s := Delta{Kind: AddDensity, X: 0, Y: 0, Z: 0, Radius: 1, Amount: 1}
	if n := len(s.AffectedChunks(32)); n != 8 {
		t.Fatalf("sphere at origin touches %d chunks, want 8", n)
	}
}

func FuzzDecodeDelta(f *testing.F) {
	for _, d := range sample() {
		b, _ := d.MarshalBinary()
		f.Add(b)
	}
	b, _ := EncodeBatch(sample())
	f.Add(b)
	f.Add([]byte{1, 'B', 0, 0, 0, 0})
	f.Fuzz(func(t *testing.T, data []byte) {
		// Version 2 input re-encodes to the same bytes; version 1 input (no timestamps)
		// re-encodes as version 2 and decodes back to the same edits.
		if d, err := DecodeDelta(data); err == nil {
			if d.Validate() != nil {
				t.Fatal("decoded invalid delta")
			}
			b, err := d.MarshalBinary()
			if err != nil {
				t.Fatal(err)
			}
			if data[0] == EncodingVersion && !bytes.Equal(b, data) {
				t.Fatal("re-encoding differs")
			}
			if d2, err := DecodeDelta(b); err != nil || d2 != d {
				t.Fatalf("re-encoded delta decodes to %+v, %v", d2, err)
			}
		}
		if ds, err := DecodeBatch(data); err == nil {
			b, err := EncodeBatch(ds)
			if err != nil {
				t.Fatal(err)
			}
			if data[0] == EncodingVersion && !bytes.Equal(b, data) {
				t.Fatal("batch re-encoding differs")
			}
			if ds2, err := DecodeBatch(b); err != nil || !slices.Equal(ds2, ds) {
				t.Fatalf("re-encoded batch decodes differently: %v", err)
			}
		}
	})
}

func TestKindNames(t *testing.T) {
	for k := Raise; k <= Paint; k++ {
		if p, err := ParseKind(k.String()); err != nil || p != k {
			t.Fatalf("%v: %v %v", k, p, err)
		}
	}
	if _, err := ParseKind("explode"); err == nil {
		t.Fatal("unknown kind parsed")
	}
}

func TestQuantize(t *testing.T) {
	d := Delta{Kind: Raise, X: 10.123456789, Y: -3.0000001, Z: 1e-9, Radius: 0.001, Amount: 2.5}
	d.Quantize()
	for _, v := range []float64{d.X, d.Y, d.Z, d.Radius, d.Amount} {
		if v/Quantum != math.Trunc(v/Quantum) {
			t.Fatalf("%v is not a multiple of the quantum", v)
		}
	}
	if d.Radius != Quantum {
		t.Fatalf("a tiny positive radius became %v, want one quantum", d.Radius)
	}
	if d.Amount != 2.5 || d.Y != -3 || d.Z != 0 {
		t.Fatalf("quantized %+v", d)
	}
	if math.Abs(d.X-10.123456789) > Quantum/2 {
		t.Fatalf("x moved by %v", d.X-10.123456789)
	}
	nan := Delta{Kind: Raise, X: math.NaN(), Radius: 1, Amount: 1}
	nan.Quantize()
	if nan.Validate() == nil {
		t.Fatal("quantizing must not hide a NaN from Validate")
	}
}
