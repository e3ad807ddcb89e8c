//go:build !linux

package schedule

// lowerThreadPriority is a no-op where per-thread niceness is not available.
func lowerThreadPriority(int) {}
