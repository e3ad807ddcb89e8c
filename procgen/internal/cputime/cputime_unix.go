//go:build unix

// Package cputime reads the process CPU time, so benchmarks on a shared machine can
// report throughput per CPU-second alongside wall-clock throughput.
package cputime

import (
	"syscall"
	"time"
)

// Now returns user+system CPU time consumed by the process so far (0 if unavailable).
func Now() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
