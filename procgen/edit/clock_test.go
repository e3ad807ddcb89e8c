package edit

import (
	"os"
	"slices"
	"testing"
	"time"
)

// TestClockMonotonicAndCausal: a clock never repeats or goes back, even when its wall
// clock does, and a timestamp it observed is below every one it makes afterwards.
func TestClockMonotonicAndCausal(t *testing.T) {
	wall := time.Unix(1_800_000_000, 0)
	c := NewClock(func() time.Time { return wall })
	a := c.Now()
	b := c.Now() // same millisecond: the counter moves
	if b != a+1 {
		t.Fatalf("same millisecond: %x then %x", a, b)
	}
	wall = wall.Add(-10 * time.Second) // the wall clock steps back
	if n := c.Now(); n <= b {
		t.Fatalf("after the wall clock stepped back: %x <= %x", n, b)
	}
	// A server 5 s ahead sent an edit; ours comes after it.
	remote := NewClock(func() time.Time { return wall.Add(5 * time.Second) }).Now()
	c.Observe(remote)
	if n := c.Now(); n <= remote {
		t.Fatalf("edit after observing %x got %x", remote, n)
	}
	// A timestamp years ahead moves the clock at most MaxClockLead.
	far := uint64(wall.Add(24*365*time.Hour).UnixMilli()) << 16
	c.Observe(far)
	if got := TimeOf(c.Now()); got.After(wall.Add(MaxClockLead + time.Second)) {
		t.Fatalf("clock pushed to %v by a lying peer", got)
	}
	if got := TimeOf(a); !got.Equal(time.Unix(1_800_000_000, 0)) {
		t.Fatalf("TimeOf = %v", got)
	}
}

// TestReplayOrderIsTimeOriginSeq: edits replay by (Time, Origin, Seq); untimed (old) edits
// first, in their old (Origin, Seq) order.
func TestReplayOrderIsTimeOriginSeq(t *testing.T) {
	ds := []Delta{
		{ID: ID{9, 1}, Time: 5 << 16},
		{ID: ID{1, 2}, Time: 7 << 16},
		{ID: ID{3, 1}},
		{ID: ID{1, 1}},
		{ID: ID{2, 1}, Time: 5 << 16},
	}
	Sort(ds)
	var got []ID
	for _, d := range ds {
		got = append(got, d.ID)
	}
	want := []ID{{1, 1}, {3, 1}, {2, 1}, {9, 1}, {1, 2}}
	if !slices.Equal(got, want) {
		t.Fatalf("replay order %v, want %v", got, want)
	}
}

// TestVersion1DataStillLoads decodes bytes written by the version 1 encoder (before
// timestamps; testdata/v1, made by that encoder): the same edits, with Time 0, in the same
// replay order as before, and they re-encode as version 2.
func TestVersion1DataStillLoads(t *testing.T) {
	want := []Delta{
		{ID: ID{Origin: 0x1234567890, Seq: 1}, Kind: Flatten, X: 10, Y: 3, Z: -5, Radius: 12, Amount: 0.75},
		{ID: ID{Origin: 0x1234567890, Seq: 2}, Kind: Paint, Material: 3, X: 12.5, Y: 2, Z: -4, Radius: 8},
		{ID: ID{Origin: 7, Seq: 9}, Kind: Raise, X: -64, Z: 64, Radius: 20, Amount: 2.5},
		{ID: ID{Origin: 7, Seq: 10}, Kind: AddDensity, Material: 2, X: 1, Y: 2, Z: 3, Radius: 5, Amount: 6},
	}
	b, err := os.ReadFile("testdata/v1/batch.bin")
	if err != nil {
		t.Fatal(err)
	}
	if b[0] != 1 || len(b) != 6+4*RecordSizeV1 {
		t.Fatalf("testdata/v1/batch.bin is not a version 1 batch of 4")
	}
	ds, err := DecodeBatch(b)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(ds, want) {
		t.Fatalf("decoded %+v", ds)
	}
	Sort(ds)
	if ds[0].ID != (ID{7, 9}) || ds[3].ID != (ID{0x1234567890, 2}) {
		t.Fatalf("old edits replay as %v..%v, want (origin, seq) order", ds[0].ID, ds[3].ID)
	}
	one, err := os.ReadFile("testdata/v1/delta.bin")
	if err != nil {
		t.Fatal(err)
	}
	d, err := DecodeDelta(one)
	if err != nil || d != want[0] {
		t.Fatalf("delta.bin: %+v, %v", d, err)
	}
	v2, _ := EncodeBatch(ds)
	if v2[0] != EncodingVersion || len(v2) != 6+4*RecordSize {
		t.Fatal("re-encoding is not version 2")
	}
}
