package edit

import (
	"math"
	"slices"
	"sync"
	"sync/atomic"
)

// Index is a set of edits, each filed under the square cells (cell world units along x and
// z) that its bounds touch, so that the edits near a chunk are found without scanning the
// whole world's: generation cost stays flat as a world gathers edits. One goroutine at a
// time may write (Insert, Load); any number may read (Near, All, Len) at the same time,
// without locks: every cell's list is replaced, never changed, on insert.
type Index struct {
	cell  float64
	cells sync.Map // [2]int64 -> *[]Delta in replay order
	n     atomic.Int64

	mu  sync.Mutex // writers
	ids map[ID]struct{}
}

// NewIndex returns an empty index with cells of the given side in world units.
func NewIndex(cell float64) *Index {
	return &Index{cell: cell, ids: map[ID]struct{}{}}
}

// Len is the number of edits.
func (ix *Index) Len() int { return int(ix.n.Load()) }

// Insert adds d; it reports false, changing nothing, when an edit with d's identity is
// already present.
func (ix *Index) Insert(d Delta) bool {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if _, dup := ix.ids[d.ID]; dup {
		return false
	}
	ix.ids[d.ID] = struct{}{}
	ix.eachCell(d, func(c [2]int64) {
		var old []Delta
		if p, ok := ix.cells.Load(c); ok {
			old = *p.(*[]Delta)
		}
		i, _ := slices.BinarySearchFunc(old, d, byOrder)
		next := make([]Delta, 0, len(old)+1)
		next = append(append(append(next, old[:i]...), d), old[i:]...)
		ix.cells.Store(c, &next)
	})
	ix.n.Add(1)
	return true
}

// Load adds many edits at once (a world's recorded edits at start), skipping identities
// already present; it reports how many it added.
func (ix *Index) Load(ds []Delta) int {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	grown := map[[2]int64][]Delta{}
	added := 0
	for _, d := range ds {
		if _, dup := ix.ids[d.ID]; dup {
			continue
		}
		ix.ids[d.ID] = struct{}{}
		added++
		ix.eachCell(d, func(c [2]int64) {
			if _, seen := grown[c]; !seen {
				if p, ok := ix.cells.Load(c); ok {
					grown[c] = slices.Clone(*p.(*[]Delta))
				}
			}
			grown[c] = append(grown[c], d)
		})
	}
	for c, list := range grown {
		slices.SortFunc(list, byOrder)
		ix.cells.Store(c, &list)
	}
	ix.n.Add(int64(added))
	return added
}

// Near returns, in replay order, every edit whose bounds touch the box from lo to hi (and
// maybe a few more that only share a cell with it: callers filter with Touches). The
// result is the caller's.
func (ix *Index) Near(lo, hi [3]float64) []Delta {
	x0, x1, z0, z1, ok := ix.span(lo, hi)
	if !ok {
		var out []Delta
		for _, d := range ix.All() {
			if d.Touches(lo, hi) {
				out = append(out, d)
			}
		}
		return out
	}
	var out []Delta
	lists := 0
	add := func(c [2]int64) {
		if p, ok := ix.cells.Load(c); ok {
			out = append(out, *p.(*[]Delta)...)
			lists++
		}
	}
	add(wide)
	for z := z0; z <= z1; z++ {
		for x := x0; x <= x1; x++ {
			add([2]int64{x, z})
		}
	}
	if lists > 1 {
		// An edit touching several cells is filed under each of them.
		slices.SortFunc(out, byOrder)
		out = slices.CompactFunc(out, func(a, b Delta) bool { return a.ID == b.ID })
	}
	return out
}

// All returns every edit in replay order. It gathers them from the cells: for snapshots,
// not for every frame.
func (ix *Index) All() []Delta {
	var out []Delta
	ix.cells.Range(func(_, p any) bool {
		out = append(out, *p.(*[]Delta)...)
		return true
	})
	slices.SortFunc(out, byOrder)
	return slices.CompactFunc(out, func(a, b Delta) bool { return a.ID == b.ID })
}

// wide is the cell of edits too large (or not finite) to file cell by cell; Near always
// looks there. Valid edits (see Validate) never go there.
var wide = [2]int64{math.MinInt64, math.MinInt64}

// maxSpan bounds the cells one edit is filed under, or one query reads.
const maxSpan = 4096

// eachCell calls f for every cell d's bounds touch.
func (ix *Index) eachCell(d Delta, f func([2]int64)) {
	lo, hi := d.Bounds()
	x0, x1, z0, z1, ok := ix.span(lo, hi)
	if !ok {
		f(wide)
		return
	}
	for z := z0; z <= z1; z++ {
		for x := x0; x <= x1; x++ {
			f([2]int64{x, z})
		}
	}
}

// span returns the cells the box from lo to hi covers along x and z, or false when they
// are too many (or the box is not finite).
func (ix *Index) span(lo, hi [3]float64) (x0, x1, z0, z1 int64, ok bool) {
	fx0, fx1 := math.Floor(lo[0]/ix.cell), math.Floor(hi[0]/ix.cell)
	fz0, fz1 := math.Floor(lo[2]/ix.cell), math.Floor(hi[2]/ix.cell)
	if !((fx1-fx0+1)*(fz1-fz0+1) <= maxSpan) || fx1 < fx0 || fz1 < fz0 {
		return 0, 0, 0, 0, false // also NaN and infinities
	}
	return int64(fx0), int64(fx1), int64(fz0), int64(fz1), true
}
