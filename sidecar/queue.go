package sidecar

import "sync"

// sendQueue is a client's bounded queue of frames to send. It holds no memory while
// empty (an idle client costs little), never blocks the producer, and refuses an item
// that would pass its bounds (the caller then drops the client as slow).
type sendQueue struct {
	mu       sync.Mutex
	items    []item
	bytes    int64
	maxItems int
	maxBytes int64
	ready    chan struct{} // a signal that items may be waiting
}

func newSendQueue(maxItems int, maxBytes int64) *sendQueue {
	return &sendQueue{maxItems: maxItems, maxBytes: maxBytes, ready: make(chan struct{}, 1)}
}

// push appends it; false when the queue is full (by count or bytes).
func (q *sendQueue) push(it item) (ok bool, byCount bool) {
	n := it.size()
	q.mu.Lock()
	if len(q.items) >= q.maxItems {
		q.mu.Unlock()
		return false, true
	}
	if q.bytes+n > q.maxBytes {
		q.mu.Unlock()
		return false, false
	}
	q.items = append(q.items, it)
	q.bytes += n
	q.mu.Unlock()
	select {
	case q.ready <- struct{}{}:
	default:
	}
	return true, false
}

// take removes and returns everything queued (nil when empty), releasing its memory.
func (q *sendQueue) take() []item {
	q.mu.Lock()
	defer q.mu.Unlock()
	out := q.items
	q.items, q.bytes = nil, 0
	return out
}
