package sidecar

import (
	"encoding/json"
	"sync"
	"time"

	"github.com/coder/websocket"
)

// ChannelOptions configures the realtime channel.
type ChannelOptions struct {
	// AllowedOrigins are host patterns (path.Match syntax, e.g. "*.example.com") whose
	// pages may open the channel besides pages served by the sidecar's own host. Requests
	// without an Origin header (programs) are always allowed.
	AllowedOrigins []string
	// SendQueue bounds the frames waiting to be sent to one client (default 256) and
	// SendQueueBytes their bytes (default 8 MiB): a client that lets more pile up is slow
	// and is dropped with a reason.
	SendQueue      int
	SendQueueBytes int64
	// MaxMessageBytes is the largest text message a client may send (default 16 KiB):
	// larger ones get an error and the connection stays. CloseMessageBytes (default
	// 1 MiB) is where the connection is closed instead ("message too big").
	MaxMessageBytes   int
	CloseMessageBytes int64
	// HeartbeatTimeout drops a client that sent nothing for this long (default 60 s;
	// clients send a heartbeat every 30 s). WriteTimeout drops a client that takes longer
	// to accept one frame (default 10 s).
	HeartbeatTimeout time.Duration
	WriteTimeout     time.Duration
	// PresenceInterval is how often presence changes are sent (default 100 ms).
	PresenceInterval time.Duration
	// MaxClients bounds connected clients (default 10000).
	MaxClients int
}

func (o ChannelOptions) withDefaults() ChannelOptions {
	if o.SendQueue <= 0 {
		o.SendQueue = 256
	}
	if o.SendQueueBytes <= 0 {
		o.SendQueueBytes = 8 << 20
	}
	if o.MaxMessageBytes <= 0 {
		o.MaxMessageBytes = 16 << 10
	}
	if o.CloseMessageBytes <= 0 {
		o.CloseMessageBytes = 1 << 20
	}
	if o.HeartbeatTimeout <= 0 {
		o.HeartbeatTimeout = 60 * time.Second
	}
	if o.WriteTimeout <= 0 {
		o.WriteTimeout = 10 * time.Second
	}
	if o.PresenceInterval <= 0 {
		o.PresenceInterval = 100 * time.Millisecond
	}
	if o.MaxClients <= 0 {
		o.MaxClients = 10000
	}
	return o
}

// hub is the channel's registry: connected clients and, per world topic, who is present.
type hub struct {
	s   *Server
	opt ChannelOptions

	mu      sync.Mutex
	clients map[*client]struct{}
	topics  map[*World]*topic
	wg      sync.WaitGroup // one per connection
}

// topic is one world's presence: its members and the changes not yet sent.
type topic struct {
	name    string
	members map[*client]struct{}
	joins   map[string]Meta
	leaves  map[string]struct{}
}

func newHub(s *Server) *hub {
	h := &hub{s: s, opt: s.opt.Channel, clients: map[*client]struct{}{}, topics: map[*World]*topic{}}
	go h.presenceLoop()
	return h
}

func (h *hub) count() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return len(h.clients)
}

// closeAll drops every client with "going away".
func (h *hub) closeAll(reason string) {
	h.mu.Lock()
	list := make([]*client, 0, len(h.clients))
	for c := range h.clients {
		list = append(list, c)
	}
	h.mu.Unlock()
	for _, c := range list {
		c.dropWith(websocket.StatusGoingAway, reason, false)
	}
}

// wait returns when every connection has ended.
func (h *hub) wait() { h.wg.Wait() }

// join adds c to w's presence and sends c the current presence state.
func (h *hub) join(c *client, w *World, name string, meta Meta) {
	h.mu.Lock()
	defer h.mu.Unlock()
	t := h.topics[w]
	if t == nil {
		t = &topic{name: name, members: map[*client]struct{}{}, joins: map[string]Meta{}, leaves: map[string]struct{}{}}
		h.topics[w] = t
	}
	state := make(map[string]Meta, len(t.members)+1)
	for m := range t.members {
		state[m.id] = m.meta
	}
	t.members[c] = struct{}{}
	c.meta = meta
	state[c.id] = meta
	t.joins[c.id] = meta
	delete(t.leaves, c.id)
	c.enqueueText(push(name, EventPresenceState, nil, state))
}

// leave removes c from w's presence.
func (h *hub) leave(c *client, w *World) {
	h.mu.Lock()
	defer h.mu.Unlock()
	t := h.topics[w]
	if t == nil {
		return
	}
	if _, ok := t.members[c]; !ok {
		return
	}
	delete(t.members, c)
	delete(t.joins, c.id)
	t.leaves[c.id] = struct{}{}
}

// camera records c's camera for the next presence diff.
func (h *hub) camera(c *client, w *World, cam Camera) {
	h.mu.Lock()
	defer h.mu.Unlock()
	t := h.topics[w]
	if t == nil {
		return
	}
	if _, ok := t.members[c]; !ok {
		return
	}
	c.meta.Camera = &cam
	t.joins[c.id] = c.meta
}

// presenceLoop sends each topic's presence changes every PresenceInterval, so cameras
// moving at any rate cost each client at most one message per interval.
func (h *hub) presenceLoop() {
	tick := time.NewTicker(h.opt.PresenceInterval)
	defer tick.Stop()
	for {
		select {
		case <-h.s.ctx.Done():
			return
		case <-tick.C:
		}
		h.mu.Lock()
		for w, t := range h.topics {
			if len(t.joins) == 0 && len(t.leaves) == 0 {
				if len(t.members) == 0 {
					delete(h.topics, w)
				}
				continue
			}
			msg := push(t.name, EventPresenceDiff, nil, PresenceDiff{Joins: t.joins, Leaves: t.leaves})
			for m := range t.members {
				m.enqueueText(msg)
			}
			t.joins, t.leaves = map[string]Meta{}, map[string]struct{}{}
		}
		h.mu.Unlock()
	}
}

// push encodes a server message.
func push(topic, event string, ref *string, payload any) []byte {
	p, err := json.Marshal(payload)
	if err != nil {
		p = []byte(`{}`)
	}
	b, _ := json.Marshal(Envelope{Topic: topic, Event: event, Payload: p, Ref: ref})
	return b
}
