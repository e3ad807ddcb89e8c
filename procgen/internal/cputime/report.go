package cputime

import (
	"testing"
	"time"
)

// ReportRate reports a benchmark's wall-clock chunks/s and its chunks per CPU-second since
// start (a Now reading): the machine may be shared, and CPU time shows what an idle core
// would do.
func ReportRate(b *testing.B, start time.Duration) {
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "chunks/s")
	if cpu := Now() - start; cpu > 0 {
		b.ReportMetric(float64(b.N)/cpu.Seconds(), "chunks/cpu-s")
	}
}
