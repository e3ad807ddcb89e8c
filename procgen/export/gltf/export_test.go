package gltf

import (
	"bytes"
	"context"
	"errors"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	qgltf "github.com/qmuntal/gltf"
	"github.com/qmuntal/gltf/modeler"

	"github.com/procgen-godot/procgen/procgen"
	"github.com/procgen-godot/procgen/procgen/chunk"
	"github.com/procgen-godot/procgen/procgen/edit"
	"github.com/procgen-godot/procgen/procgen/world"
)

func testWorld(t testing.TB, voxel bool) *world.World {
	t.Helper()
	cfg := world.Default(42)
	cfg.Chunk.Heightmap = 16
	cfg.Chunk.Voxel = 16
	if voxel {
		cfg.Mode = world.ModeVoxel
	}
	w, err := world.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return w
}

func testEdits() []edit.Delta {
	return []edit.Delta{
		{ID: edit.ID{Origin: 7, Seq: 1}, Kind: edit.Raise, X: 8, Z: 8, Radius: 6, Amount: 10},
		{ID: edit.ID{Origin: 7, Seq: 2}, Kind: edit.Lower, X: 20, Z: 4, Radius: 4, Amount: 3},
		{ID: edit.ID{Origin: 9, Seq: 5}, Kind: edit.RemoveDensity, X: 8, Y: 10, Z: 8, Radius: 5, Amount: 20},
	}
}

func decode(t *testing.T, b []byte) *qgltf.Document {
	t.Helper()
	var doc qgltf.Document
	if err := qgltf.NewDecoder(bytes.NewReader(b)).Decode(&doc); err != nil {
		t.Fatalf("decoding the GLB: %v", err)
	}
	return &doc
}

func export(t *testing.T, r Request) ([]byte, Stats) {
	t.Helper()
	var buf bytes.Buffer
	ready := int64(-1)
	r.OnReady = func(size int64) {
		if buf.Len() != 0 {
			t.Error("OnReady after the first write")
		}
		ready = size
	}
	st, err := Export(context.Background(), &buf, r)
	if err != nil {
		t.Fatal(err)
	}
	if st.Bytes != int64(buf.Len()) || ready != st.Bytes {
		t.Errorf("Stats.Bytes = %d, OnReady said %d, wrote %d", st.Bytes, ready, buf.Len())
	}
	return buf.Bytes(), st
}

func readF32(t *testing.T, doc *qgltf.Document, acc int) []float32 {
	t.Helper()
	a := doc.Accessors[acc]
	data, err := modeler.ReadAccessor(doc, a, nil)
	if err != nil {
		t.Fatal(err)
	}
	var out []float32
	switch v := data.(type) {
	case [][3]float32:
		for _, e := range v {
			out = append(out, e[:]...)
		}
	case [][4]float32:
		for _, e := range v {
			out = append(out, e[:]...)
		}
	case [][2]float32:
		for _, e := range v {
			out = append(out, e[:]...)
		}
	default:
		t.Fatalf("accessor %d: unexpected %T", acc, data)
	}
	return out
}

func sameF32(t *testing.T, what string, got, want []float32) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: %d values, want %d", what, len(got), len(want))
	}
	for i := range got {
		if math.Float32bits(got[i]) != math.Float32bits(want[i]) {
			t.Fatalf("%s[%d] = %v, want %v (bit for bit)", what, i, got[i], want[i])
		}
	}
}

