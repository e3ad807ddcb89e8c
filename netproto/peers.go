package netproto

import (
	"errors"
	"fmt"
	"sync"
	"time"
)

// PeerID identifies a connected peer (Godot's multiplayer peer id fits).
type PeerID = int64

// Clock returns the current time; inject a fake one in tests. Only differences
// between its readings matter; a reading earlier than the previous one counts as
// no time passing.
type Clock func() time.Time

// peerTable is a map of per-peer state with a least-recently-used list: lookups
// move a peer to the front, expired peers are dropped from the back, and when
// the table holds max peers the least recently used one is evicted. All times are
// nanoseconds since the owner's epoch.
type peerTable[V any] struct {
	m          map[PeerID]*peerNode[V]
	head, tail *peerNode[V] // head is the most recently used
	max        int
}

type peerNode[V any] struct {
	id         PeerID
	last       int64 // last use
	v          V
	prev, next *peerNode[V]
}

func newPeerTable[V any](max int) peerTable[V] {
	return peerTable[V]{m: make(map[PeerID]*peerNode[V]), max: max}
}

func (t *peerTable[V]) unlink(n *peerNode[V]) {
	if n.prev != nil {
		n.prev.next = n.next
	} else {
		t.head = n.next
	}
	if n.next != nil {
		n.next.prev = n.prev
	} else {
		t.tail = n.prev
	}
	n.prev, n.next = nil, nil
}

func (t *peerTable[V]) pushFront(n *peerNode[V]) {
	n.next = t.head
	if t.head != nil {
		t.head.prev = n
	}
	t.head = n
	if t.tail == nil {
		t.tail = n
	}
}

// get returns id's node, moved to the front, creating it (evicting the least
// recently used peer if full) when absent; created reports a new node.
func (t *peerTable[V]) get(id PeerID) (n *peerNode[V], created bool) {
	if n = t.m[id]; n != nil {
		if t.head != n {
			t.unlink(n)
			t.pushFront(n)
		}
		return n, false
	}
	if len(t.m) >= t.max && t.tail != nil {
		t.remove(t.tail)
	}
	n = &peerNode[V]{id: id}
	t.m[id] = n
	t.pushFront(n)
	return n, true
}

func (t *peerTable[V]) remove(n *peerNode[V]) {
	t.unlink(n)
	delete(t.m, n.id)
}

func (t *peerTable[V]) forget(id PeerID) {
	if n := t.m[id]; n != nil {
		t.remove(n)
	}
}

// expire drops peers from the back while they have been unused for at least ttl.
func (t *peerTable[V]) expire(now, ttl int64) {
	for t.tail != nil && now-t.tail.last >= ttl {
		t.remove(t.tail)
	}
}

// clockBase turns a Clock into monotonic nanoseconds since construction.
type clockBase struct {
	now   Clock
	epoch time.Time
	prev  int64
}

func newClockBase(now Clock) clockBase {
	if now == nil {
		now = time.Now
	}
	return clockBase{now: now, epoch: now()}
}

// tick reads the clock; it never goes backwards.
func (c *clockBase) tick() int64 {
	t := int64(c.now().Sub(c.epoch))
	if t < c.prev {
		t = c.prev
	}
	c.prev = t
	return t
}

// DefaultMaxPeers bounds per-peer state when a config leaves MaxPeers at 0.
const DefaultMaxPeers = 4096

// RateConfig configures a RateLimiter.
type RateConfig struct {
	Rate     float64 // sustained requests per second, > 0
	Burst    int     // bucket capacity: requests allowed at once after idling, ≥ 1
	MaxPeers int     // peers tracked at once (0: DefaultMaxPeers); beyond, the least recently seen is forgotten
	Now      Clock   // nil: time.Now
}

// RateLimiter is a per-peer token bucket: each peer's bucket holds up to Burst
// tokens, refills at Rate tokens per second, and each allowed request takes one.
// A peer idle long enough for its bucket to refill is forgotten (exactly: a new
// bucket is full too), so memory follows the number of active peers, never
// exceeding MaxPeers. Safe for concurrent use.
type RateLimiter struct {
	mu     sync.Mutex
	rate   float64 // tokens per nanosecond
	burst  float64
	refill int64 // nanoseconds to refill an empty bucket
	clock  clockBase
	peers  peerTable[float64] // tokens at node.last
}

var errConfig = errors.New("netproto: invalid config")

