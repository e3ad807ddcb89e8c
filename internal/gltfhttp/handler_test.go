package gltfhttp

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"

	qgltf "github.com/qmuntal/gltf"

	"github.com/procgen-godot/procgen/internal/worldsrc"
	"github.com/procgen-godot/procgen/procgen/edit"
	"github.com/procgen-godot/procgen/procgen/world"
)

func server(t *testing.T) *httptest.Server {
	t.Helper()
	cfg := world.Default(11)
	cfg.Chunk.Heightmap = 16
	hm, err := world.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	cfg.Mode = world.ModeVoxel
	vx, _ := world.New(cfg)
	edits := []edit.Delta{{ID: edit.ID{Origin: 3, Seq: 1}, Kind: edit.Raise, X: 4, Z: 4, Radius: 3, Amount: 5}}
	load := func(ctx context.Context, id string) (worldsrc.Snapshot, error) {
		switch id {
		case "hills":
			return worldsrc.Snapshot{ID: id, World: hm, Edits: edits}, nil
		case "caves":
			return worldsrc.Snapshot{ID: id, World: vx}, nil
		case "broken":
			return worldsrc.Snapshot{}, errors.New("database unreachable")
		}
		return worldsrc.Snapshot{}, fmt.Errorf("%w %q", worldsrc.ErrUnknownWorld, id)
	}
	mux := http.NewServeMux()
	mux.Handle("GET /worlds/{id}/region.glb", New(load, Options{MaxChunks: 64}))
	s := httptest.NewServer(mux)
	t.Cleanup(s.Close)
	return s
}

func TestServesRegion(t *testing.T) {
	s := server(t)
	for _, c := range []struct {
		query string
		nodes int
	}{
		{"from=-1,0,-1&to=1,0,1", 9},
		{"from=0,0,0&to=3,0,0&lod=4", 4},
		{"center=4,100,4", 9},
		{"center=-20.5,0,40&radius=0", 1},
	} {
		resp, err := http.Get(s.URL + "/worlds/hills/region.glb?" + c.query)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "model/gltf-binary" {
			t.Fatalf("%s: %d %s: %s", c.query, resp.StatusCode, resp.Header.Get("Content-Type"), body)
		}
		if n, _ := strconv.Atoi(resp.Header.Get("Content-Length")); n != len(body) {
			t.Fatalf("%s: Content-Length %d, body %d", c.query, n, len(body))
		}
		var doc qgltf.Document
		if err := qgltf.NewDecoder(bytes.NewReader(body)).Decode(&doc); err != nil {
			t.Fatal(err)
		}
		if len(doc.Nodes) != c.nodes {
			t.Fatalf("%s: %d nodes, want %d", c.query, len(doc.Nodes), c.nodes)
		}
		if doc.Scenes[0].Extras.(map[string]any)["world_id"] != "hills" {
			t.Fatalf("extras %v", doc.Scenes[0].Extras)
		}
	}
}

func TestBadRequests(t *testing.T) {
	s := server(t)
	for _, c := range []struct {
		path   string
		code   int
		reason string
		want   string
	}{
		{"/worlds/nope/region.glb?from=0,0,0&to=0,0,0", 404, "not_found", `no world "nope"`},
		{"/worlds/broken/region.glb?from=0,0,0&to=0,0,0", 503, "store", "database unreachable"},
		{"/worlds/hills/region.glb", 400, "bad_parameter", "give the region"},
		{"/worlds/hills/region.glb?center=NaN,0,0", 400, "bad_parameter", `"NaN" is not a finite number`},
		{"/worlds/hills/region.glb?center=0,0,Inf", 400, "bad_parameter", "not a finite number"},
		{"/worlds/hills/region.glb?center=1e300,0,0", 400, "bad_parameter", "outside the world"},
		{"/worlds/hills/region.glb?center=0,0,0&radius=9", 400, "bad_parameter", "radius \"9\" must be an integer in [0, 8]"},
		{"/worlds/hills/region.glb?from=0,0,0&to=99,0,99", 413, "region_too_large", "10000 chunks requested, at most 64"},
		{"/worlds/hills/region.glb?from=2,0,0&to=0,0,0", 400, "bad_parameter", "from.x = 2 is greater than to.x = 0"},
		{"/worlds/hills/region.glb?from=0,0&to=0,0,0", 400, "bad_parameter", "want three"},
		{"/worlds/hills/region.glb?from=0,1,0&to=0,1,0", 400, "bad_parameter", "heightmap worlds are one chunk tall"},
		{"/worlds/hills/region.glb?from=0,0,0&to=0,0,0&lod=3", 400, "bad_parameter", "power of two"},
		{"/worlds/hills/region.glb?from=0,0,0&to=0,0,0&lod=x", 400, "bad_parameter", "not an integer"},
		{"/worlds/hills/region.glb?from=0,0,0&to=0,0,0&zoom=2", 400, "bad_parameter", `unknown parameter "zoom"`},
		{"/worlds/caves/region.glb?from=0,0,0&to=0,0,0&lod=2", 400, "bad_parameter", "voxel chunks have one level of detail"},
	} {
		resp, err := http.Get(s.URL + c.path)
		if err != nil {
			t.Fatal(err)
		}
		var body errorBody
		err = json.NewDecoder(resp.Body).Decode(&body)
		resp.Body.Close()
		if err != nil || resp.StatusCode != c.code || body.Reason != c.reason || !strings.Contains(body.Error, c.want) {
			t.Errorf("%s: %d %+v (%v); want %d %s %q", c.path, resp.StatusCode, body, err, c.code, c.reason, c.want)
		}
	}
}
