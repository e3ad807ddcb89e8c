package sidecar

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/coder/websocket"

	"github.com/procgen-godot/procgen/procgen/edit"
)

func postEdits(t *testing.T, ts *testServer, n int, x0 float64) {
	t.Helper()
	for i := 0; i < n; i++ {
		if code := ts.do(t, "POST", "/worlds/w1/edits", "", raise(x0+float64(i), 3), nil); code != 201 {
			t.Fatalf("POST edit %d: %d", i, code)
		}
	}
}

func highRate(o *Options) {
	o.Edits.Rate.Rate, o.Edits.Rate.Burst = 1e6, 1e6
}

func TestChannelJoinCatchUp(t *testing.T) {
	opt := Options{}
	highRate(&opt)
	ts := startServer(t, opt)
	postEdits(t, ts, 5, 0)
	c := dial(t, ts.url, "")
	r := c.join("w1", JoinPayload{Name: "ann", Camera: &Camera{X: 1, Y: 50, Z: 2}})
	if r.Protocol != ChannelProtocol || r.Access != "write" || r.CatchUp != "snapshots" || r.CatchUpEdits != 5 || r.World.ID != "w1" || r.World.Hash == "" {
		t.Fatalf("join reply %+v", r)
	}
	if len(c.edits) != 5 {
		t.Fatalf("caught up with %d edits, want 5", len(c.edits))
	}
	want := ts.worlds["w1"].Position()
	if fmt.Sprint(c.pos) != fmt.Sprint(want) {
		t.Fatalf("position %v, want %v", c.pos, want)
	}
	// The catch-up carries the recorded edits exactly.
	all := ts.worlds["w1"].Edits()
	edit.Sort(c.edits)
	for i := range all {
		if all[i] != c.edits[i] {
			t.Fatalf("edit %d: %+v, want %+v", i, c.edits[i], all[i])
		}
	}
	// Presence lists the client itself with its camera.
	var st map[string]Meta
	e := c.event(EventPresenceState)
	_ = json.Unmarshal(e.Payload, &st)
	if m, ok := st[r.ClientID]; !ok || m.Name != "ann" || m.Camera == nil || m.Camera.Y != 50 {
		t.Fatalf("presence state %+v lacks the client %s", st, r.ClientID)
	}
	// A second viewer appears in the first one's presence with its camera moves.
	d := dial(t, ts.url, "")
	r2 := d.join("w1", JoinPayload{Name: "bob"})
	d.send("world:w1", EventCamera, Camera{X: 5, Y: 60, Z: 7, TX: 0, TY: 0, TZ: 0})
	c.wait("bob's camera", func(e *Envelope) bool {
		var diff PresenceDiff
		if e.Event != EventPresenceDiff || json.Unmarshal(e.Payload, &diff) != nil {
			return false
		}
		m, ok := diff.Joins[r2.ClientID]
		return ok && m.Camera != nil && m.Camera.Y == 60 && m.Name == "bob"
	})
	d.conn.Close(websocket.StatusNormalClosure, "")
	c.wait("bob leaving", func(e *Envelope) bool {
		var diff PresenceDiff
		_ = json.Unmarshal(e.Payload, &diff)
		_, left := diff.Leaves[r2.ClientID]
		return e.Event == EventPresenceDiff && left
	})
	// Heartbeats are answered.
	ref := c.send("phoenix", EventHeartbeat, struct{}{})
	if st := c.reply(ref, nil); st != "ok" {
		t.Fatalf("heartbeat: %s", st)
	}
}

// TestChannelResume reconnects with the last position while edits keep coming: every edit
// arrives exactly once (wsClient fails the test on a duplicate or a gap).
func TestChannelResume(t *testing.T) {
	opt := Options{}
	highRate(&opt)
	ts := startServer(t, opt)
	postEdits(t, ts, 3, 0)
	c := dial(t, ts.url, "")
	c.join("w1", JoinPayload{})
	postEdits(t, ts, 2, 10)
	c.waitEdits(5)
	c.conn.Close(websocket.StatusNormalClosure, "")

	// While away, and during the new join, more edits land.
	postEdits(t, ts, 4, 20)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		postEdits(t, ts, 20, 40)
	}()
	c2 := dial(t, ts.url, "")
	c2.pos, c2.edits = c.pos, c.edits
	r := c2.join("w1", JoinPayload{Position: c.positionJSON()})
	if r.CatchUp != "edits" || r.CatchUpEdits < 4 {
		t.Fatalf("resume reply %+v: want at least the 4 missed edits, as edits", r)
	}
	wg.Wait()
	c2.waitEdits(29)
	if n := ts.worlds["w1"].EditCount(); len(c2.edits) != n {
		t.Fatalf("client has %d edits, world %d", len(c2.edits), n)
	}
	// Nothing more arrives (no duplicates trail behind).
	if e, err := c2.next(300 * time.Millisecond); err == nil && e == nil {
		t.Fatal("an extra edit frame arrived")
	}
}

