//go:build !unix

// Package cputime reads the process CPU time, so benchmarks on a shared machine can
// report throughput per CPU-second alongside wall-clock throughput.
package cputime

import "time"

// Now returns 0: CPU time is not available on this platform.
func Now() time.Duration { return 0 }
