//go:build !linux || !cgo

package extension

import "context"

// prefaultSetting is read everywhere; only Linux builds with cgo act on it.
const prefaultSetting = "procgen/memory/prefault_heap"

// prefaultHeap does nothing here: it relies on glibc and MADV_POPULATE_WRITE.
func prefaultHeap(ctx context.Context) {}
