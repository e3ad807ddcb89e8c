package edit

import (
	"sync"
	"time"
)

// Clock is a hybrid logical clock (Kulkarni, Demirbas et al., "Logical Physical Clocks",
// 2014) that timestamps the edits one server or client records. A timestamp is Unix
// milliseconds in its high 48 bits and a logical counter in its low 16 bits, so it stays
// close to wall time and orders like it:
//
//   - Now never returns a timestamp at or below one it returned or observed before, so an
//     edit recorded after its recorder saw another edit (Observe) replays after it, however
//     far apart the servers' clocks are;
//   - between edits with no causal link, the later one by the recorders' clocks wins.
//
// The zero Clock reads time.Now. A Clock is safe for concurrent use.
type Clock struct {
	mu   sync.Mutex
	last uint64
	wall func() time.Time
}

// MaxClockLead bounds how far ahead of the local wall clock an observed timestamp may move
// this clock: a peer whose clock is wrong by more (or that lies) cannot push every later
// local edit years into the future. Its edits keep their timestamps.
const MaxClockLead = time.Hour

// NewClock returns a clock reading wall for physical time (time.Now when nil).
func NewClock(wall func() time.Time) *Clock {
	if wall == nil {
		wall = time.Now
	}
	return &Clock{wall: wall}
}

// physical is the wall time as a timestamp with a zero counter.
func (c *Clock) physical() uint64 {
	now := time.Now
	if c.wall != nil {
		now = c.wall
	}
	ms := now().UnixMilli()
	if ms < 0 {
		ms = 0
	}
	return uint64(ms) << 16
}

// Now returns a new timestamp, greater than every one returned or observed before.
func (c *Clock) Now() uint64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	if p := c.physical(); p > c.last {
		c.last = p
	} else {
		c.last++
	}
	return c.last
}

// Observe takes in the timestamp of an edit made elsewhere, so that edits recorded here
// afterwards replay after it (up to MaxClockLead ahead of the local wall clock).
func (c *Clock) Observe(t uint64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if limit := c.physical() + uint64(MaxClockLead.Milliseconds())<<16; t > limit {
		t = limit
	}
	if t > c.last {
		c.last = t
	}
}

// TimeOf returns the wall time a timestamp was made at (to the millisecond).
func TimeOf(t uint64) time.Time { return time.UnixMilli(int64(t >> 16)) }
