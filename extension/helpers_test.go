package extension

import (
	"maps"
	"math"
	"slices"
	"testing"
	"time"

	"github.com/procgen-godot/procgen/procgen/edit"
)

func TestLodStep(t *testing.T) {
	tests := []struct {
		d, lod float64
		size   int
		want   uint8
	}{
		{0, 4, 64, 1}, {4, 4, 64, 1}, {4.1, 4, 64, 2}, {8, 4, 64, 2}, {8.1, 4, 64, 4},
		{30, 4, 64, 4}, {30, 4, 30, 1}, // a chunk size not divisible by 4 stays at full detail
	}
	for _, tc := range tests {
		if got := lodStep(tc.d, tc.lod, tc.size); got != tc.want {
			t.Errorf("lodStep(%v, %v, %v) = %v, want %v", tc.d, tc.lod, tc.size, got, tc.want)
		}
	}
}

func TestChunkOf(t *testing.T) {
	tests := []struct {
		x, z   float64
		cx, cz int32
	}{{0, 0, 0, 0}, {63.9, 64, 0, 1}, {-0.1, -64, -1, -1}, {-64.5, 130, -2, 2}}
	for _, tc := range tests {
		if cx, cz := chunkOf(tc.x, tc.z, 64); cx != tc.cx || cz != tc.cz {
			t.Errorf("chunkOf(%v, %v) = %d, %d; want %d, %d", tc.x, tc.z, cx, cz, tc.cx, tc.cz)
		}
	}
}

func TestRingPercentiles(t *testing.T) {
	var r ring
	if r.percentile(0.5) != 0 {
		t.Fatal("empty ring should report 0")
	}
	for i := 1; i <= 1000; i++ {
		r.add(float64(i))
	}
	// The window keeps the last 512 samples: 489..1000.
	if p50, p99 := r.percentile(0.5), r.percentile(0.99); p50 != 744 || p99 != 994 {
		t.Fatalf("p50 %v p99 %v", p50, p99)
	}
}

func TestStepCost(t *testing.T) {
	var c stepCost
	c.add(2)
	if c.mean != 2 || c.bound() != 6 {
		t.Fatalf("first sample starts the estimate at mean 2, deviation 1: %+v bound %v", c, c.bound())
	}
	for range 100 {
		c.add(0.5)
	}
	if math.Abs(c.mean-0.5) > 1e-3 || c.bound() > 0.51 {
		t.Fatalf("steady samples: %+v bound %v, want about 0.5", c, c.bound())
	}
	for i := range 100 {
		c.add(0.5 + float64(i%2))
	}
	if c.mean < 0.8 || c.mean > 1.2 || c.bound() < 2.5 {
		t.Fatalf("samples alternating 0.5 and 1.5: %+v bound %v, want mean about 1 and bound above the largest", c, c.bound())
	}
}

// TestEditLogInsertKeepsReplayOrder: edits arriving in any order (own, pulled, broadcast)
// end up in (origin, seq) order, once each.
func TestEditLogInsertKeepsReplayOrder(t *testing.T) {
	l := newEditLog(1)
	ids := []edit.ID{{Origin: 2, Seq: 1}, {Origin: 1, Seq: 2}, {Origin: 1, Seq: 1}, {Origin: 2, Seq: 1}, {Origin: 1, Seq: 3}}
	fresh := 0
	for _, id := range ids {
		if l.insert(edit.Delta{ID: id, Kind: edit.Raise, Radius: 1, Amount: 1}) {
			fresh++
		}
	}
	if fresh != 4 {
		t.Fatalf("%d inserted, want 4 (one duplicate)", fresh)
	}
	all := l.all()
	if !edit.Sorted(all) {
		t.Fatalf("not in replay order: %v", all)
	}
	if next := l.nextID(); next != (edit.ID{Origin: 1, Seq: 4}) {
		t.Fatalf("next id %v collides with or skips the inserted ones, want 1/4", next)
	}
}

func TestFrameBudgetNext(t *testing.T) {
	b := &frameBudget{start: time.Now().Add(-time.Millisecond), limit: 2 * time.Millisecond}
	if !b.next(stepCost{mean: 50, seen: true}) {
		t.Fatal("the first step of a frame always runs")
	}
	// 1 ms gone of a 2 ms budget planned to 1.6 ms: 0.6 ms left.
	if b.next(stepCost{mean: 5, seen: true}) {
		t.Fatal("a 5 ms step does not fit in the 0.6 ms left")
	}
	if !b.next(stepCost{mean: 0.1, seen: true}) {
		t.Fatal("a 0.1 ms step fits in the 0.6 ms left")
	}
	if b.next(stepCost{mean: 0.4, dev: 0.1, seen: true}) {
		t.Fatal("a step averaging 0.4 ms but often 0.5 ms is planned as 0.8 ms and does not fit")
	}
	if b.ran != 2 {
		t.Fatalf("%d steps counted, want 2", b.ran)
	}
	late := &frameBudget{start: time.Now().Add(-5 * time.Millisecond), limit: 2 * time.Millisecond}
	if !late.next(stepCost{mean: 0.01, seen: true}) || late.next(stepCost{mean: 0.01, seen: true}) {
		t.Fatal("a frame already over its budget still runs one step, and only one")
	}
}

// viewerLog records what moveViewers tells a scheduler, and refuses while busy.
type viewerLog struct {
	busy    bool
	set     []int
	removed []int
}

