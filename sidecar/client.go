package sidecar

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/coder/websocket"

	"github.com/procgen-godot/procgen/netproto"
	"github.com/procgen-godot/procgen/procgen/edit"
	"github.com/procgen-godot/procgen/storage"
)

// client is one WebSocket connection. Its reader (the handler goroutine) handles messages;
// its writer sends the queue; dropWith ends both, with a close reason.
type client struct {
	id    string
	hub   *hub
	conn  *websocket.Conn
	peer  netproto.PeerID
	token string // from the URL, if any
	log   *slogLogger

	queue    *sendQueue
	lastSeen atomic.Int64 // Unix nanoseconds of the last message

	dropOnce  sync.Once
	dropped   chan struct{}
	code      websocket.StatusCode
	reason    string
	flush     bool // send what is queued before closing
	writerEnd chan struct{}

	// Reader goroutine only.
	world *World
	topic string
	grant Grant
	leave func()

	meta Meta // hub.mu
}

// item is one queued frame, or a catch-up to encode and send.
type item struct {
	text    []byte
	binary  []byte
	catchUp *catchUp
}

type catchUp struct {
	topic     string
	ds        []edit.Delta
	snapshots bool
	chunk     int
	pos       Position
}

func (it item) size() int64 {
	n := int64(len(it.text) + len(it.binary))
	if it.catchUp != nil {
		n += int64(len(it.catchUp.ds)) * edit.RecordSize / 4 // compressed estimate
	}
	return n
}

func newClientID() string {
	var b [8]byte
	_, _ = rand.Read(b[:])
	return "c" + hex.EncodeToString(b[:])
}

// serveWS upgrades a request to the channel.
func (h *hub) serveWS(w http.ResponseWriter, r *http.Request) {
	s := h.s
	if s.closing.Load() {
		writeError(w, http.StatusServiceUnavailable, "shutting_down", ErrShuttingDown.Error())
		return
	}
	if h.count() >= h.opt.MaxClients {
		writeError(w, http.StatusServiceUnavailable, "full", fmt.Sprintf("this sidecar serves at most %d clients", h.opt.MaxClients))
		return
	}
	conn, err := websocket.Accept(w, r, &websocket.AcceptOptions{
		Subprotocols:   []string{ChannelSubprotocol},
		OriginPatterns: h.opt.AllowedOrigins,
	})
	if err != nil {
		s.log.Info("channel upgrade refused", "remote", clientIP(r), "origin", r.Header.Get("Origin"), "err", err)
		return // Accept has answered
	}
	conn.SetReadLimit(h.opt.CloseMessageBytes)
	c := &client{
		id: newClientID(), hub: h, conn: conn, token: r.URL.Query().Get("token"),
		queue: newSendQueue(h.opt.SendQueue, h.opt.SendQueueBytes), dropped: make(chan struct{}), writerEnd: make(chan struct{}),
	}
	c.peer = peerID("conn:" + c.id)
	c.log = &slogLogger{s: s, attrs: []any{"client", c.id, "remote", clientIP(r)}}
	c.lastSeen.Store(time.Now().UnixNano())
	h.mu.Lock()
	h.clients[c] = struct{}{}
	h.wg.Add(1)
	h.mu.Unlock()
	defer h.wg.Done()
	c.log.info("channel connected", "origin", r.Header.Get("Origin"))
	go c.writer()
	c.readLoop()
	c.dropWith(websocket.StatusNormalClosure, "", false)
	<-c.writerEnd
	c.part()
	h.mu.Lock()
	delete(h.clients, c)
	h.mu.Unlock()
	s.forgetPeer(c.peer)
	c.log.info("channel closed", "code", int(c.code), "reason", c.reason)
}

// slogLogger adds a client's attributes to the server's log lines.
type slogLogger struct {
	s     *Server
	attrs []any
}

func (l *slogLogger) info(msg string, kv ...any) { l.s.log.Info(msg, append(kv, l.attrs...)...) }
func (l *slogLogger) warn(msg string, kv ...any) { l.s.log.Warn(msg, append(kv, l.attrs...)...) }

// dropWith ends the connection once: the writer sends a close frame with code and reason
// (after what is queued, when flush is set).
func (c *client) dropWith(code websocket.StatusCode, reason string, slow bool) {
	c.dropOnce.Do(func() {
		c.code, c.reason, c.flush = code, reason, !slow
		if slow {
			c.hub.s.metrics.dropped.Add(1)
			c.log.warn("slow channel client dropped", "reason", reason)
		}
		close(c.dropped)
	})
}

func (c *client) isDropped() bool {
	select {
	case <-c.dropped:
		return true
	default:
		return false
	}
}

