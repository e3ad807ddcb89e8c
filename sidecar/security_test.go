package sidecar

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"
)

// TestChannelOriginCheck: pages of other sites cannot open the channel unless allowed;
// programs (no Origin header) and the sidecar's own pages can.
func TestChannelOriginCheck(t *testing.T) {
	opt := Options{}
	opt.Channel.AllowedOrigins = []string{"editor.example.com"}
	ts := startServer(t, opt)
	u := "ws" + strings.TrimPrefix(ts.url, "http") + "/ws"
	try := func(origin string) (int, error) {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		h := http.Header{}
		if origin != "" {
			h.Set("Origin", origin)
		}
		c, res, err := websocket.Dial(ctx, u, &websocket.DialOptions{HTTPHeader: h})
		if c != nil {
			c.CloseNow()
		}
		if res != nil {
			return res.StatusCode, err
		}
		return 0, err
	}
	for _, o := range []string{"", ts.url, "https://editor.example.com"} {
		if code, err := try(o); err != nil || code != http.StatusSwitchingProtocols {
			t.Errorf("origin %q refused: %d %v", o, code, err)
		}
	}
	if code, err := try("https://evil.example.net"); err == nil || code != http.StatusForbidden {
		t.Errorf("a foreign origin was let in: %d %v", code, err)
	}
}

// TestChannelReadOnlyWithoutToken: with a token configured and anonymous read access, a
// client without a token joins read-only and its edits are refused; with the token it edits.
func TestChannelReadOnlyWithoutToken(t *testing.T) {
	ts := startServer(t, Options{Auth: AuthConfig{Token: "s3cret", Anonymous: AccessRead}})
	anon := dial(t, ts.url, "")
	if r := anon.join("w1", JoinPayload{}); r.Access != "read" {
		t.Fatalf("anonymous access %q, want read", r.Access)
	}
	if st, _, eb := anon.edit(raise(1, 1)); st != "error" || eb.Reason != "read_only" {
		t.Fatalf("anonymous edit: %s %+v", st, eb)
	}
	bad := dial(t, ts.url, "")
	ref := bad.send("world:w1", EventJoin, JoinPayload{Token: "nope"})
	var eb errorBody
	if st := bad.reply(ref, &eb); st != "error" || eb.Reason != "unauthorized" {
		t.Fatalf("join with a bad token: %s %+v", st, eb)
	}
	ok := dial(t, ts.url, "")
	if r := ok.join("w1", JoinPayload{Token: "s3cret"}); r.Access != "write" {
		t.Fatalf("token access %q", r.Access)
	}
	if st, _, eb := ok.edit(raise(1, 1)); st != "ok" {
		t.Fatalf("edit with the token: %+v", eb)
	}
	anon.waitEdits(1) // the read-only client still sees it
	closed := startServer(t, Options{Auth: AuthConfig{Token: "s3cret", Anonymous: AccessNone}})
	c := dial(t, closed.url, "")
	ref = c.send("world:w1", EventJoin, JoinPayload{})
	if st := c.reply(ref, &eb); st != "error" || eb.Reason != "unauthorized" {
		t.Fatalf("anonymous join with anonymous=none: %s %+v", st, eb)
	}
}

// TestChannelHeartbeatTimeout: a client that sends nothing is dropped with a reason, one
// that sends heartbeats stays.
func TestChannelHeartbeatTimeout(t *testing.T) {
	opt := Options{}
	// Long enough that a loaded machine's scheduling pauses do not drop the client that
	// keeps sending heartbeats (it once did at one second, in a CI run at load average 12).
	opt.Channel.HeartbeatTimeout = 2 * time.Second
	ts := startServer(t, opt)
	quiet := dial(t, ts.url, "")
	quiet.join("w1", JoinPayload{})
	alive := dial(t, ts.url, "")
	alive.join("w1", JoinPayload{})
	stop := time.Now().Add(4500 * time.Millisecond)
	for time.Now().Before(stop) {
		if st := alive.reply(alive.send("phoenix", EventHeartbeat, nil), nil); st != "ok" {
			t.Fatal("heartbeat refused")
		}
		time.Sleep(100 * time.Millisecond)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	for {
		_, _, err := quiet.conn.Read(ctx)
		if err != nil {
			if websocket.CloseStatus(err) != websocket.StatusPolicyViolation || !strings.Contains(err.Error(), "heartbeat timeout") {
				t.Fatalf("quiet client ended with %v, want a heartbeat timeout", err)
			}
			break
		}
	}
	if st := alive.reply(alive.send("phoenix", EventHeartbeat, nil), nil); st != "ok" {
		t.Fatal("the client sending heartbeats was dropped too")
	}
}

// FuzzChannelDecoders: whatever a client sends, the decoders answer with a value or an
// error, never a panic.
func FuzzChannelDecoders(f *testing.F) {
	f.Add([]byte(`{"topic":"world:w1","event":"phx_join","payload":{"position":{"12":3},"camera":{"pos":[1,2,3],"target":[0,0,0]}},"ref":"1"}`))
	f.Add([]byte(`{"topic":"world:w1","event":"edit","payload":{"kind":"raise","x":1,"radius":2,"amount":1},"ref":null}`))
	f.Add([]byte(`pg1.eyJzdWIiOiJhIn0.AAAA`))
	key := []byte("0123456789abcdef")
	f.Fuzz(func(t *testing.T, b []byte) {
		var env Envelope
		if decodeStrict(b, &env) == nil {
			var p JoinPayload
			if decodeStrict(env.Payload, &p) == nil {
				_, _ = ParsePosition(p.Position)
				if p.Camera != nil {
					_ = p.Camera.valid()
				}
			}
			var q EditRequest
			_ = decodeStrict(env.Payload, &q)
			var c Camera
			_ = decodeStrict(env.Payload, &c)
		}
		_, _ = verifyToken(key, string(b), time.Now())
		_, _ = AuthConfig{Token: "x", SigningKey: key}.authenticate(string(b), time.Now())
	})
}
