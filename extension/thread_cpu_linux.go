//go:build linux

package extension

import (
	"syscall"
	"time"
	"unsafe"
)

// threadCPU returns the CPU time the calling thread has used (CLOCK_THREAD_CPUTIME_ID), and
// whether it could be read. Engine callbacks run on the engine's thread for their whole
// duration, so the difference of two readings in one callback is that callback's CPU time:
// unlike wall time it does not count the time the thread waited for a core on a loaded
// machine.
func threadCPU() (time.Duration, bool) {
	const clockThreadCPUTimeID = 3
	var ts syscall.Timespec
	if _, _, errno := syscall.RawSyscall(syscall.SYS_CLOCK_GETTIME, clockThreadCPUTimeID, uintptr(unsafe.Pointer(&ts)), 0); errno != 0 {
		return 0, false
	}
	return time.Duration(ts.Nano()), true
}
