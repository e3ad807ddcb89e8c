package schedule

import "syscall"

// lowerThreadPriority sets the niceness of the calling OS thread (Linux applies
// PRIO_PROCESS with a thread id to that thread only). Failure leaves the priority as is:
// it only affects latency elsewhere, never results.
func lowerThreadPriority(nice int) {
	_ = syscall.Setpriority(syscall.PRIO_PROCESS, syscall.Gettid(), nice)
}