// checkChunk compares the mesh of node against the generator's arrays for the chunk.
func checkChunk(t *testing.T, doc *qgltf.Document, node *qgltf.Node, pos, nrm, col, uv []float32, idx []int32) {
	t.Helper()
	if len(idx) == 0 {
		if node.Mesh != nil {
			t.Fatalf("%s: an empty chunk has a mesh", node.Name)
		}
		return
	}
	if node.Mesh == nil {
		t.Fatalf("%s: no mesh", node.Name)
	}
	p := doc.Meshes[*node.Mesh].Primitives[0]
	sameF32(t, node.Name+" POSITION", readF32(t, doc, p.Attributes[qgltf.POSITION]), pos)
	sameF32(t, node.Name+" NORMAL", readF32(t, doc, p.Attributes[qgltf.NORMAL]), nrm)
	sameF32(t, node.Name+" COLOR_0", readF32(t, doc, p.Attributes[qgltf.COLOR_0]), col)
	if uv != nil {
		sameF32(t, node.Name+" TEXCOORD_0", readF32(t, doc, p.Attributes[qgltf.TEXCOORD_0]), uv)
	} else if _, ok := p.Attributes[qgltf.TEXCOORD_0]; !ok {
		t.Fatalf("%s: no TEXCOORD_0", node.Name)
	}
	a := doc.Accessors[*p.Indices]
	if a.ComponentType != qgltf.ComponentUint {
		t.Fatalf("%s: indices are %v, want 32-bit", node.Name, a.ComponentType)
	}
	got, err := modeler.ReadIndices(doc, a, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(idx) {
		t.Fatalf("%s: %d indices, want %d", node.Name, len(got), len(idx))
	}
	for i := 0; i < len(idx); i += 3 { // counter-clockwise: (a, c, b) of the generator's (a, b, c)
		if got[i] != uint32(idx[i]) || got[i+1] != uint32(idx[i+2]) || got[i+2] != uint32(idx[i+1]) {
			t.Fatalf("%s: triangle %d = %v, want the reverse winding of %v", node.Name, i/3, got[i:i+3], idx[i:i+3])
		}
	}
	if p.Material == nil || doc.Materials[*p.Material].PBRMetallicRoughness == nil {
		t.Fatalf("%s: no material", node.Name)
	}
}

func extrasOf(t *testing.T, v any) map[string]any {
	t.Helper()
	m, ok := v.(map[string]any)
	if !ok {
		t.Fatalf("extras are %T", v)
	}
	return m
}

func TestHeightmapExportMatchesGenerator(t *testing.T) {
	w := testWorld(t, false)
	edits := testEdits()
	for _, lod := range []int{1, 4} {
		r := Request{World: w, WorldID: "island", Edits: edits, From: [3]int32{-1, 0, -1}, To: [3]int32{1, 0, 0}, LOD: lod, Workers: 3}
		b, st := export(t, r)
		doc := decode(t, b)
		if len(doc.Nodes) != 6 || st.Chunks != 6 || st.Meshes != 6 {
			t.Fatalf("lod %d: %d nodes, stats %+v, want 6 chunks", lod, len(doc.Nodes), st)
		}
		var c chunk.Heightmap
		for _, n := range doc.Nodes {
			ex := extrasOf(t, n.Extras)
			k := ex["chunk"].([]any)
			cx, cz := int32(k[0].(float64)), int32(k[2].(float64))
			if want := NodeName(false, [3]int32{cx, 0, cz}); n.Name != want {
				t.Errorf("node %q, want %q", n.Name, want)
			}
			if n.Translation != [3]float64{float64(cx) * 16, 0, float64(cz) * 16} {
				t.Errorf("%s at %v", n.Name, n.Translation)
			}
			if ex["world_id"] != "island" || ex["world_hash"] != w.Hash() || ex["format_version"] != float64(procgen.FormatVersion) || ex["lod"] != float64(lod) {
				t.Errorf("%s: extras %v", n.Name, ex)
			}
			if err := c.Generate(w, cx, cz, lod, edits); err != nil {
				t.Fatal(err)
			}
			checkChunk(t, doc, n, c.Positions, c.Normals, c.Colors, c.UVs, c.Indices)
			if int(ex["edits"].(float64)) != len(c.Edits) {
				t.Errorf("%s: %v edits in extras, %d shaped it", n.Name, ex["edits"], len(c.Edits))
			}
		}
		// UVs and indices are stored once and shared by the six chunks.
		if len(doc.Accessors) != 3*6+2 {
			t.Errorf("lod %d: %d accessors, want %d (UVs and indices shared)", lod, len(doc.Accessors), 3*6+2)
		}
		sx := extrasOf(t, doc.Scenes[0].Extras)
		if pos := sx["edit_position"].(map[string]any); pos["7"] != 2.0 || pos["9"] != 5.0 {
			t.Errorf("scene edit_position %v", pos)
		}
	}
}

func TestVoxelExportMatchesGenerator(t *testing.T) {
	w := testWorld(t, true)
	edits := testEdits()
	r := Request{World: w, WorldID: "caves", Edits: edits, From: [3]int32{0, -1, 0}, To: [3]int32{1, 1, 0}}
	b, st := export(t, r)
	doc := decode(t, b)
	if len(doc.Nodes) != 6 || st.Meshes == 0 {
		t.Fatalf("%d nodes, stats %+v", len(doc.Nodes), st)
	}
	var c chunk.Voxel
	for _, n := range doc.Nodes {
		k := extrasOf(t, n.Extras)["chunk"].([]any)
		cx, cy, cz := int32(k[0].(float64)), int32(k[1].(float64)), int32(k[2].(float64))
		if n.Name != NodeName(true, [3]int32{cx, cy, cz}) || n.Translation != [3]float64{float64(cx) * 16, float64(cy) * 16, float64(cz) * 16} {
			t.Errorf("node %q at %v", n.Name, n.Translation)
		}
		if err := c.Generate(w, cx, cy, cz, edits); err != nil {
			t.Fatal(err)
		}
		pos, nrm, col, idx := compacted(c.Positions, c.Normals, c.Colors, c.Indices)
		checkChunk(t, doc, n, pos, nrm, col, nil, idx)
	}
}

// compacted keeps the vertices the triangles use, in order, and renumbers the indices.
func compacted(pos, nrm, col []float32, idx []int32) ([]float32, []float32, []float32, []int32) {
	newIndex := map[int32]int32{}
	var p, q, c []float32
	for i := int32(0); int(i) < len(pos)/3; i++ {
		if slices.Contains(idx, i) {
			newIndex[i] = int32(len(p) / 3)
			p, q, c = append(p, pos[3*i:3*i+3]...), append(q, nrm[3*i:3*i+3]...), append(c, col[4*i:4*i+4]...)
		}
	}
	var ix []int32
	for _, i := range idx {
		ix = append(ix, newIndex[i])
	}
	return p, q, c, ix
}

func TestExportIsDeterministic(t *testing.T) {
	w := testWorld(t, false)
	r := Request{World: w, WorldID: "a", Edits: testEdits(), From: [3]int32{-2, 0, -2}, To: [3]int32{1, 0, 1}, Workers: 1}
	a, _ := export(t, r)
	r.Workers = 4
	shuffled := testEdits()
	shuffled[0], shuffled[2] = shuffled[2], shuffled[0]
	r.Edits = shuffled
	b, _ := export(t, r)
	if !bytes.Equal(a, b) {
		t.Fatal("the same region exported with other workers and edit order differs")
	}
}

func TestEditExtrasTrackChangedChunks(t *testing.T) {
	w := testWorld(t, false)
	r := Request{World: w, WorldID: "a", Edits: testEdits(), From: [3]int32{-2, 0, -2}, To: [3]int32{3, 0, 3}}
	before, _ := export(t, r)
	r.Edits = append(testEdits(), edit.Delta{ID: edit.ID{Origin: 7, Seq: 3}, Kind: edit.Flatten, X: 40, Y: 5, Z: 40, Radius: 3, Amount: 1})
	after, _ := export(t, r)
	digests := func(b []byte) map[string]string {
		out := map[string]string{}
		for _, n := range decode(t, b).Nodes {
			out[n.Name] = extrasOf(t, n.Extras)["edit_digest"].(string)
		}
		return out
	}
	d0, d1 := digests(before), digests(after)
	var changed []string
	for name := range d0 {
		if d0[name] != d1[name] {
			changed = append(changed, name)
		}
	}
	// The edit at (40, 40), radius 3, plus the generation apron, reaches chunk (2, 2) only.
	if len(changed) != 1 || changed[0] != "chunk_2_2" {
		t.Fatalf("chunks whose digest changed: %v, want [chunk_2_2]", changed)
	}
}

func TestBadRequests(t *testing.T) {
	hm, vx := testWorld(t, false), testWorld(t, true)
	nan := edit.Delta{ID: edit.ID{Origin: 1, Seq: 1}, Kind: edit.Raise, X: math.NaN(), Radius: 2, Amount: 1}
	for _, c := range []struct {
		name string
		r    Request
		want string
	}{
		{"no world", Request{}, "no world"},
		{"inverted", Request{World: hm, From: [3]int32{2, 0, 0}, To: [3]int32{1, 0, 0}}, "from.x = 2 is greater than to.x = 1"},
		{"too large", Request{World: hm, From: [3]int32{-100, 0, -100}, To: [3]int32{100, 0, 100}}, "40401 chunks requested, at most 4096"},
		{"limit", Request{World: hm, To: [3]int32{3, 0, 3}, MaxChunks: 8}, "16 chunks requested, at most 8"},
		{"heightmap y", Request{World: hm, To: [3]int32{0, 1, 0}}, "from.y and to.y must be 0"},
		{"far", Request{World: hm, From: [3]int32{math.MaxInt32 - 1, 0, 0}, To: [3]int32{math.MaxInt32, 0, 0}}, "beyond"},
		{"lod 3", Request{World: hm, LOD: 3}, "power of two"},
		{"lod 32", Request{World: hm, LOD: 32}, "dividing the chunk size 16"},
		{"voxel lod", Request{World: vx, LOD: 2}, "voxel chunks have one level of detail"},
		{"nan edit", Request{World: hm, Edits: []edit.Delta{nan}}, "x is not finite"},
	} {
		t.Run(c.name, func(t *testing.T) {
			var buf bytes.Buffer
			_, err := Export(context.Background(), &buf, c.r)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error %v, want one containing %q", err, c.want)
			}
			if buf.Len() != 0 {
				t.Fatalf("%d bytes written before the error", buf.Len())
			}
			path := filepath.Join(t.TempDir(), "out.glb")
			if _, err := WriteFile(context.Background(), path, c.r); err == nil {
				t.Fatal("WriteFile accepted the request")
			}
			if ents, _ := os.ReadDir(filepath.Dir(path)); len(ents) != 0 {
				t.Fatalf("files left behind: %v", ents)
			}
		})
	}
}

