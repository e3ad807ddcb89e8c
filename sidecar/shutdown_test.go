package sidecar

import (
	"context"
	"encoding/json"
	"net/http/httptest"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/coder/websocket"

	"github.com/procgen-godot/procgen/procgen/world"
	"github.com/procgen-godot/procgen/storage"
)

// TestShutdownLosesNoAckedEdit shuts the sidecar down while clients are editing: every
// edit that was acknowledged is in the store afterwards, and later edits were refused with
// a reason, not lost silently.
func TestShutdownLosesNoAckedEdit(t *testing.T) {
	path := filepath.Join(t.TempDir(), "store.sqlite")
	opt := Options{Storage: storage.Config{LocalPath: path}, Logger: testLogger(t), Auth: AuthConfig{Anonymous: AccessWrite}}
	highRate(&opt)
	ctx := context.Background()
	s, err := New(ctx, opt)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.CreateWorld(ctx, "w1", world.Default(7)); err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(s.Handler())
	defer hs.Close()

	var mu sync.Mutex
	acked := map[[2]string]bool{}
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		c := dial(t, hs.URL, "")
		c.join("w1", JoinPayload{})
		wg.Add(2)
		go func() { // reader: note every acknowledgement until the connection closes
			defer wg.Done()
			for {
				typ, b, err := c.conn.Read(context.Background())
				if err != nil {
					return
				}
				var e Envelope
				if typ != websocket.MessageText || json.Unmarshal(b, &e) != nil || e.Event != EventReply {
					continue
				}
				var r struct {
					Status   string
					Response EditAnswer
				}
				_ = json.Unmarshal(e.Payload, &r)
				if r.Status == "ok" && r.Response.Seq > 0 {
					mu.Lock()
					acked[[2]string{r.Response.Origin, itoa(r.Response.Seq)}] = true
					mu.Unlock()
				}
			}
		}()
		go func(i int) { // writer: edits until the connection closes
			defer wg.Done()
			for k := 0; ; k++ {
				p, _ := json.Marshal(raise(float64(k%50), float64(i)))
				ref := itoa(uint64(k + 10))
				b, _ := json.Marshal(Envelope{Topic: c.topic, Event: EventEdit, Payload: p, Ref: &ref})
				if c.conn.Write(context.Background(), websocket.MessageText, b) != nil {
					return
				}
				time.Sleep(2 * time.Millisecond)
			}
		}(i)
	}
	time.Sleep(300 * time.Millisecond)
	sctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if err := s.Shutdown(sctx); err != nil {
		t.Fatal(err)
	}
	wg.Wait()
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	local, err := storage.OpenLocal(path, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer local.Close()
	stored, err := local.Edits(ctx, "w1")
	if err != nil {
		t.Fatal(err)
	}
	have := map[[2]string]bool{}
	for _, e := range stored {
		have[[2]string{itoa(uint64(e.Origin)), itoa(uint64(e.Seq))}] = true
	}
	mu.Lock()
	defer mu.Unlock()
	if len(acked) == 0 {
		t.Fatal("no edit was acknowledged before the shutdown")
	}
	for k := range acked {
		if !have[k] {
			t.Fatalf("acknowledged edit %v is not in the store", k)
		}
	}
	t.Logf("%d edits acknowledged, %d stored", len(acked), len(stored))
}
