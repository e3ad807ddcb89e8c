package sidecar

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"

	"github.com/procgen-godot/procgen/netproto"
	"github.com/procgen-godot/procgen/procgen/edit"
	"github.com/procgen-godot/procgen/procgen/world"
	"github.com/procgen-godot/procgen/storage"
)

// testServer is a sidecar on loopback with one world, "w1".
type testServer struct {
	*Server
	http *httptest.Server
	url  string
	path string // local store file
}

func testLogger(_ testing.TB) *slog.Logger {
	if os.Getenv("SIDECAR_TEST_LOG") != "" {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return slog.New(slog.NewTextHandler(io.Discard, nil))
}

func startServer(t testing.TB, opt Options) *testServer {
	t.Helper()
	if opt.Storage.LocalPath == "" {
		opt.Storage.LocalPath = filepath.Join(t.TempDir(), "store.sqlite")
	}
	if opt.Storage.PollInterval == 0 {
		opt.Storage.PollInterval = 50 * time.Millisecond
	}
	if opt.Logger == nil {
		opt.Logger = testLogger(t)
	}
	if opt.Auth.Anonymous == AccessNone && !opt.Auth.Enabled() {
		opt.Auth.Anonymous = AccessWrite
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	s, err := New(ctx, opt)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.CreateWorld(ctx, "w1", world.Default(7)); err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(s.Handler())
	ts := &testServer{Server: s, http: hs, url: hs.URL, path: opt.Storage.LocalPath}
	t.Cleanup(func() {
		sctx, c := context.WithTimeout(context.Background(), 10*time.Second)
		defer c()
		_ = s.Shutdown(sctx)
		hs.Close()
		_ = s.Close()
	})
	return ts
}

// do sends a JSON request and decodes the JSON answer into out (if not nil).
func (ts *testServer) do(t testing.TB, method, path, token string, body any, out any) int {
	t.Helper()
	var rd io.Reader
	switch b := body.(type) {
	case nil:
	case string:
		rd = strings.NewReader(b)
	default:
		j, _ := json.Marshal(b)
		rd = bytes.NewReader(j)
	}
	req, _ := http.NewRequest(method, ts.url+path, rd)
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	if out != nil {
		if err := json.Unmarshal(b, out); err != nil {
			t.Fatalf("%s %s: %d %q: %v", method, path, res.StatusCode, b, err)
		}
	}
	return res.StatusCode
}

// wsClient is a channel client for tests: it tracks its position from the edits it
// receives and fails the test on a duplicate or out-of-order edit.
type wsClient struct {
	t     testing.TB
	conn  *websocket.Conn
	ref   int
	topic string
	pos   Position
	edits []edit.Delta // in arrival order
	texts []Envelope   // every text message not consumed by a wait
}

func dial(t testing.TB, url, token string) *wsClient {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	u := "ws" + strings.TrimPrefix(url, "http") + "/ws"
	if token != "" {
		u += "?token=" + token
	}
	c, _, err := websocket.Dial(ctx, u, nil)
	if err != nil {
		t.Fatal(err)
	}
	c.SetReadLimit(8 << 20)
	t.Cleanup(func() { c.CloseNow() })
	return &wsClient{t: t, conn: c, pos: Position{}}
}

func (c *wsClient) sendRaw(typ websocket.MessageType, b []byte) {
	c.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := c.conn.Write(ctx, typ, b); err != nil {
		c.t.Fatal(err)
	}
}

// send pushes an event and returns its ref.
func (c *wsClient) send(topic, event string, payload any) string {
	c.t.Helper()
	c.ref++
	ref := strconv.Itoa(c.ref)
	p, _ := json.Marshal(payload)
	b, _ := json.Marshal(Envelope{Topic: topic, Event: event, Payload: p, Ref: &ref})
	c.sendRaw(websocket.MessageText, b)
	return ref
}

// next reads one message: binary frames are applied (edits) and returned as nil.
func (c *wsClient) next(d time.Duration) (*Envelope, error) {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	typ, b, err := c.conn.Read(ctx)
	if err != nil {
		return nil, err
	}
	if typ == websocket.MessageBinary {
		c.applyPacket(b)
		return nil, nil
	}
	var e Envelope
	if err := json.Unmarshal(b, &e); err != nil {
		c.t.Fatalf("server sent bad JSON %q: %v", b, err)
	}
	return &e, nil
}

func (c *wsClient) applyPacket(b []byte) {
	c.t.Helper()
	m, err := netproto.DecodeFromServer(b)
	if err != nil {
		c.t.Fatalf("server sent a bad packet: %v", err)
	}
	var ds []edit.Delta
	switch m := m.(type) {
	case *netproto.Edits:
		ds = m.Deltas
	case *netproto.Checkpoint:
		ds, err = netproto.SnapshotEdits(m)
		if err != nil {
			c.t.Fatal(err)
		}
	default:
		c.t.Fatalf("unexpected %v packet", m.Type())
	}
	for _, d := range ds {
		if c.pos.Covers(d.ID) {
			c.t.Fatalf("edit %d/%d received twice", d.ID.Origin, d.ID.Seq)
		}
		if d.ID.Seq != c.pos[d.ID.Origin]+1 {
			c.t.Fatalf("edit %d/%d received after seq %d: out of order or missing", d.ID.Origin, d.ID.Seq, c.pos[d.ID.Origin])
		}
		c.pos[d.ID.Origin] = d.ID.Seq
		c.edits = append(c.edits, d)
	}
}

// wait reads until a message matching f arrives and returns it.
func (c *wsClient) wait(what string, f func(*Envelope) bool) *Envelope {
	c.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		e, err := c.next(time.Until(deadline))
		if err != nil {
			c.t.Fatalf("waiting for %s: %v", what, err)
		}
		if e == nil {
			continue
		}
		if f(e) {
			return e
		}
		c.texts = append(c.texts, *e)
	}
	c.t.Fatalf("timed out waiting for %s", what)
	return nil
}

// event returns the first message of the event, among those already read or the next.
func (c *wsClient) event(ev string) *Envelope {
	c.t.Helper()
	for i, e := range c.texts {
		if e.Event == ev {
			c.texts = append(c.texts[:i:i], c.texts[i+1:]...)
			return &e
		}
	}
	return c.wait(ev, func(e *Envelope) bool { return e.Event == ev })
}

// reply waits for the reply to ref and decodes its response into out; it returns the status.
func (c *wsClient) reply(ref string, out any) string {
	c.t.Helper()
	e := c.wait("reply "+ref, func(e *Envelope) bool { return e.Event == EventReply && e.Ref != nil && *e.Ref == ref })
	var r struct {
		Status   string          `json:"status"`
		Response json.RawMessage `json:"response"`
	}
	if err := json.Unmarshal(e.Payload, &r); err != nil {
		c.t.Fatal(err)
	}
	if out != nil {
		if err := json.Unmarshal(r.Response, out); err != nil {
			c.t.Fatalf("response %s: %v", r.Response, err)
		}
	}
	return r.Status
}

// join joins world id (after the client's position when resume is set) and reads the
// catch-up up to caught_up.
func (c *wsClient) join(id string, payload JoinPayload) JoinReply {
	c.t.Helper()
	c.topic = "world:" + id
	ref := c.send(c.topic, EventJoin, payload)
	var r JoinReply
	if st := c.reply(ref, &r); st != "ok" {
		c.t.Fatalf("join %s: status %s", id, st)
	}
	c.wait("caught_up", func(e *Envelope) bool { return e.Event == EventCaughtUp })
	return r
}

// positionJSON is the JSON form of the client's position, for a resume.
func (c *wsClient) positionJSON() map[string]uint64 {
	m := map[string]uint64{}
	for o, s := range c.pos {
		m[fmt.Sprint(o)] = s
	}
	return m
}

// edit sends an edit and returns the reply's status and answer (or error body).
func (c *wsClient) edit(q EditRequest) (string, EditAnswer, errorBody) {
	c.t.Helper()
	ref := c.send(c.topic, EventEdit, q)
	var raw json.RawMessage
	st := c.reply(ref, &raw)
	var a EditAnswer
	var eb errorBody
	if st == "ok" {
		_ = json.Unmarshal(raw, &a)
	} else {
		_ = json.Unmarshal(raw, &eb)
	}
	return st, a, eb
}

// waitEdits reads until the client has n edits.
func (c *wsClient) waitEdits(n int) {
	c.t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for len(c.edits) < n {
		if time.Now().After(deadline) {
			c.t.Fatalf("have %d edits, want %d", len(c.edits), n)
		}
		e, err := c.next(time.Until(deadline))
		if err != nil {
			c.t.Fatalf("waiting for %d edits (have %d): %v", n, len(c.edits), err)
		}
		if e != nil {
			c.texts = append(c.texts, *e)
		}
	}
}

func raise(x, z float64) EditRequest {
	return EditRequest{Kind: "raise", X: x, Z: z, Radius: 6, Amount: 2}
}

func itoa(v uint64) string { return strconv.FormatUint(v, 10) }

type storageConfig = storage.Config

func httpGet(url string) (string, error) {
	res, err := http.Get(url)
	if err != nil {
		return "", err
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	return string(b), err
}