func (l *viewerLog) TrySetViewer(id int, _ [3]float64) bool {
	if l.busy {
		return false
	}
	l.set = append(l.set, id)
	return true
}

func (l *viewerLog) RemoveViewer(id int) { l.removed = append(l.removed, id) }

// TestMoveViewersNeverWaits: only moved viewers are told; one the scheduler was too busy to
// take is told on the next frame; viewers that went are removed.
func TestMoveViewersNeverWaits(t *testing.T) {
	var l viewerLog
	a, b, c := [3]float64{1, 0, 2}, [3]float64{100, 0, 0}, [3]float64{200, 0, 0}
	told := moveViewers(&l, nil, [][3]float64{a, b})
	told = moveViewers(&l, told, [][3]float64{a, b})
	if !slices.Equal(l.set, []int{0, 1}) {
		t.Fatalf("told %v, want viewers 0 and 1 once", l.set)
	}
	l.busy = true
	told = moveViewers(&l, told, [][3]float64{a, c})
	l.busy = false
	told = moveViewers(&l, told, [][3]float64{a, c})
	if !slices.Equal(l.set, []int{0, 1, 1}) || told[1] != c {
		t.Fatalf("told %v (knows %v), want viewer 1 told again after the busy frame", l.set, told)
	}
	told = moveViewers(&l, told, [][3]float64{a})
	if !slices.Equal(l.removed, []int{1}) || len(told) != 1 {
		t.Fatalf("removed %v (knows %v), want viewer 1 removed", l.removed, told)
	}
}

// TestEditLogSince: since hands out each edit once, in the order edits came, whatever their
// replay order.
func TestEditLogSince(t *testing.T) {
	l := newEditLog(1)
	l.insert(edit.Delta{ID: edit.ID{Origin: 2, Seq: 5}, Kind: edit.Raise, Radius: 1, Amount: 1})
	l.insert(edit.Delta{ID: edit.ID{Origin: 1, Seq: 1}, Kind: edit.Raise, Radius: 1, Amount: 1})
	got, at := l.since(0)
	if at != 2 || len(got) != 2 || got[0].ID.Origin != 2 || got[1].ID.Origin != 1 {
		t.Fatalf("since(0) = %v, %d", got, at)
	}
	l.insert(edit.Delta{ID: edit.ID{Origin: 1, Seq: 1}, Kind: edit.Raise, Radius: 1, Amount: 1}) // duplicate
	l.insert(edit.Delta{ID: edit.ID{Origin: 1, Seq: 2}, Kind: edit.Raise, Radius: 1, Amount: 1})
	got, at = l.since(at)
	if at != 3 || len(got) != 1 || got[0].ID.Seq != 2 {
		t.Fatalf("since(2) = %v, %d: want only the new edit", got, at)
	}
	if got, _ := l.since(at); len(got) != 0 {
		t.Fatalf("nothing new: %v", got)
	}
}

// TestUpdateWantedAllocatesNothingPerFrame: a viewer flying across chunks gets the same
// wanted set as a fresh computation, a still viewer costs no recomputation, and neither
// allocates per frame.
func TestUpdateWantedAllocatesNothingPerFrame(t *testing.T) {
	p := &ProcGen{ViewDistance: 6, LodDistance: 2}
	newState := func() *worldState {
		return &worldState{size: 64, loaded: map[chunkKey]*loadedChunk{}, pending: map[chunkKey]*pendingChunk{}, wanted: map[chunkKey]wantedChunk{}}
	}
	st := newState()
	x := 0.0
	fly := func() {
		x += 40
		p.updateWanted(st, [][3]float64{{x, 0, 10}})
	}
	for range 4 {
		fly()
	}
	fresh := newState()
	p.updateWanted(fresh, [][3]float64{{x, 0, 10}})
	if !maps.Equal(st.wanted, fresh.wanted) || len(st.wanted) == 0 {
		t.Fatalf("reused maps give %d chunks, a fresh one %d", len(st.wanted), len(fresh.wanted))
	}
	if a := testing.AllocsPerRun(50, fly); a != 0 {
		t.Errorf("a flying viewer: %v allocations per frame", a)
	}
	still := [][3]float64{{x, 0, 10}}
	p.updateWanted(st, still)
	st.wanted[chunkKey{9999, 0, 9999}] = wantedChunk{} // a recomputation would drop it
	p.updateWanted(st, still)
	if _, ok := st.wanted[chunkKey{9999, 0, 9999}]; !ok {
		t.Error("a still viewer recomputed the wanted set")
	}
	p.ViewDistance = 3
	p.updateWanted(st, still)
	if _, ok := st.wanted[chunkKey{9999, 0, 9999}]; ok || len(st.wanted) >= len(fresh.wanted) {
		t.Error("a new view distance did not recompute the wanted set")
	}
}

func TestStreamLimit(t *testing.T) {
	for _, c := range []struct {
		frame, loading float64
		everReady      bool
		want           time.Duration
	}{
		{2, 8, false, 8 * time.Millisecond},   // loading: the larger budget
		{2, 8, true, 2 * time.Millisecond},    // after the first world_ready
		{2, 0, false, 2 * time.Millisecond},   // loading budget off
		{10, 8, false, 10 * time.Millisecond}, // a larger frame budget wins
	} {
		if got := streamLimit(c.frame, c.loading, c.everReady); got != c.want {
			t.Errorf("streamLimit(%v, %v, %v) = %v, want %v", c.frame, c.loading, c.everReady, got, c.want)
		}
	}
}
