package learned

import (
	"bytes"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"math"
	"testing"
)

// reseal recomputes the checksum of a hand-edited file, so a test reaches the checks
// behind it.
func reseal(b []byte) []byte {
	b = bytes.Clone(b[:len(b)-4])
	return binary.LittleEndian.AppendUint32(b, crc32.ChecksumIEEE(b))
}

func TestShippedWeightsLoad(t *testing.T) {
	n, err := Decode(DefaultWeights())
	if err != nil {
		t.Fatal(err)
	}
	if a := n.Apron(); a < 2 || a > MaxApron {
		t.Fatalf("apron %d", a)
	}
	if !bytes.Equal(n.Encode(), DefaultWeights()) {
		t.Fatal("the shipped file is not in canonical form (encode(decode(f)) != f)")
	}
	if _, err := Models.Get(DefaultID()); err != nil {
		t.Fatal(err)
	}
	t.Logf("shipped model %s: %d bytes, %d layers, receptive field %d", DefaultID(), len(DefaultWeights()), len(n.Layers), n.Apron())
}

func TestDecodeRejectsCorruption(t *testing.T) {
	good := DefaultWeights()
	// Every single flipped byte is caught (by the checksum or a structural check).
	for i := range good {
		b := bytes.Clone(good)
		b[i] ^= 0x40
		if _, err := Decode(b); !errors.Is(err, ErrWeights) {
			t.Fatalf("byte %d flipped: err %v", i, err)
		}
	}
	for n := 0; n < len(good); n += 1 + n/3 {
		if _, err := Decode(good[:n]); !errors.Is(err, ErrWeights) {
			t.Fatalf("truncated to %d bytes: err %v", n, err)
		}
	}
	net, _ := Decode(good)
	set32 := func(b []byte, off int, v uint32) []byte {
		b = bytes.Clone(b)
		binary.LittleEndian.PutUint32(b[off:], v)
		return reseal(b)
	}
	cases := map[string][]byte{
		"version 2":         set32(good, 8, 2),
		"zero layers":       set32(good, 20, 0),
		"too many layers":   set32(good, 20, MaxLayers+1),
		"first layer in 4":  set32(good, 24, 4),
		"kernel 5":          set32(good, 32, 5),
		"dilation 0":        set32(good, 36, 0),
		"unknown flag":      set32(good, 40, 3),
		"NaN weight":        set32(good, 44, math.Float32bits(float32(math.NaN()))),
		"negative in scale": set32(good, 12, math.Float32bits(-1)),
		"trailing bytes":    reseal(append(bytes.Clone(good[:len(good)-4]), 0, 0, 0, 0, 0, 0, 0, 0)),
	}
	wide := *net
	wide.Layers = append([]Layer(nil), net.Layers...)
	last := wide.Layers[len(wide.Layers)-1]
	last.ReLU = true
	wide.Layers[len(wide.Layers)-1] = last
	cases["ReLU on the output"] = wide.Encode()
	deep := *net
	deep.Layers = append([]Layer(nil), net.Layers...)
	for i := range deep.Layers {
		deep.Layers[i].D = MaxDilation // 1 + 4·16 > MaxApron
	}
	cases["receptive field too wide"] = deep.Encode()
	for name, b := range cases {
		if _, err := Decode(b); !errors.Is(err, ErrWeights) {
			t.Errorf("%s: err %v", name, err)
		} else {
			t.Logf("%s: %v", name, err)
		}
	}
}

func TestRegistryUnknownModel(t *testing.T) {
	var r Registry
	if _, err := r.Get("00000000000000000000000000000000000000000000000000000000000000ff"); err == nil {
		t.Fatal("unknown model accepted")
	}
	m, err := Load(DefaultWeights())
	if err != nil {
		t.Fatal(err)
	}
	r.Register(m)
	if got, err := r.Get(m.ID()); err != nil || got.ID() != DefaultID() {
		t.Fatalf("Get(%s) = %v, %v", m.ID(), got, err)
	}
}

func FuzzDecode(f *testing.F) {
	f.Add(DefaultWeights())
	f.Add(DefaultWeights()[:40])
	f.Add([]byte("PGNNWTS\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		n, err := Decode(data)
		if err != nil {
			if !errors.Is(err, ErrWeights) {
				t.Fatalf("error not wrapping ErrWeights: %v", err)
			}
			return
		}
		if !bytes.Equal(n.Encode(), data) {
			t.Fatal("accepted file is not canonical")
		}
		// An accepted model must run.
		a := n.Apron()
		side := 2*a + 2
		h := make([]float64, side*side)
		for i := range h {
			h[i] = float64(i % 7)
		}
		out := make([]float64, 4)
		NewFilter(n, 1).Filter(h, side, side, out)
	})
}
