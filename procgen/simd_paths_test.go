package procgen

import (
	"testing"

	"github.com/procgen-godot/procgen/procgen/simd"
)

// TestSIMDPathsMatchGolden generates every golden case on every kernel path this CPU has
// (scalar, 4-lane AVX2, 8-lane AVX-512) and requires the same bits from all (TestGolden
// requires them of whichever path the environment selects). ./build.sh test runs the
// package with GOEXPERIMENT=simd, with and without PROCGEN_SIMD=off.
func TestSIMDPathsMatchGolden(t *testing.T) {
	if !simd.Available() {
		t.Skip("no vector kernels in this build or CPU: " + simd.Describe())
	}
	defer simd.Force(simd.Scalar)()
	scalar := computeGolden(t)
	for _, p := range []simd.Path{simd.AVX2, simd.Auto} {
		simd.Force(p)
		got := computeGolden(t)
		if len(got) != len(scalar) {
			t.Fatalf("%s: %d cases, scalar %d", simd.Describe(), len(got), len(scalar))
		}
		for k, v := range got {
			if scalar[k] != v {
				t.Errorf("%s: %s path %s, scalar path %s", k, simd.Describe(), v[:12], scalar[k][:12])
			}
		}
		t.Logf("%d golden cases identical on the scalar and %s paths", len(got), simd.Describe())
	}
}
