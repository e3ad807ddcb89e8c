//go:build linux && cgo

package extension

/*
#include <malloc.h>
#include <unistd.h>
*/
import "C"

import (
	"context"
	"sync"
	"syscall"
	"time"
)

// prefaultSetting, when false, turns off faulting in the engine's heap off the main thread
// (see prefaultHeap); it is on by default for worlds that show meshes.
const prefaultSetting = "procgen/memory/prefault_heap"

// prefaultPad is how far ahead of its use the main arena's heap is grown and faulted in.
const prefaultPad = 32 << 20

// madvPopulateWrite is Linux's MADV_POPULATE_WRITE (5.14): fault pages in as if written,
// without changing their contents, so it is safe beside the allocator using them.
const madvPopulateWrite = 23

var malloptOnce sync.Once

// prefaultHeap makes the first install of a chunk cheap: a full-detail chunk's mesh is
// about 220 kB the engine allocates on the main thread, and faulting in that fresh heap is
// most of a first install's cost (1.0 ms against 0.12 ms from memory touched before). It
// asks glibc to grow the main arena's heap prefaultPad at a time and keep up to twice that
// when freed, and until ctx ends a goroutine faults in the heap's new pages with
// MADV_POPULATE_WRITE, on a worker's core instead of the main thread's.
func prefaultHeap(ctx context.Context) {
	malloptOnce.Do(func() {
		C.mallopt(C.M_TOP_PAD, C.int(prefaultPad))
		C.mallopt(C.M_TRIM_THRESHOLD, C.int(2*prefaultPad))
	})
	go func() {
		t := time.NewTicker(time.Millisecond)
		defer t.Stop()
		var done uintptr // heap faulted in up to here
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
			end := uintptr(C.sbrk(0))
			if done == 0 || done > end {
				done = end - min(end, prefaultPad) // start (again) one pad below the break
			}
			if end <= done {
				continue
			}
			const page = 4096
			start := done &^ (page - 1)
			// Errors (a range trimmed meanwhile, an old kernel) only mean no prefaulting.
			syscall.Syscall(syscall.SYS_MADVISE, start, end-start, madvPopulateWrite)
			done = end
		}
	}()
}