// enqueue queues a frame without ever blocking; a client whose queue is full is slow and is
// dropped with a reason.
func (c *client) enqueue(it item) bool {
	if c.isDropped() {
		return false
	}
	ok, byCount := c.queue.push(it)
	if ok {
		return true
	}
	if byCount {
		c.dropWith(websocket.StatusPolicyViolation, fmt.Sprintf("slow client: %d messages waiting to be sent", c.queue.maxItems), true)
	} else {
		c.dropWith(websocket.StatusPolicyViolation, fmt.Sprintf("slow client: more than %d bytes waiting to be sent", c.queue.maxBytes), true)
	}
	return false
}

func (c *client) enqueueText(b []byte) bool { return c.enqueue(item{text: b}) }

// Edits is the client's World subscription: live edits, as netproto Edits packets.
func (c *client) Edits(_ []edit.Delta, packets [][]byte) {
	for _, p := range packets {
		if !c.enqueue(item{binary: p}) {
			return
		}
	}
}

// writer sends queued frames until the client is dropped, then closes the connection.
func (c *client) writer() {
	defer close(c.writerEnd)
	hb := time.NewTicker(min(c.hub.opt.HeartbeatTimeout/4, time.Second))
	defer hb.Stop()
	for {
		select {
		case <-c.dropped:
			if c.flush {
				c.drain()
			}
			_ = c.conn.Close(c.code, c.reason)
			return
		case <-c.queue.ready:
			for _, it := range c.queue.take() {
				if c.isDropped() && !c.flush {
					break
				}
				if err := c.send(it); err != nil {
					c.dropWith(websocket.StatusGoingAway, "write failed", false)
					break
				}
			}
		case <-hb.C:
			idle := time.Since(time.Unix(0, c.lastSeen.Load()))
			if idle > c.hub.opt.HeartbeatTimeout {
				c.dropWith(websocket.StatusPolicyViolation, fmt.Sprintf("heartbeat timeout: nothing received for %v", idle.Round(time.Second)), false)
			}
		}
	}
}

// drain sends what is still queued, briefly, before a clean close.
func (c *client) drain() {
	deadline := time.Now().Add(time.Second)
	for _, it := range c.queue.take() {
		if time.Now().After(deadline) || c.send(it) != nil {
			return
		}
	}
}

func (c *client) write(typ websocket.MessageType, b []byte) error {
	ctx, cancel := context.WithTimeout(context.Background(), c.hub.opt.WriteTimeout)
	defer cancel()
	if err := c.conn.Write(ctx, typ, b); err != nil {
		return err
	}
	m := c.hub.s.metrics
	m.framesOut.Add(1)
	m.bytesOut.Add(int64(len(b)))
	return nil
}

func (c *client) send(it item) error {
	switch {
	case it.text != nil:
		return c.write(websocket.MessageText, it.text)
	case it.binary != nil:
		return c.write(websocket.MessageBinary, it.binary)
	case it.catchUp != nil:
		return c.sendCatchUp(it.catchUp)
	}
	return nil
}

// sendCatchUp encodes and sends a join's catch-up: per-chunk snapshots for a fresh client,
// else the missing edits; then caught_up with the position reached.
func (c *client) sendCatchUp(cu *catchUp) error {
	var packets [][]byte
	var err error
	if cu.snapshots {
		packets, err = netproto.SplitSnapshots(cu.ds, cu.chunk)
	} else {
		packets, err = netproto.SplitEdits(cu.ds)
	}
	if err != nil {
		c.log.warn("encoding catch-up", "err", err)
		return err
	}
	bytes := 0
	for _, p := range packets {
		if err := c.write(websocket.MessageBinary, p); err != nil {
			return err
		}
		bytes += len(p)
	}
	return c.write(websocket.MessageText, push(cu.topic, EventCaughtUp, nil, CaughtUp{Position: cu.pos, Frames: len(packets), Bytes: bytes}))
}

// readLoop handles messages until the connection ends.
func (c *client) readLoop() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() {
		select {
		case <-c.dropped:
		case <-ctx.Done():
		}
		<-c.writerEnd
		cancel() // the writer closed the connection: stop reading
	}()
	for {
		typ, data, err := c.conn.Read(ctx)
		if err != nil {
			if websocket.CloseStatus(err) == websocket.StatusMessageTooBig || errors.Is(err, websocket.ErrMessageTooBig) {
				c.dropWith(websocket.StatusMessageTooBig, fmt.Sprintf("message too big: the limit is %d bytes", c.hub.opt.MaxMessageBytes), false)
			}
			return
		}
		c.lastSeen.Store(time.Now().UnixNano())
		if c.isDropped() {
			return
		}
		c.handle(typ, data)
	}
}