// TestChannelBroadcastOrder: edits from channel clients and REST reach every client in one
// order, each once.
func TestChannelBroadcastOrder(t *testing.T) {
	opt := Options{}
	highRate(&opt)
	ts := startServer(t, opt)
	cs := make([]*wsClient, 3)
	for i := range cs {
		cs[i] = dial(t, ts.url, "")
		cs[i].join("w1", JoinPayload{})
	}
	const n = 15
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func(c *wsClient) {
			defer wg.Done()
			for k := 0; k < n; k++ {
				ref := c.send(c.topic, EventEdit, raise(float64(k), float64(i)))
				_ = ref
			}
		}(cs[i])
	}
	postEdits(t, ts, n, 100)
	wg.Wait()
	for _, c := range cs {
		c.waitEdits(3 * n)
	}
	for i, c := range cs {
		for k := range c.edits {
			if c.edits[k].ID != cs[0].edits[k].ID {
				t.Fatalf("client %d edit %d is %v, client 0 has %v", i, k, c.edits[k].ID, cs[0].edits[k].ID)
			}
		}
	}
	// Every channel edit was acknowledged.
	for _, c := range cs[:2] {
		acks := 0
		for len(c.texts) > 0 || acks < n {
			if len(c.texts) == 0 {
				if _, err := c.next(10 * time.Second); err != nil {
					t.Fatal(err)
				}
				continue
			}
			e := c.texts[0]
			c.texts = c.texts[1:]
			if e.Event == EventReply && strings.Contains(string(e.Payload), `"seq"`) {
				acks++
			}
		}
		if acks != n {
			t.Fatalf("%d acks, want %d", acks, n)
		}
	}
}

func TestChannelRateLimit(t *testing.T) {
	opt := Options{}
	opt.Edits.Rate.Rate, opt.Edits.Rate.Burst = 0.5, 3
	ts := startServer(t, opt)
	c := dial(t, ts.url, "")
	c.join("w1", JoinPayload{})
	ok, limited := 0, 0
	for i := 0; i < 6; i++ {
		st, _, eb := c.edit(raise(float64(i), 0))
		switch {
		case st == "ok":
			ok++
		case eb.Reason == "rate_limited" && strings.Contains(eb.Error, "rate limit"):
			limited++
		default:
			t.Fatalf("edit %d: %s %+v", i, st, eb)
		}
	}
	if ok != 3 || limited != 3 {
		t.Fatalf("%d accepted, %d rate limited; want 3 and 3", ok, limited)
	}
	// The connection still works, and another client has its own budget.
	if st := c.reply(c.send("phoenix", EventHeartbeat, nil), nil); st != "ok" {
		t.Fatal("heartbeat after rate limiting failed")
	}
	d := dial(t, ts.url, "")
	d.join("w1", JoinPayload{})
	if st, _, eb := d.edit(raise(50, 0)); st != "ok" {
		t.Fatalf("another client's edit: %+v", eb)
	}
}

