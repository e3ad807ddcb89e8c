package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	qgltf "github.com/qmuntal/gltf"

	"github.com/procgen-godot/procgen/procgen/edit"
	"github.com/procgen-godot/procgen/procgen/world"
	"github.com/procgen-godot/procgen/storage"
)

// storeWithWorld writes a local store holding world "hills" and one raise edit.
func storeWithWorld(t *testing.T) string {
	t.Helper()
	t.Setenv(storage.EnvDatabaseURL, "")
	path := filepath.Join(t.TempDir(), "store.db")
	ctx := context.Background()
	st, err := storage.Open(ctx, storage.Config{LocalPath: path})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	cfg := world.Default(3)
	cfg.Chunk.Heightmap = 16
	enc, _ := cfg.Encode()
	if err := st.CreateWorld(ctx, storage.World{ID: "hills", Config: enc, FormatVersion: world.ConfigFormat}); err != nil {
		t.Fatal(err)
	}
	d := edit.Delta{Kind: edit.Raise, X: 8, Z: 8, Radius: 5, Amount: 12}
	payload, _ := d.MarshalBinary()
	if _, err := st.Record(ctx, "hills", storage.ChunkKey{}, payload); err != nil {
		t.Fatal(err)
	}
	return path
}

func runCLI(t *testing.T, args ...string) (int, string) {
	t.Helper()
	var out bytes.Buffer
	code := run(context.Background(), args, &out)
	return code, out.String()
}

func TestExportStoredWorld(t *testing.T) {
	store := storeWithWorld(t)
	out := filepath.Join(t.TempDir(), "hills.glb")
	code, msg := runCLI(t, "-world", "hills", "-store", store, "-from", "-1,0,-1", "-to", "1,0,1", "-o", out)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, msg)
	}
	if !strings.Contains(msg, "wrote "+out+": 9 chunks") {
		t.Errorf("summary: %s", msg)
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
	if ex["world_id"] != "hills" || ex["edits"] != 1.0 {
		t.Fatalf("scene extras %v", ex)
	}
	var touched int
	for _, n := range doc.Nodes {
		if n.Extras.(map[string]any)["edits"] == 1.0 {
			touched++
		}
	}
	if touched != 1 { // the edit at (8, 8), radius 5, stays inside chunk (0, 0)
		t.Errorf("%d chunks carry the edit, want 1", touched)
	}
}

func TestBadInputLeavesNoFile(t *testing.T) {
	store := storeWithWorld(t)
	dir := t.TempDir()
	out := filepath.Join(dir, "x.glb")
	cfgFile := filepath.Join(dir, "bad.json")
	os.WriteFile(cfgFile, []byte(`{"format": 1, "seed": 1}`), 0o644)
	for _, c := range []struct {
		name string
		args []string
		code int
		want string
	}{
		{"unknown world", []string{"-world", "nope", "-store", store, "-from", "0,0,0", "-to", "0,0,0"}, 1, `unknown world "nope"`},
		{"missing store", []string{"-world", "hills", "-store", filepath.Join(dir, "none.db"), "-from", "0,0,0", "-to", "0,0,0"}, 1, "no local store"},
		{"nan centre", []string{"-world", "hills", "-store", store, "-center", "NaN,0,0"}, 2, `"NaN" is not a finite number`},
		{"inf centre", []string{"-world", "hills", "-store", store, "-center", "1,0,+Inf"}, 2, "not a finite number"},
		{"huge region", []string{"-world", "hills", "-store", store, "-from", "-1000,0,-1000", "-to", "1000,0,1000"}, 1, "chunks requested, at most 4096"},
		{"inverted region", []string{"-world", "hills", "-store", store, "-from", "3,0,0", "-to", "0,0,0"}, 1, "from.x = 3 is greater than to.x = 0"},
		{"bad coordinate", []string{"-world", "hills", "-store", store, "-from", "0.5,0,0", "-to", "1,0,0"}, 2, "not a chunk coordinate"},
		{"bad lod", []string{"-world", "hills", "-store", store, "-from", "0,0,0", "-to", "0,0,0", "-lod", "3"}, 1, "power of two"},
		{"bad config", []string{"-config", cfgFile, "-from", "0,0,0", "-to", "0,0,0"}, 1, "bad.json"},
		{"no output", []string{"-world", "hills"}, 2, "-o FILE.glb is required"},
		{"both sources", []string{"-world", "hills", "-config", cfgFile}, 2, "exactly one of -world and -config"},
	} {
		t.Run(c.name, func(t *testing.T) {
			args := c.args
			if c.name != "no output" {
				args = append(args, "-o", out)
			}
			code, msg := runCLI(t, args...)
			if code != c.code || !strings.Contains(msg, c.want) {
				t.Fatalf("exit %d, %q; want exit %d and %q", code, msg, c.code, c.want)
			}
			ents, _ := os.ReadDir(dir)
			for _, e := range ents {
				if e.Name() != "bad.json" {
					t.Fatalf("left behind: %s", e.Name())
				}
			}
		})
	}
}
