package storage

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/procgen-godot/procgen/storage/internal/pgtest"
)

func TestMain(m *testing.M) {
	os.Exit(pgtest.Main(m))
}

func testCtx(t testing.TB, d time.Duration) context.Context {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), d)
	t.Cleanup(cancel)
	return ctx
}

// newRemote opens and initialises a RemoteStore on url.
func newRemote(t testing.TB, url string, replicas ...string) *RemoteStore {
	t.Helper()
	ctx := testCtx(t, 60*time.Second)
	r, err := OpenRemote(ctx, url, replicas)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(r.Close)
	if err := r.Init(ctx); err != nil {
		t.Fatal(err)
	}
	return r
}
