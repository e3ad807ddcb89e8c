package sidecar

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/procgen-godot/procgen/procgen/world"
	"github.com/procgen-godot/procgen/storage"
)

func TestRESTWorldsAndEdits(t *testing.T) {
	ts := startServer(t, Options{})
	var list struct{ Worlds []WorldSummary }
	if code := ts.do(t, "GET", "/worlds", "", nil, &list); code != 200 || len(list.Worlds) != 1 || list.Worlds[0].ID != "w1" {
		t.Fatalf("GET /worlds: %d %+v", code, list)
	}
	var info WorldInfo
	if code := ts.do(t, "GET", "/worlds/w1", "", nil, &info); code != 200 {
		t.Fatalf("GET /worlds/w1: %d", code)
	}
	cfg := world.Default(7)
	hash, _ := cfg.Hash()
	if info.Hash != hash || info.Edits != 0 || info.FormatVersion == 0 || len(info.Position) != 0 {
		t.Fatalf("world info %+v, want hash %s and no edits", info, hash)
	}
	if _, err := world.Decode(info.Config); err != nil {
		t.Fatalf("config in world info: %v", err)
	}

	before := ts.worlds["w1"].Height(10, 20)
	var a EditAnswer
	if code := ts.do(t, "POST", "/worlds/w1/edits", "", EditRequest{Kind: "raise", X: 10.001, Z: 20, Radius: 8, Amount: 3}, &a); code != http.StatusCreated {
		t.Fatalf("POST edit: %d %+v", code, a)
	}
	if a.Seq != 1 || a.Edit.X != 10 || a.Origin != fmt.Sprint(uint64(ts.store.Origin())) {
		t.Fatalf("answer %+v: want seq 1, x rounded to 10, this sidecar's origin", a)
	}
	if after := ts.worlds["w1"].Height(10, 20); !(after > before+2.9) {
		t.Fatalf("height %v → %v: the raise did not apply", before, after)
	}
	ts.do(t, "GET", "/worlds/w1", "", nil, &info)
	if info.Edits != 1 || info.Position[uint64(ts.store.Origin())] != 1 {
		t.Fatalf("after the edit: %+v", info)
	}
	// Durable before the 2xx: the store holds it.
	stored, err := ts.store.Edits(context.Background(), "w1")
	if err != nil || len(stored) != 1 {
		t.Fatalf("stored edits %v %v", stored, err)
	}

	bad := []struct {
		body   string
		code   int
		reason string
		text   string
	}{
		{`{"kind":"raise","x":1,"z":1,"radius":4,"amount":1`, 400, "malformed", "invalid JSON"},
		{`{"kind":"raise","x":1,"z":1,"radius":4,"amount":1,"colour":3}`, 400, "malformed", "unknown field"},
		{`{"kind":"explode","x":1,"z":1,"radius":4,"amount":1}`, 422, "kind", "unknown edit kind"},
		{`{"kind":"raise","x":1e7,"z":1,"radius":4,"amount":1}`, 422, "out_of_bounds", "outside"},
		{`{"kind":"raise","x":1,"z":1,"radius":0,"amount":1}`, 422, "", "radius"},
		{`{"kind":"raise","x":1,"z":1,"radius":4,"amount":1000}`, 422, "amount", "amount"},
		{`{"kind":"raise","x":1,"z":1,"radius":4,"amount":1,"material":200}`, 422, "material", "material"},
		{`{"kind":"raise"} {"kind":"lower"}`, 400, "malformed", "trailing"},
		{strings.Repeat(" ", 5000), 413, "too_large", "at most"},
	}
	for _, b := range bad {
		var e errorBody
		code := ts.do(t, "POST", "/worlds/w1/edits", "", b.body, &e)
		if code != b.code || (b.reason != "" && e.Reason != b.reason) || !strings.Contains(e.Error, b.text) {
			t.Errorf("POST %.60q: %d %+v, want %d %s %q", b.body, code, e, b.code, b.reason, b.text)
		}
	}
	var e errorBody
	if code := ts.do(t, "POST", "/worlds/nope/edits", "", raise(1, 1), &e); code != 404 || e.Reason != "not_found" {
		t.Fatalf("edit of an unknown world: %d %+v", code, e)
	}
	if code := ts.do(t, "GET", "/worlds/nope", "", nil, &e); code != 404 {
		t.Fatalf("GET unknown world: %d", code)
	}
	// Nothing bad was recorded.
	if stored, _ := ts.store.Edits(context.Background(), "w1"); len(stored) != 1 {
		t.Fatalf("%d stored edits after the refused ones, want 1", len(stored))
	}
	var h health
	if code := ts.do(t, "GET", "/healthz", "", nil, &h); code != 200 || h.Status != "ok" || h.StoreMode != storage.ModeLocal || h.Worlds != 1 {
		t.Fatalf("healthz %d %+v", code, h)
	}
	res, err := http.Get(ts.url + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	var sb strings.Builder
	buf := make([]byte, 1<<16)
	n, _ := res.Body.Read(buf)
	sb.Write(buf[:n])
	res.Body.Close()
	for _, want := range []string{`procgen_sidecar_edits_total{source="rest"} 1`, `procgen_sidecar_edits_rejected_total{reason="out_of_bounds"}`, "procgen_sidecar_clients 0"} {
		if !strings.Contains(sb.String(), want) {
			t.Errorf("metrics lack %q:\n%s", want, sb.String())
		}
	}
}

func TestRESTRateLimit(t *testing.T) {
	opt := Options{}
	opt.Edits.Rate.Rate, opt.Edits.Rate.Burst = 1, 3
	opt.Edits.Flood.MaxRejects, opt.Edits.Flood.Window = 1000, time.Second
	ts := startServer(t, opt)
	codes := map[int]int{}
	var last errorBody
	for i := 0; i < 6; i++ {
		var e errorBody
		code := ts.do(t, "POST", "/worlds/w1/edits", "", raise(float64(i), 0), &e)
		codes[code]++
		if code == 429 {
			last = e
		}
	}
	if codes[201] != 3 || codes[429] != 3 || last.Reason != "rate_limited" || !strings.Contains(last.Error, "rate limit") {
		t.Fatalf("status counts %v (last refusal %+v), want 3 accepted then 3 refused", codes, last)
	}
}

func TestRESTTokens(t *testing.T) {
	key := []byte("0123456789abcdef0123")
	ts := startServer(t, Options{Auth: AuthConfig{Token: "s3cret", SigningKey: key, Anonymous: AccessNone}})
	var e errorBody
	if code := ts.do(t, "GET", "/worlds", "", nil, &e); code != 401 {
		t.Fatalf("anonymous GET with anonymous=none: %d", code)
	}
	if code := ts.do(t, "GET", "/worlds", "wrong", nil, &e); code != 401 || !strings.Contains(e.Error, "invalid token") {
		t.Fatalf("bad token: %d %+v", code, e)
	}
	if code := ts.do(t, "POST", "/worlds/w1/edits", "s3cret", raise(1, 1), nil); code != 201 {
		t.Fatalf("shared secret edit: %d", code)
	}
	ro, _ := SignToken(key, Claims{Subject: "viewer", Expires: time.Now().Add(time.Hour).Unix()})
	if code := ts.do(t, "GET", "/worlds/w1", ro, nil, nil); code != 200 {
		t.Fatalf("read token GET: %d", code)
	}
	if code := ts.do(t, "POST", "/worlds/w1/edits", ro, raise(1, 1), &e); code != 403 || !strings.Contains(e.Error, "write") {
		t.Fatalf("read token edit: %d %+v", code, e)
	}
	rw, _ := SignToken(key, Claims{Subject: "artist", World: "w1", Write: true})
	if code := ts.do(t, "POST", "/worlds/w1/edits", rw, raise(2, 2), nil); code != 201 {
		t.Fatalf("write token edit: %d", code)
	}
	if code := ts.do(t, "GET", "/worlds/other", rw, nil, nil); code != 403 {
		t.Fatalf("world-bound token on another world: %d", code)
	}
	old, _ := SignToken(key, Claims{Subject: "late", Expires: time.Now().Add(-time.Minute).Unix()})
	if code := ts.do(t, "GET", "/worlds", old, nil, &e); code != 401 || !strings.Contains(e.Error, "expired") {
		t.Fatalf("expired token: %d %+v", code, e)
	}
	forged := rw[:len(rw)-2] + "AA"
	if code := ts.do(t, "GET", "/worlds", forged, nil, &e); code != 401 {
		t.Fatalf("forged token: %d %+v", code, e)
	}
}