// fail answers a bad message with an error (a reply when it had a ref, else an error
// event) and counts it; a client that keeps failing is dropped.
func (c *client) fail(topic string, ref *string, reason, msg string) {
	c.hub.s.metrics.badMessages.Add(1)
	if c.hub.s.flood.Reject(c.peer) {
		c.dropWith(websocket.StatusPolicyViolation, "too many bad messages: "+msg, false)
		return
	}
	c.replyError(topic, ref, reason, msg)
}

func (c *client) replyError(topic string, ref *string, reason, msg string) {
	body := errorBody{Error: netproto.SanitizeText(msg, 512), Reason: reason}
	if ref != nil {
		c.enqueueText(push(topic, EventReply, ref, Reply{Status: "error", Response: body}))
	} else {
		c.enqueueText(push(topic, EventError, nil, body))
	}
}

func (c *client) replyOK(topic string, ref *string, response any) {
	if ref != nil {
		c.enqueueText(push(topic, EventReply, ref, Reply{Status: "ok", Response: response}))
	}
}

func (c *client) handle(typ websocket.MessageType, data []byte) {
	if typ != websocket.MessageText {
		c.fail("", nil, "malformed", "binary messages are not accepted: send JSON text messages")
		return
	}
	if len(data) > c.hub.opt.MaxMessageBytes {
		c.fail("", nil, "too_large", fmt.Sprintf("message of %d bytes refused: the limit is %d", len(data), c.hub.opt.MaxMessageBytes))
		return
	}
	var env Envelope
	if err := decodeStrict(data, &env); err != nil {
		c.fail("", nil, "malformed", err.Error()+` (want {"topic":…,"event":…,"payload":{…},"ref":…})`)
		return
	}
	if env.Ref != nil && len(*env.Ref) > 64 {
		c.fail(env.Topic, nil, "malformed", "ref longer than 64 bytes")
		return
	}
	if len(env.Payload) == 0 || string(env.Payload) == "null" {
		env.Payload = json.RawMessage(`{}`)
	}
	switch {
	case env.Topic == "phoenix" && env.Event == EventHeartbeat:
		c.replyOK(env.Topic, env.Ref, struct{}{})
	case env.Event == EventJoin:
		c.join(env)
	case env.Event == EventLeave:
		if c.world == nil || env.Topic != c.topic {
			c.fail(env.Topic, env.Ref, "not_joined", fmt.Sprintf("not joined to %q", env.Topic))
			return
		}
		c.part()
		c.replyOK(env.Topic, env.Ref, struct{}{})
	case env.Event == EventEdit:
		c.edit(env)
	case env.Event == EventCamera:
		c.camera(env)
	default:
		c.fail(env.Topic, env.Ref, "unknown_event", fmt.Sprintf("unknown event %q (want phx_join, phx_leave, edit, camera or heartbeat)", netproto.SanitizeText(env.Event, 64)))
	}
}

// part leaves the joined world, if any.
func (c *client) part() {
	if c.world == nil {
		return
	}
	c.leave()
	c.hub.leave(c, c.world)
	c.world, c.topic, c.leave = nil, "", nil
}

// joinTimeout bounds loading the world for a join.
const joinTimeout = 30 * time.Second

