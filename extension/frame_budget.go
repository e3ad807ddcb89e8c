package extension

import (
	"math"
	"time"
)

// frameBudget plans one frame's main-thread work: the frame's first step always runs (so
// streaming progresses even when one step exceeds the budget), later ones only while a
// pessimistic estimate of their cost still fits in what is left of the plan.
type frameBudget struct {
	start time.Time
	limit time.Duration
	ran   int // steps run this frame
}

// defaultLoadingBudget is loading_budget_ms's default: half a 60 Hz frame. A headless or
// vsynced engine paces frames (6.9 ms apart headless), so with the 2 ms frame budget a world
// whose first installs each cost about a millisecond (fresh mesh memory) loads one chunk per
// frame; while nothing is shown yet, bigger frames cost the player nothing.
const defaultLoadingBudget = 8.0

// streamLimit is a frame's streaming budget: the loading budget, when larger, until the
// world's first world_ready, then the frame budget.
func streamLimit(frameMs, loadingMs float64, everReady bool) time.Duration {
	ms := frameMs
	if !everReady && loadingMs > ms {
		ms = loadingMs
	}
	return time.Duration(ms * float64(time.Millisecond))
}

// planFraction is the part of the budget a frame plans to fill. The rest absorbs what the
// per-step estimates do not foresee (the variance of a sum of steps, the runtime's and the
// operating system's pauses), so that frames stay within the whole budget at p99.
const planFraction = 0.8

// next reports whether a step with cost estimate c may run now, and counts it if so.
func (b *frameBudget) next(c stepCost) bool {
	plan := time.Duration(float64(b.limit) * planFraction)
	if b.ran > 0 && time.Since(b.start)+time.Duration(c.bound()*float64(time.Millisecond)) > plan {
		return false
	}
	b.ran++
	return true
}

// stepCost estimates the main-thread milliseconds of one kind of streaming step from its
// samples: a moving mean and a moving mean absolute deviation, as TCP estimates round trips.
// A frame plans with the mean plus four deviations, so that steps of varying cost (an
// install's cost follows the chunk's LOD and the engine's allocator) seldom overrun it.
type stepCost struct {
	mean, dev float64
	seen      bool
}

// add folds one sample of v milliseconds into the estimate.
func (c *stepCost) add(v float64) {
	if !c.seen {
		c.mean, c.dev, c.seen = v, v/2, true
		return
	}
	c.dev = 0.75*c.dev + 0.25*math.Abs(v-c.mean)
	c.mean = 0.875*c.mean + 0.125*v
}

// bound is the cost to plan with: the mean plus four deviations.
func (c stepCost) bound() float64 {
	return c.mean + 4*c.dev
}
