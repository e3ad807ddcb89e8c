package netproto

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"errors"
	"io"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/procgen-godot/procgen/procgen/edit"
)

func randomEdits(n int, seed uint64) []edit.Delta {
	r := rand.New(rand.NewPCG(seed, 1))
	ds := make([]edit.Delta, n)
	for i := range ds {
		ds[i] = edit.Delta{ID: edit.ID{Origin: uint64(1 + r.IntN(3)), Seq: uint64(i + 1)}, Kind: edit.Raise,
			X: r.Float64()*200 - 100, Z: r.Float64()*200 - 100, Radius: 4 + r.Float64()*4, Amount: r.Float64()}
	}
	return ds
}

// TestSnapshotsRoundTrip: the snapshots of a set of edits carry exactly those edits, each
// filed once, covered by its checkpoint, and smaller than the plain Edits packets.
func TestSnapshotsRoundTrip(t *testing.T) {
	ds := randomEdits(2000, 7)
	packets, err := SplitSnapshots(ds, 64)
	if err != nil {
		t.Fatal(err)
	}
	var got []edit.Delta
	size := 0
	for _, p := range packets {
		size += len(p)
		m, err := DecodeFromServer(p)
		if err != nil {
			t.Fatal(err)
		}
		cp := m.(*Checkpoint)
		es, err := SnapshotEdits(cp)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range es {
			if c := (edit.ChunkCoord{X: floorChunk(d.X, 64), Z: floorChunk(d.Z, 64)}); c != cp.Chunk {
				t.Fatalf("edit at (%v, %v) filed under chunk %v", d.X, d.Z, cp.Chunk)
			}
		}
		got = append(got, es...)
	}
	want := slices.Clone(ds)
	edit.Sort(want)
	edit.Sort(got)
	if !slices.Equal(got, want) {
		t.Fatalf("snapshots carry %d edits, want the %d given", len(got), len(want))
	}
	plain, _ := SplitEdits(ds)
	plainSize := 0
	for _, p := range plain {
		plainSize += len(p)
	}
	if size >= plainSize {
		t.Fatalf("snapshots take %d bytes, plain edits %d", size, plainSize)
	}
	t.Logf("2000 edits: %d bytes as snapshots, %d as Edits packets (%.2fx)", size, plainSize, float64(plainSize)/float64(size))
}

func TestSnapshotRejects(t *testing.T) {
	ds := randomEdits(10, 3)
	cp, err := NewSnapshot(edit.ChunkCoord{}, ds)
	if err != nil {
		t.Fatal(err)
	}
	// An edit the cover does not include.
	bad := *cp
	bad.Covered = bad.Covered[:1]
	if _, err := SnapshotEdits(&bad); !errors.Is(err, ErrSnapshot) {
		t.Fatalf("uncovered edit: %v", err)
	}
	// Not deflate data.
	junk := *cp
	junk.Payload = []byte("not deflate")
	if _, err := SnapshotEdits(&junk); err == nil {
		t.Fatal("junk payload accepted")
	}
	// A decompression bomb: a small payload inflating past the batch limit.
	var buf bytes.Buffer
	w, _ := flate.NewWriter(&buf, flate.BestCompression)
	w.Write(make([]byte, edit.MaxBatchBytes+10))
	w.Close()
	bomb := *cp
	bomb.Payload = buf.Bytes()
	if _, err := SnapshotEdits(&bomb); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("bomb of %d bytes: %v", len(bomb.Payload), err)
	}
	if _, err := NewSnapshot(edit.ChunkCoord{}, nil); err == nil {
		t.Fatal("empty snapshot accepted")
	}
	if _, err := SplitSnapshots(ds, 0); err == nil {
		t.Fatal("chunk size 0 accepted")
	}
}

// FuzzSnapshotEdits: no payload, however hostile, panics or inflates without bound.
func FuzzSnapshotEdits(f *testing.F) {
	cp, _ := NewSnapshot(edit.ChunkCoord{}, randomEdits(5, 1))
	f.Add(cp.Payload)
	q := randomEdits(5, 2)
	for i := range q {
		q[i].Quantize()
	}
	cq, _ := NewSnapshot(edit.ChunkCoord{}, q)
	f.Add(cq.Payload)
	f.Add([]byte{})
	f.Add([]byte("not deflate"))
	f.Fuzz(func(t *testing.T, payload []byte) {
		c := &Checkpoint{Covered: []edit.ID{{Origin: 1, Seq: 1 << 40}, {Origin: 2, Seq: 1 << 40}, {Origin: 3, Seq: 1 << 40}}, Payload: payload}
		ds, err := SnapshotEdits(c)
		if err == nil && len(ds) > MaxSnapshotEdits {
			t.Fatalf("%d edits from one snapshot", len(ds))
		}
	})
}

func TestShuffleInverts(t *testing.T) {
	for _, n := range []int{0, 3, 6, 7, 66, 126, 127} {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(i * 7)
		}
		if got := unshuffle(shuffle(b)); !bytes.Equal(got, b) {
			t.Fatalf("len %d: unshuffle(shuffle(b)) != b", n)
		}
	}
}

// TestSnapshotFormats: recorded (quantized) edits take the columnar format and round-trip
// exactly; edits with finer parameters fall back to the shuffled batch.
func TestSnapshotFormats(t *testing.T) {
	fine := randomEdits(500, 11)
	coarse := slices.Clone(fine)
	for i := range coarse {
		coarse[i].Quantize()
		coarse[i].Time = 117713767790346240 + uint64(i*i*7919) // timestamps round-trip too
	}
	for _, tc := range []struct {
		name   string
		ds     []edit.Delta
		format byte
	}{{"quantized", coarse, snapshotColumnsTimed}, {"fine", fine, snapshotShuffled}} {
		cp, err := NewSnapshot(edit.ChunkCoord{}, tc.ds)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(flate.NewReader(bytes.NewReader(cp.Payload)))
		if body[0] != tc.format {
			t.Fatalf("%s: format %d, want %d", tc.name, body[0], tc.format)
		}
		got, err := SnapshotEdits(cp)
		if err != nil {
			t.Fatal(err)
		}
		want := slices.Clone(tc.ds)
		edit.Sort(want)
		edit.Sort(got)
		if !slices.Equal(got, want) {
			t.Fatalf("%s: edits changed in the round trip", tc.name)
		}
		t.Logf("%s: %d edits in %d bytes (%.1f bytes/edit)", tc.name, len(tc.ds), len(cp.Payload), float64(len(cp.Payload))/float64(len(tc.ds)))
	}
	for _, body := range [][]byte{{}, {9}, {snapshotColumns}, {snapshotColumns, 0}, {snapshotColumns, 1, 1, 2}, append([]byte{snapshotColumns}, binary.AppendUvarint(nil, MaxSnapshotEdits+1)...)} {
		if _, err := decodeSnapshotBody(body); err == nil {
			t.Fatalf("body %v accepted", body)
		}
	}
}