// NewRateLimiter returns a rate limiter, or an error for an invalid config.
func NewRateLimiter(c RateConfig) (*RateLimiter, error) {
	if !(c.Rate > 0 && c.Rate <= 1e9) || c.Burst < 1 || c.MaxPeers < 0 {
		return nil, fmt.Errorf("%w: rate %v, burst %d, max peers %d", errConfig, c.Rate, c.Burst, c.MaxPeers)
	}
	if c.MaxPeers == 0 {
		c.MaxPeers = DefaultMaxPeers
	}
	l := &RateLimiter{
		rate:  c.Rate / 1e9,
		burst: float64(c.Burst),
		clock: newClockBase(c.Now),
		peers: newPeerTable[float64](c.MaxPeers),
	}
	l.refill = int64(l.burst/l.rate) + 1
	return l, nil
}

// Allow reports whether peer may make one more request now, taking a token if so.
func (l *RateLimiter) Allow(peer PeerID) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.clock.tick()
	l.peers.expire(now, l.refill)
	n, created := l.peers.get(peer)
	if created {
		n.v = l.burst
	} else {
		n.v = min(l.burst, n.v+float64(now-n.last)*l.rate)
	}
	n.last = now
	if n.v < 1 {
		return false
	}
	n.v--
	return true
}

// Forget drops peer's state (call it when the peer disconnects).
func (l *RateLimiter) Forget(peer PeerID) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.peers.forget(peer)
}

// Len is the number of peers currently tracked.
func (l *RateLimiter) Len() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.peers.m)
}

// MaxFloodRejects bounds FloodConfig.MaxRejects (per-peer memory is proportional).
const MaxFloodRejects = 1024

// FloodConfig configures a FloodDetector.
type FloodConfig struct {
	MaxRejects int           // a peer floods after more than MaxRejects rejections within Window; 1..MaxFloodRejects
	Window     time.Duration // > 0
	MaxPeers   int           // peers tracked at once (0: DefaultMaxPeers); beyond, the least recently rejected is forgotten
	Now        Clock         // nil: time.Now
}

// FloodDetector counts rejected packets per peer (malformed, invalid, rate
// limited…) over a sliding window and says when a peer should be dropped. A peer
// with no rejection within the window is forgotten (exactly: it has no
// rejections to count), so memory follows the number of misbehaving peers, never
// exceeding MaxPeers. Safe for concurrent use.
type FloodDetector struct {
	mu     sync.Mutex
	max    int
	window int64
	clock  clockBase
	peers  peerTable[floodState]
}

// floodState is a ring of the last max+1 rejection times.
type floodState struct {
	times []int64
	next  int // ring position of the oldest entry once full
}

// NewFloodDetector returns a flood detector, or an error for an invalid config.
func NewFloodDetector(c FloodConfig) (*FloodDetector, error) {
	if c.MaxRejects < 1 || c.MaxRejects > MaxFloodRejects || c.Window <= 0 || c.MaxPeers < 0 {
		return nil, fmt.Errorf("%w: max rejects %d, window %v, max peers %d", errConfig, c.MaxRejects, c.Window, c.MaxPeers)
	}
	if c.MaxPeers == 0 {
		c.MaxPeers = DefaultMaxPeers
	}
	return &FloodDetector{
		max:    c.MaxRejects,
		window: int64(c.Window),
		clock:  newClockBase(c.Now),
		peers:  newPeerTable[floodState](c.MaxPeers),
	}, nil
}

// Reject records one rejected packet from peer and reports whether the peer has
// now had more than MaxRejects rejections within Window: drop (kick) it then.
func (f *FloodDetector) Reject(peer PeerID) (kick bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	now := f.clock.tick()
	f.peers.expire(now, f.window)
	n, _ := f.peers.get(peer)
	n.last = now
	s := &n.v
	if len(s.times) <= f.max {
		s.times = append(s.times, now)
		if len(s.times) <= f.max {
			return false
		}
		return now-s.times[0] < f.window
	}
	s.times[s.next] = now
	s.next = (s.next + 1) % len(s.times)
	// s.times[s.next] is now the oldest of the last max+1 rejections.
	return now-s.times[s.next] < f.window
}

// Forget drops peer's state (call it when the peer disconnects or is kicked).
func (f *FloodDetector) Forget(peer PeerID) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.peers.forget(peer)
}

// Len is the number of peers currently tracked.
func (f *FloodDetector) Len() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.peers.m)
}
