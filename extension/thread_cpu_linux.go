//go:build linux

package extension

import (
	"syscall"
	"unsafe"
)

// clockThreadCPUTime is Linux's CLOCK_THREAD_CPUTIME_ID.
const clockThreadCPUTime = 3

// threadCPUMs is the CPU time the calling OS thread has used, in milliseconds, and true; on
// a shared machine the difference of two readings is an install's own cost, without the
// time other processes held the core. Godot calls the node on its main thread, which stays
// the same OS thread for the call.
func threadCPUMs() (float64, bool) {
	var ts syscall.Timespec
	if _, _, e := syscall.Syscall(syscall.SYS_CLOCK_GETTIME, clockThreadCPUTime, uintptr(unsafe.Pointer(&ts)), 0); e != 0 {
		return 0, false
	}
	return float64(ts.Sec)*1e3 + float64(ts.Nsec)/1e6, true
}
