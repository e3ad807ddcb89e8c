package sidecar

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/procgen-godot/procgen/storage"
)

// pgSchemaURL returns a URL of the test PostgreSQL ($PROCGEN_TEST_DATABASE_URL, else the
// local server on 5432) whose search_path is a fresh schema, dropped at cleanup. Without a
// reachable server the test is skipped only when no URL was given; ./build.sh test always
// provides one.
func pgSchemaURL(t *testing.T) string {
	t.Helper()
	base := os.Getenv("PROCGEN_TEST_DATABASE_URL")
	given := base != ""
	if !given {
		base = "postgres://postgres@127.0.0.1:5432/test?sslmode=disable"
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		if !given {
			t.Skipf("no PostgreSQL at %s (set PROCGEN_TEST_DATABASE_URL): %v", storage.RedactURL(base), err)
		}
		t.Fatalf("PostgreSQL: %v", err)
	}
	defer conn.Close(ctx)
	var b [6]byte
	_, _ = rand.Read(b[:])
	schema := "sidecar_" + hex.EncodeToString(b[:])
	if _, err := conn.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		defer cancel()
		if c, err := pgx.Connect(ctx, base); err == nil {
			_, _ = c.Exec(ctx, "DROP SCHEMA "+schema+" CASCADE")
			c.Close(ctx)
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

// TestTwoSidecarsConverge: two sidecars on one PostgreSQL, each with its own local store
// and its clients; edits made through either reach every client of both, once each, and
// both sidecars end with the same edits.
func TestTwoSidecarsConverge(t *testing.T) {
	db := pgSchemaURL(t)
	mk := func() *testServer {
		opt := Options{Storage: storage.Config{DatabaseURL: db}}
		highRate(&opt)
		return startServer(t, opt)
	}
	a, b := mk(), mk()
	ca, cb := dial(t, a.url, ""), dial(t, b.url, "")
	ca.join("w1", JoinPayload{})
	cb.join("w1", JoinPayload{})
	const n = 20
	for i := 0; i < n; i++ {
		if st, _, eb := ca.edit(raise(float64(i), 1)); st != "ok" {
			t.Fatalf("edit via a: %+v", eb)
		}
		if code := b.do(t, "POST", "/worlds/w1/edits", "", raise(float64(i), 2), nil); code != 201 {
			t.Fatalf("edit via b: %d", code)
		}
	}
	ca.waitEdits(2 * n)
	cb.waitEdits(2 * n)
	wa, wb := a.worlds["w1"], b.worlds["w1"]
	if fmt.Sprint(wa.Position()) != fmt.Sprint(wb.Position()) || len(wa.Position()) != 2 {
		t.Fatalf("positions differ: %v vs %v", wa.Position(), wb.Position())
	}
	ea, eb := wa.Edits(), wb.Edits()
	for i := range ea {
		if ea[i] != eb[i] {
			t.Fatalf("edit %d differs: %+v vs %+v", i, ea[i], eb[i])
		}
	}
	if ha, hb := wa.Height(5, 1.5), wb.Height(5, 1.5); ha != hb {
		t.Fatalf("heights differ: %v vs %v", ha, hb)
	}
	for _, ts := range []*testServer{a, b} {
		var h health
		ts.do(t, "GET", "/healthz", "", nil, &h)
		if h.StoreMode != storage.ModeSynced {
			t.Fatalf("health %+v: want synced", h)
		}
	}
}
