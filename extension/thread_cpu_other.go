//go:build !linux

package extension

// threadCPUMs reports false: per-thread CPU time is read only on Linux.
func threadCPUMs() (float64, bool) { return 0, false }