func TestWriteFileLeavesNoPartialFile(t *testing.T) {
	w := testWorld(t, false)
	dir := t.TempDir()
	path := filepath.Join(dir, "region.glb")
	ctx, cancel := context.WithCancel(context.Background())
	r := Request{World: w, To: [3]int32{7, 0, 7}, Workers: 1}
	r.Progress = func(done, total int) {
		if done == 3 {
			cancel()
		}
	}
	if _, err := WriteFile(ctx, path, r); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled export: %v", err)
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 0 {
		t.Fatalf("files left behind: %v", ents)
	}
	r.Progress = nil
	st, err := WriteFile(context.Background(), path, r)
	if err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(path)
	if err != nil || fi.Size() != st.Bytes {
		t.Fatalf("file %v (%v), stats %d bytes", fi, err, st.Bytes)
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 1 {
		t.Fatalf("files in the folder: %v", ents)
	}
}

func TestProgressReportsEveryChunk(t *testing.T) {
	w := testWorld(t, false)
	var seen []int
	r := Request{World: w, To: [3]int32{2, 0, 2}, Progress: func(done, total int) {
		if total != 9 {
			t.Errorf("total %d", total)
		}
		seen = append(seen, done)
	}}
	export(t, r)
	if len(seen) != 9 || seen[8] != 9 {
		t.Fatalf("progress %v", seen)
	}
	for i := 1; i < len(seen); i++ {
		if seen[i] < seen[i-1] {
			t.Fatalf("progress went back: %v", seen)
		}
	}
}

type failWriter struct{ n int }

func (f *failWriter) Write(p []byte) (int, error) {
	if f.n+len(p) > 1000 {
		return 0, errors.New("disk full")
	}
	f.n += len(p)
	return len(p), nil
}

func TestWriterErrorIsReported(t *testing.T) {
	_, err := Export(context.Background(), &failWriter{}, Request{World: testWorld(t, false), To: [3]int32{1, 0, 1}})
	if err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Fatalf("error %v", err)
	}
}

