// Package golden writes and checks the reference data that engine suites compare against, so
// that GDScript and Go are shown to compute the same numbers.
package golden

import (
	"encoding/binary"
	"encoding/hex"
	"math"

	"github.com/procgen-godot/procgen/procgen"
)

// HeightSample is one reference height: the float64 bits as little-endian hex (what GDScript's
// PackedByteArray.encode_double + hex_encode prints) and the value for humans.
type HeightSample struct {
	Seed  int64   `json:"seed"`
	X     float64 `json:"x"`
	Z     float64 `json:"z"`
	Bits  string  `json:"bits"`
	Value float64 `json:"value"`
}

// Heights computes the reference samples: several seeds, points spread over a wide range
// including negative and fractional coordinates.
func Heights() []HeightSample {
	var out []HeightSample
	for _, seed := range []int64{0, 1, 42, -7, 1 << 40} {
		for i := 0; i < 12; i++ {
			x := float64(i*i)*37.25 - 1500.5
			z := float64(i)*-113.75 + 0.125
			h := procgen.NewTerrain(seed).Height(x, z)
			var b [8]byte
			binary.LittleEndian.PutUint64(b[:], math.Float64bits(h))
			out = append(out, HeightSample{Seed: seed, X: x, Z: z, Bits: hex.EncodeToString(b[:]), Value: h})
		}
	}
	return out
}
