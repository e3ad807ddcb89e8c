package storage

import (
	"sync"
	"testing"
	"time"

	"github.com/procgen-godot/procgen/storage/internal/pgtest"
)

// TestWorldVersionsPropagate: a config version recorded on one server reaches another
// through the database (delivered once), both agree on the latest version, edits recorded
// before and after the change stay with the world, and a version of an unknown world is an
// error.
func TestWorldVersionsPropagate(t *testing.T) {
	t.Parallel()
	url := pgtest.SchemaURL(t)
	var mu sync.Mutex
	var got []WorldVersion
	a := openStore(t, Config{DatabaseURL: url, OriginID: 11})
	b := openStore(t, Config{DatabaseURL: url, OriginID: 22, OnWorldVersion: func(v WorldVersion) {
		mu.Lock()
		got = append(got, v)
		mu.Unlock()
	}})
	ctx := testCtx(t, 60*time.Second)
	w := World{ID: "versioned", Name: "v", Config: []byte("v1"), FormatVersion: 1}
	if err := a.CreateWorld(ctx, w); err != nil {
		t.Fatal(err)
	}
	if _, err := a.Record(ctx, w.ID, ChunkKey{}, []byte("before")); err != nil {
		t.Fatal(err)
	}
	if err := a.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := b.LoadWorld(ctx, w.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := a.PutWorldVersion(ctx, "nope", []byte("x")); err == nil {
		t.Fatal("version of an unknown world accepted")
	}
	v2, err := a.PutWorldVersion(ctx, w.ID, []byte("v2"))
	if err != nil {
		t.Fatal(err)
	}
	v3, err := a.PutWorldVersion(ctx, w.ID, []byte("v3"))
	if err != nil || !v3.newer(v2) {
		t.Fatalf("v3 %+v not after v2 %+v (%v)", v3, v2, err)
	}
	if _, err := a.Record(ctx, w.ID, ChunkKey{}, []byte("after")); err != nil {
		t.Fatal(err)
	}
	if err := a.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	waitFor(t, 30*time.Second, "the version on server b", func() bool {
		v, ok, _ := b.LatestWorldVersion(ctx, w.ID)
		es, _ := b.Edits(ctx, w.ID)
		return ok && string(v.Config) == "v3" && len(es) == 2
	})
	time.Sleep(200 * time.Millisecond) // a few more polls: nothing is delivered twice
	mu.Lock()
	// A poll that falls between the two puts delivers v2 first; either way each version
	// arrives at most once, in order, and v3 from a's origin is the last.
	last := len(got) - 1
	if last < 0 || last > 1 || string(got[last].Config) != "v3" || got[last].Origin != 11 ||
		(last == 1 && (string(got[0].Config) != "v2" || !got[1].newer(got[0]))) {
		t.Fatalf("delivered %+v, want v3 once, after at most one v2", got)
	}
	mu.Unlock()
	// b changes the world in turn; a sees b's version as the latest.
	if _, err := b.PutWorldVersion(ctx, w.ID, []byte("v4")); err != nil {
		t.Fatal(err)
	}
	if err := b.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := a.LoadWorld(ctx, w.ID); err != nil {
		t.Fatal(err)
	}
	waitFor(t, 30*time.Second, "b's version on server a", func() bool {
		v, ok, _ := a.LatestWorldVersion(ctx, w.ID)
		return ok && string(v.Config) == "v4"
	})
}
