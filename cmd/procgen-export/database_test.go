package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	qgltf "github.com/qmuntal/gltf"

	"github.com/procgen-godot/procgen/procgen/edit"
	"github.com/procgen-godot/procgen/procgen/world"
	"github.com/procgen-godot/procgen/storage"
)

// testDatabase returns the URL of a fresh schema on the test PostgreSQL
// ($PROCGEN_TEST_DATABASE_URL, else the local server), dropped at cleanup.
func testDatabase(t *testing.T) string {
	t.Helper()
	base := os.Getenv("PROCGEN_TEST_DATABASE_URL")
	if base == "" {
		base = "postgres://postgres@127.0.0.1:5432/test?sslmode=disable"
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		t.Fatalf("no test PostgreSQL at %s (set PROCGEN_TEST_DATABASE_URL): %v", storage.RedactURL(base), err)
	}
	defer conn.Close(ctx)
	b := make([]byte, 6)
	rand.Read(b)
	schema := "export_test_" + hex.EncodeToString(b)
	if _, err := conn.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if c, err := pgx.Connect(ctx, base); err == nil {
			c.Exec(ctx, "DROP SCHEMA "+schema+" CASCADE")
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

// A world and an edit recorded by one server reach procgen-export through the database,
// with a local store of its own that did not exist before.
func TestExportFromDatabase(t *testing.T) {
	db := testDatabase(t)
	dir := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	server, err := storage.Open(ctx, storage.Config{LocalPath: filepath.Join(dir, "server.db"), DatabaseURL: db})
	if err != nil {
		t.Fatal(err)
	}
	server.Start(ctx)
	cfg := world.Default(9)
	enc, _ := cfg.Encode()
	if err := server.CreateWorld(ctx, storage.World{ID: "shared", Config: enc, FormatVersion: world.ConfigFormat}); err != nil {
		t.Fatal(err)
	}
	d := edit.Delta{Kind: edit.Lower, X: 30, Z: 30, Radius: 6, Amount: 3}
	payload, _ := d.MarshalBinary()
	if _, err := server.Record(ctx, "shared", storage.ChunkKey{}, payload); err != nil {
		t.Fatal(err)
	}
	for {
		if err := server.Flush(ctx); err == nil && server.Status().Pending == 0 {
			break
		}
		if ctx.Err() != nil {
			t.Fatalf("the server never shipped its edit: %+v", server.Status())
		}
		time.Sleep(100 * time.Millisecond)
	}
	server.Close()

	t.Setenv(storage.EnvDatabaseURL, db)
	out := filepath.Join(dir, "shared.glb")
	code, msg := runCLI(t, "-world", "shared", "-store", filepath.Join(dir, "export.db"), "-center", "30,0,30", "-radius", "0", "-o", out)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, msg)
	}
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var doc qgltf.Document
	if err := qgltf.NewDecoder(f).Decode(&doc); err != nil {
		t.Fatal(err)
	}
	ex := doc.Scenes[0].Extras.(map[string]any)
	if ex["edits"] != 1.0 || len(doc.Nodes) != 1 || doc.Nodes[0].Extras.(map[string]any)["edits"] != 1.0 {
		t.Fatalf("the export does not carry the server's edit: scene %v", ex)
	}
	// An id the database does not know either.
	code, msg = runCLI(t, "-world", "other", "-store", filepath.Join(dir, "export.db"), "-center", "0,0,0", "-o", filepath.Join(dir, "other.glb"))
	if code != 1 || !strings.Contains(msg, `unknown world "other"`) {
		t.Fatalf("unknown world: exit %d, %s", code, msg)
	}
}