func (c *client) join(env Envelope) {
	s := c.hub.s
	id, ok := strings.CutPrefix(env.Topic, "world:")
	if !ok || checkWorldID(id) != nil {
		c.fail(env.Topic, env.Ref, "bad_topic", fmt.Sprintf("topic %q: want world:<id> with an id of 1 to %d bytes", netproto.SanitizeText(env.Topic, 160), MaxWorldIDBytes))
		return
	}
	if c.world != nil {
		c.fail(env.Topic, env.Ref, "already_joined", fmt.Sprintf("already joined to %q: leave it first (one world per connection)", c.topic))
		return
	}
	var p JoinPayload
	if err := decodeStrict(env.Payload, &p); err != nil {
		c.fail(env.Topic, env.Ref, "malformed", "join payload: "+err.Error())
		return
	}
	tok := p.Token
	if tok == "" {
		tok = c.token
	}
	g, err := s.Authenticate(tok)
	if err != nil {
		c.fail(env.Topic, env.Ref, "unauthorized", err.Error())
		return
	}
	if !g.Allows(AccessRead, id) {
		c.fail(env.Topic, env.Ref, "unauthorized", "a token is needed to join "+env.Topic)
		return
	}
	after, err := ParsePosition(p.Position)
	if err != nil {
		c.fail(env.Topic, env.Ref, "malformed", err.Error())
		return
	}
	if p.Camera != nil && !p.Camera.valid() {
		c.fail(env.Topic, env.Ref, "malformed", "camera coordinates must be finite and within ±1e9")
		return
	}
	if s.closing.Load() {
		c.replyError(env.Topic, env.Ref, "shutting_down", ErrShuttingDown.Error())
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), joinTimeout)
	w, err := s.World(ctx, id)
	cancel()
	if errors.Is(err, storage.ErrWorldNotFound) {
		c.replyError(env.Topic, env.Ref, "not_found", fmt.Sprintf("no world %q", id))
		return
	}
	if err != nil {
		c.replyError(env.Topic, env.Ref, "store", err.Error())
		return
	}
	access := AccessRead
	if g.Allows(AccessWrite, id) {
		access = AccessWrite
	}
	c.grant = Grant{Access: access, Subject: g.Subject, World: g.World}
	c.world, c.topic = w, env.Topic
	info := s.worldInfo(w)
	c.leave = w.Join(after, c, func(ds []edit.Delta, pos Position) {
		info.Position, info.Edits = pos.Clone(), len(w.log)
		r := JoinReply{Protocol: ChannelProtocol, ClientID: c.id, Access: access.String(), World: info, CatchUp: "edits", CatchUpEdits: len(ds)}
		snap := len(after) == 0
		if snap {
			r.CatchUp = "snapshots"
		}
		if env.Ref != nil {
			c.enqueueText(push(env.Topic, EventReply, env.Ref, Reply{Status: "ok", Response: r}))
		}
		c.enqueue(item{catchUp: &catchUp{topic: env.Topic, ds: ds, snapshots: snap, chunk: w.Config.Chunk.Heightmap, pos: pos}})
	})
	name := netproto.SanitizeText(p.Name, netproto.MaxNameBytes)
	if name == "" {
		name = c.id
	}
	c.hub.join(c, w, env.Topic, Meta{Name: name, Camera: p.Camera, Access: access.String()})
	s.metrics.joins.Add(1)
	c.log.info("channel joined", "world", id, "access", access.String(), "after", len(after))
}

func (c *client) edit(env Envelope) {
	s := c.hub.s
	if c.world == nil || env.Topic != c.topic {
		c.fail(env.Topic, env.Ref, "not_joined", fmt.Sprintf("join %q before sending edits to it", netproto.SanitizeText(env.Topic, 160)))
		return
	}
	if c.grant.Access < AccessWrite {
		c.fail(env.Topic, env.Ref, "read_only", "this channel is read-only: join with a token that allows edits")
		return
	}
	var q EditRequest
	if err := decodeStrict(env.Payload, &q); err != nil {
		c.fail(env.Topic, env.Ref, "malformed", "edit payload: "+err.Error())
		return
	}
	d, reason, kick, err := s.CheckEdit(c.world, c.peer, q)
	if err != nil {
		if kick {
			c.dropWith(websocket.StatusPolicyViolation, "too many refused edits: "+err.Error(), false)
			return
		}
		c.replyError(env.Topic, env.Ref, reasonToken(reason), err.Error())
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	d, err = c.world.Apply(ctx, d)
	cancel()
	if errors.Is(err, ErrShuttingDown) {
		c.replyError(env.Topic, env.Ref, "shutting_down", err.Error())
		return
	}
	if err != nil {
		c.log.warn("recording edit", "err", err)
		c.replyError(env.Topic, env.Ref, "store", err.Error())
		return
	}
	s.metrics.channelEdits.Add(1)
	s.metrics.accepted(time.Now())
	c.replyOK(env.Topic, env.Ref, answerOf(d))
}

func (c *client) camera(env Envelope) {
	if c.world == nil || env.Topic != c.topic {
		c.fail(env.Topic, env.Ref, "not_joined", fmt.Sprintf("join %q before sending a camera", netproto.SanitizeText(env.Topic, 160)))
		return
	}
	var cam Camera
	if err := decodeStrict(env.Payload, &cam); err != nil || !cam.valid() {
		msg := "camera coordinates must be finite and within ±1e9"
		if err != nil {
			msg = "camera payload: " + err.Error() + ` (want {"pos":[x,y,z],"target":[x,y,z]})`
		}
		c.fail(env.Topic, env.Ref, "malformed", msg)
		return
	}
	c.hub.camera(c, c.world, cam)
	c.replyOK(env.Topic, env.Ref, struct{}{})
}

func (c *Camera) valid() bool {
	for _, v := range [6]float64{c.X, c.Y, c.Z, c.TX, c.TY, c.TZ} {
		if math.IsNaN(v) || math.Abs(v) > 1e9 {
			return false
		}
	}
	return true
}
