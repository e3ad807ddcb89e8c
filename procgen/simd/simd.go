// Package simd decides at run time whether ProcGen's vector kernels run: procgen's, and the
// surface encoder's in bindings (which is why the package is not internal to procgen).
//
// Vector kernels exist only in builds with GOEXPERIMENT=simd on amd64 (Go's simd/archsimd);
// they run when the CPU has AVX2 (8 lanes of float64 with AVX-512, else 4) and the
// environment does not set PROCGEN_SIMD=off (PROCGEN_SIMD=avx2 keeps them to 4 lanes). Every
// kernel does, lane by lane, exactly the operations of its scalar twin in the same order and
// without fused multiply-adds, so all paths give the same bits: which one runs is a matter
// of speed only. Every other build and CPU uses the scalar kernels.
package simd

import (
	"os"
	"sync/atomic"
)

// Path is a choice of kernels.
type Path int32

const (
	// Auto uses the widest vector kernels the CPU has.
	Auto Path = iota
	// Scalar turns the vector kernels off.
	Scalar
	// AVX2 keeps the vector kernels to 4 lanes even where AVX-512 exists.
	AVX2
)

// mode is set from PROCGEN_SIMD at start-up; tests change it with Force to run every path.
var mode atomic.Int32

func init() {
	switch os.Getenv("PROCGEN_SIMD") {
	case "off", "scalar":
		mode.Store(int32(Scalar))
	case "avx2":
		mode.Store(int32(AVX2))
	}
}

// Available reports whether this build and CPU have the vector kernels.
func Available() bool { return available }

// Enabled reports whether the vector kernels run: Available and not turned off.
func Enabled() bool { return available && Path(mode.Load()) != Scalar }

// Wide reports whether the vector kernels use 8 float64 lanes (AVX-512) rather than 4.
func Wide() bool { return wide && Path(mode.Load()) == Auto }

// Force selects path p for a test and returns the function that restores the previous
// choice. It is not for production code: all paths give identical results, so only tests
// comparing them need to choose.
func Force(p Path) (restore func()) {
	was := mode.Swap(int32(p))
	return func() { mode.Store(was) }
}

// Describe names the path in use, for benchmarks and logs.
func Describe() string {
	switch {
	case !available:
		return "scalar (no vector kernels in this build or CPU)"
	case !Enabled():
		return "scalar"
	case Wide():
		return "avx512"
	}
	return "avx2"
}
