package world

import (
	"sync"
	"sync/atomic"
	"time"
)

// StageTimings accumulates how long each stage takes per chunk, for a world's pipeline
// report (get_pipeline's ms/chunk). It is safe for concurrent use and allocates only the
// first time it sees a stage.
type StageTimings struct {
	m sync.Map // name -> *stageTiming
}

type stageTiming struct{ ns, n atomic.Int64 }

// Add records one run of stage name that took d.
func (t *StageTimings) Add(name string, d time.Duration) {
	v, ok := t.m.Load(name)
	if !ok {
		v, _ = t.m.LoadOrStore(name, new(stageTiming))
	}
	st := v.(*stageTiming)
	st.ns.Add(int64(d))
	st.n.Add(1)
}

// Mean returns the mean milliseconds per run of stage name and the number of runs.
func (t *StageTimings) Mean(name string) (ms float64, runs int64) {
	v, ok := t.m.Load(name)
	if !ok {
		return 0, 0
	}
	st := v.(*stageTiming)
	n := st.n.Load()
	if n == 0 {
		return 0, 0
	}
	return float64(st.ns.Load()) / float64(n) / 1e6, n
}

// Timings returns the world's per-stage timings (chunk generation records them).
func (w *World) Timings() *StageTimings { return &w.timings }