func BenchmarkExport(b *testing.B) {
	w := testWorld(b, false)
	cfg := w.Config()
	cfg.Chunk.Heightmap = 64
	w, _ = world.New(cfg)
	r := Request{World: w, Edits: testEdits(), From: [3]int32{-4, 0, -4}, To: [3]int32{3, 0, 3}}
	var size int64
	for b.Loop() {
		var buf bytes.Buffer
		st, err := Export(context.Background(), &buf, r)
		if err != nil {
			b.Fatal(err)
		}
		size = st.Bytes
	}
	b.ReportMetric(float64(r.Chunks()*int64(b.N))/b.Elapsed().Seconds(), "chunks/s")
	b.ReportMetric(float64(size)/float64(r.Chunks()), "bytes/chunk")
}

// TestWriteSamples writes sample exports into $PROCGEN_GLTF_SAMPLES for the Khronos
// glTF-Validator step of ./build.sh test (scripts/test.d/64-gltf.sh); without the variable
// it is skipped.
func TestWriteSamples(t *testing.T) {
	dir := os.Getenv("PROCGEN_GLTF_SAMPLES")
	if dir == "" {
		t.Skip("PROCGEN_GLTF_SAMPLES not set")
	}
	hm, vx := testWorld(t, false), testWorld(t, true)
	for name, r := range map[string]Request{
		"heightmap_edits.glb": {World: hm, WorldID: "samples", Edits: testEdits(), From: [3]int32{-2, 0, -2}, To: [3]int32{1, 0, 1}},
		"heightmap_lod4.glb":  {World: hm, WorldID: "samples", Edits: testEdits(), From: [3]int32{-2, 0, -2}, To: [3]int32{1, 0, 1}, LOD: 4},
		"heightmap_lod16.glb": {World: hm, From: [3]int32{0, 0, 0}, To: [3]int32{0, 0, 0}, LOD: 16},
		"voxel_edits.glb":     {World: vx, WorldID: "samples", Edits: testEdits(), From: [3]int32{-1, -1, -1}, To: [3]int32{1, 1, 1}},
	} {
		if _, err := WriteFile(context.Background(), filepath.Join(dir, name), r); err != nil {
			t.Fatal(err)
		}
	}
}