func TestChannelBadInput(t *testing.T) {
	opt := Options{}
	highRate(&opt)
	ts := startServer(t, opt)
	bystander := dial(t, ts.url, "")
	bystander.join("w1", JoinPayload{})
	c := dial(t, ts.url, "")

	expectError := func(what, reason, text string) {
		t.Helper()
		e := c.wait(what, func(e *Envelope) bool { return e.Event == EventError || e.Event == EventReply })
		var body errorBody
		if e.Event == EventReply {
			var r struct {
				Status   string
				Response errorBody
			}
			_ = json.Unmarshal(e.Payload, &r)
			if r.Status != "error" {
				t.Fatalf("%s: status %s", what, r.Status)
			}
			body = r.Response
		} else {
			_ = json.Unmarshal(e.Payload, &body)
		}
		if body.Reason != reason || !strings.Contains(body.Error, text) {
			t.Fatalf("%s: %+v, want reason %s and %q", what, body, reason, text)
		}
	}
	c.sendRaw(websocket.MessageText, []byte(`{"topic":"world:w1","event":`))
	expectError("truncated JSON", "malformed", "invalid JSON")
	c.sendRaw(websocket.MessageText, []byte(`[1,2,3]`))
	expectError("array", "malformed", "invalid JSON")
	c.sendRaw(websocket.MessageBinary, []byte{1, 2, 3})
	expectError("binary", "malformed", "binary")
	c.sendRaw(websocket.MessageText, []byte(`{"topic":"world:w1","event":"edit","payload":{},"ref":"1","extra":1}`))
	expectError("unknown field", "malformed", "unknown field")
	big := `{"topic":"world:w1","event":"camera","payload":{"pad":"` + strings.Repeat("x", 20000) + `"},"ref":"2"}`
	c.sendRaw(websocket.MessageText, []byte(big))
	expectError("oversized", "too_large", "limit is 16384")
	c.send("world:w1", EventEdit, raise(1, 1))
	expectError("edit before join", "not_joined", "join")
	c.send("lobby", EventJoin, JoinPayload{})
	expectError("bad topic", "bad_topic", "world:<id>")
	c.send("world:nope", EventJoin, JoinPayload{})
	expectError("unknown world", "not_found", "no world")
	c.send("world:w1", "dance", nil)
	expectError("unknown event", "unknown_event", "dance")
	c.join("w1", JoinPayload{})
	c.send("world:w1", EventEdit, map[string]any{"kind": "raise", "x": "left"})
	expectError("bad edit payload", "malformed", "edit payload")
	c.send("world:w1", EventEdit, EditRequest{Kind: "raise", X: 1e9, Radius: 1, Amount: 1})
	expectError("out of bounds", "out_of_bounds", "outside")
	c.send("world:w1", EventCamera, map[string]any{"pos": []any{1, 2}, "target": "x"})
	expectError("bad camera", "malformed", "camera")
	c.send("world:w1", EventJoin, JoinPayload{})
	expectError("second join", "already_joined", "already joined")
	// After all that the connection still edits, and the bystander saw only good edits.
	if st, _, eb := c.edit(raise(7, 7)); st != "ok" {
		t.Fatalf("edit after bad input: %+v", eb)
	}
	bystander.waitEdits(1)

	// Beyond the hard limit the connection (only it) is closed with "message too big".
	huge := make([]byte, 2<<20)
	for i := range huge {
		huge[i] = ' '
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_ = c.conn.Write(ctx, websocket.MessageText, huge)
	for {
		_, _, err := c.conn.Read(ctx)
		if err != nil {
			if websocket.CloseStatus(err) != websocket.StatusMessageTooBig {
				t.Fatalf("huge message: connection ended with %v, want status 1009", err)
			}
			break
		}
	}
	postEdits(t, ts, 1, 30)
	bystander.waitEdits(2)
}

// TestChannelSlowClientDropped: a client that stops reading while edits pour in is
// dropped with a reason, and the others get everything.
func TestChannelSlowClientDropped(t *testing.T) {
	opt := Options{}
	highRate(&opt)
	opt.Channel.SendQueue = 8
	ts := startServer(t, opt)
	slow := dial(t, ts.url, "")
	slow.join("w1", JoinPayload{})
	fast := dial(t, ts.url, "")
	fast.join("w1", JoinPayload{})
	const batches = 80
	done := make(chan struct{})
	go func() {
		defer close(done)
		fast.waitEdits(batches * 1000)
	}()
	// A burst of remote edits (as the sync delivers them): batches of 1000, 60 KB each
	// on the wire.
	w := ts.worlds["w1"]
	for b := 0; b < batches; b++ {
		ds := make([]edit.Delta, 1000)
		for i := range ds {
			ds[i] = edit.Delta{ID: edit.ID{Origin: 42, Seq: uint64(b*1000 + i + 1)}, Kind: edit.Raise, X: float64(i), Z: float64(b), Radius: 4, Amount: 1}
		}
		w.add(ds)
	}
	if ts.metrics.dropped.Load() != 1 {
		t.Fatalf("%d clients dropped, want 1", ts.metrics.dropped.Load())
	}
	// The slow client, reading again, finds the reason in the close frame (the server
	// waits a few seconds for it to make room).
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	for {
		_, _, err := slow.conn.Read(ctx)
		if err != nil {
			if websocket.CloseStatus(err) != websocket.StatusPolicyViolation {
				t.Fatalf("slow client ended with %v, want a policy-violation close", err)
			}
			var ce websocket.CloseError
			if !strings.Contains(err.Error(), "slow client") {
				t.Fatalf("close reason %v %v lacks 'slow client'", err, ce)
			}
			break
		}
	}
	<-done
	for deadline := time.Now().Add(10 * time.Second); ts.hub.count() != 1; time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("%d clients connected, want 1", ts.hub.count())
		}
	}
}
