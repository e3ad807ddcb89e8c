// Package edit defines terrain edits (Delta): height raise/lower/flatten in a radius,
// density add/remove in a sphere and material paint. Each edit has an identity
// (Origin, Seq) and a hybrid logical clock timestamp (Time, from a Clock); replay order is
// (Time, Origin, Seq), a total order, so an edit made after its maker saw another replays
// after it whatever the servers' clocks say, and of two concurrent edits the later one by
// the clocks wins. Generators apply edits sorted by that order, pointwise as functions of
// world coordinates, so the same set of edits in any arrival order yields bit-identical
// chunks, and edits crossing chunk borders leave no seam.
package edit

import (
	"cmp"
	"fmt"
	"math"
	"slices"
)

// Kind is what an edit does.
type Kind uint8

// Edit kinds. Values are part of the binary encoding: never renumber.
const (
	Raise         Kind = 1 // height += Amount * falloff (horizontal distance)
	Lower         Kind = 2 // height -= Amount * falloff
	Flatten       Kind = 3 // height += (Y - height) * Amount * falloff, Amount in [0, 1]
	AddDensity    Kind = 4 // density += Amount * falloff (3D distance); sets Material if nonzero
	RemoveDensity Kind = 5 // density -= Amount * falloff
	Paint         Kind = 6 // material = Material within the sphere
	maxKind            = Paint
)

var kindNames = [...]string{"invalid", "raise", "lower", "flatten", "add_density", "remove_density", "paint"}

func (k Kind) String() string {
	if k >= 1 && k <= maxKind {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", uint8(k))
}

// ParseKind returns the kind named name (as printed by String).
func ParseKind(name string) (Kind, error) {
	for k := Kind(1); k <= maxKind; k++ {
		if kindNames[k] == name {
			return k, nil
		}
	}
	return 0, fmt.Errorf("edit: unknown kind %q", name)
}

// Column reports whether k edits the height field (a column, unbounded in y).
func (k Kind) Column() bool { return k == Raise || k == Lower || k == Flatten }

// Limits checked by Validate and the decoder.
const (
	// MaxRadius bounds an edit's reach, so AffectedChunks stays small: at most
	// ((2·256+2·Apron)/4+1)³ ≈ 2.4M chunks for the smallest (4-unit) voxel chunks, a few
	// thousand at the default sizes.
	MaxRadius = 256.0
	MaxCoord  = 1 << 30
	MaxAmount = 1 << 16
	// Apron is the margin, in world units, that chunk generators read outside their
	// chunk (normal aprons, voxel apron, LOD steps up to 8). AffectedChunks includes it so
	// every chunk whose output can change is listed.
	Apron = 8
)

// ID identifies an edit: Origin is the peer or user that made it, Seq its counter there.
type ID struct {
	Origin uint64
	Seq    uint64
}

// Compare orders IDs by (Origin, Seq): the replay order of edits with equal timestamps.
func (a ID) Compare(b ID) int {
	if c := cmp.Compare(a.Origin, b.Origin); c != 0 {
		return c
	}
	return cmp.Compare(a.Seq, b.Seq)
}

// Delta is one edit. X, Y, Z is the centre in world units; Y is the flatten target for
// Flatten and ignored by Raise and Lower.
type Delta struct {
	ID ID
	// Time is the hybrid logical clock timestamp its recorder gave it (Clock.Now): Unix
	// milliseconds in the high 48 bits, a logical counter in the low 16. Edits recorded
	// before timestamps existed have 0 and replay first, in their old (Origin, Seq) order.
	Time     uint64
	Kind     Kind
	Material uint8
	X, Y, Z  float64
	Radius   float64
	Amount   float64
}

// Quantum is the grid that recorded edit parameters are rounded to (1/256 world unit): far
// below what terrain shows, and it leaves the low mantissa bits of every parameter zero, so
// edit logs and snapshots compress well.
const Quantum = 1.0 / 256

// Quantize rounds position, radius and amount to multiples of Quantum (exactly: the results
// are dyadic fractions), keeping a positive radius positive. Recorders call it before an
// edit gets its identity, so every replica replays the same rounded values.
func (d *Delta) Quantize() {
	q := func(v float64) float64 { return math.Round(v/Quantum) * Quantum }
	d.X, d.Y, d.Z, d.Amount = q(d.X), q(d.Y), q(d.Z), q(d.Amount)
	if r := q(d.Radius); r > 0 || !(d.Radius > 0) {
		d.Radius = r
	} else {
		d.Radius = Quantum
	}
}

// Validate reports a delta that cannot be applied safely.
func (d *Delta) Validate() error {
	if d.Kind < 1 || d.Kind > maxKind {
		return fmt.Errorf("edit: unknown kind %d", d.Kind)
	}
	for _, f := range [...]struct {
		n     string
		v, hi float64
	}{{"x", d.X, MaxCoord}, {"y", d.Y, MaxCoord}, {"z", d.Z, MaxCoord}, {"radius", d.Radius, MaxRadius}, {"amount", d.Amount, MaxAmount}} {
		if math.IsNaN(f.v) || math.IsInf(f.v, 0) {
			return fmt.Errorf("edit: %s is not finite", f.n)
		}
		if math.Abs(f.v) > f.hi {
			return fmt.Errorf("edit: |%s| = %v exceeds %v", f.n, f.v, f.hi)
		}
	}
	if !(d.Radius > 0) {
		return fmt.Errorf("edit: radius %v must be positive", d.Radius)
	}
	if d.Amount < 0 {
		return fmt.Errorf("edit: amount %v must not be negative (use the opposite kind)", d.Amount)
	}
	if d.Kind == Flatten && d.Amount > 1 {
		return fmt.Errorf("edit: flatten amount %v must be in [0, 1]", d.Amount)
	}
	return nil
}

// Bounds returns the box outside which the edit changes nothing. Column kinds are
// unbounded in y (±Inf).
func (d *Delta) Bounds() (lo, hi [3]float64) {
	r := d.Radius
	lo = [3]float64{d.X - r, d.Y - r, d.Z - r}
	hi = [3]float64{d.X + r, d.Y + r, d.Z + r}
	if d.Kind.Column() {
		lo[1], hi[1] = math.Inf(-1), math.Inf(1)
	}
	return lo, hi
}

// ChunkCoord is a chunk position in chunk units.
type ChunkCoord struct{ X, Y, Z int32 }

func floorDiv(v float64, size int) int32 {
	return int32(math.Floor(v / float64(size)))
}

// AffectedChunks lists, in (y, z, x) order, the chunks of edge chunkSize whose generated
// output may change, with an Apron margin. For column kinds Y is always 0 and each entry
// stands for the whole column of chunks (heightmap chunks are columns; voxel chunks
// must be taken at every cy). Sphere kinds list 3D chunks.
func (d *Delta) AffectedChunks(chunkSize int) []ChunkCoord {
	if chunkSize <= 0 {
		return nil
	}
	lo, hi := d.Bounds()
	x0, x1 := floorDiv(lo[0]-Apron, chunkSize), floorDiv(hi[0]+Apron, chunkSize)
	z0, z1 := floorDiv(lo[2]-Apron, chunkSize), floorDiv(hi[2]+Apron, chunkSize)
	y0, y1 := int32(0), int32(0)
	if !d.Kind.Column() {
		y0, y1 = floorDiv(lo[1]-Apron, chunkSize), floorDiv(hi[1]+Apron, chunkSize)
	}
	var out []ChunkCoord
	for y := y0; y <= y1; y++ {
		for z := z0; z <= z1; z++ {
			for x := x0; x <= x1; x++ {
				out = append(out, ChunkCoord{x, y, z})
			}
		}
	}
	return out
}

// Touches reports whether the edit may change anything in the box [lo, hi].
func (d *Delta) Touches(lo, hi [3]float64) bool {
	blo, bhi := d.Bounds()
	for i := 0; i < 3; i++ {
		if bhi[i] < lo[i] || blo[i] > hi[i] {
			return false
		}
	}
	return true
}

// Falloff is the smooth kernel (1 - t^2)^2 for t = dist/radius < 1, else exactly 0:
// C1-continuous at the rim, so edits blend in without a crease.
func Falloff(dist2, radius float64) float64 {
	r2 := float64(radius * radius)
	if dist2 >= r2 {
		return 0
	}
	u := 1 - dist2/r2
	return float64(u * u)
}

// ApplyHeight applies one column edit to height h at world (x, z). Non-column kinds and
// points outside the radius return h unchanged, bit for bit.
func (d *Delta) ApplyHeight(x, z, h float64) float64 {
	if !d.Kind.Column() {
		return h
	}
	dx, dz := x-d.X, z-d.Z
	f := Falloff(float64(dx*dx)+float64(dz*dz), d.Radius)
	if f == 0 {
		return h
	}
	// Explicit float64 conversions: no FMA fusion, bit-identical on every architecture.
	switch d.Kind {
	case Raise:
		return h + float64(d.Amount*f)
	case Lower:
		return h - float64(d.Amount*f)
	default: // Flatten
		return h + float64((d.Y-h)*float64(d.Amount*f))
	}
}

// ApplyVoxel applies one sphere edit to density and material at world (x, y, z).
func (d *Delta) ApplyVoxel(x, y, z, density float64, mat uint8) (float64, uint8) {
	if d.Kind.Column() {
		return density, mat
	}
	dx, dy, dz := x-d.X, y-d.Y, z-d.Z
	f := Falloff(float64(dx*dx)+float64(dy*dy)+float64(dz*dz), d.Radius)
	if f == 0 {
		return density, mat
	}
	switch d.Kind {
	case AddDensity:
		density += float64(d.Amount * f)
		if d.Material != 0 {
			mat = d.Material
		}
	case RemoveDensity:
		density -= float64(d.Amount * f)
	case Paint:
		mat = d.Material
	}
	return density, mat
}

// PaintAt returns the painted material at (x, y, z), or ok=false if d does not paint there.
func (d *Delta) PaintAt(x, y, z float64) (mat uint8, ok bool) {
	if d.Kind != Paint {
		return 0, false
	}
	dx, dy, dz := x-d.X, y-d.Y, z-d.Z
	if Falloff(float64(dx*dx)+float64(dy*dy)+float64(dz*dz), d.Radius) == 0 {
		return 0, false
	}
	return d.Material, true
}

// Compare orders edits for replay: by Time, then Origin, then Seq.
func Compare(a, b *Delta) int {
	if c := cmp.Compare(a.Time, b.Time); c != 0 {
		return c
	}
	return a.ID.Compare(b.ID)
}

func byOrder(a, b Delta) int { return Compare(&a, &b) }

// Less reports whether a replays before b.
func Less(a, b *Delta) bool { return Compare(a, b) < 0 }

// Sort sorts edits into replay order (Time, Origin, Seq), stably.
func Sort(ds []Delta) { slices.SortStableFunc(ds, byOrder) }

// Sorted reports whether ds is in replay order.
func Sorted(ds []Delta) bool { return slices.IsSortedFunc(ds, byOrder) }

// Log is a set of edits kept in replay order; an ID seen twice keeps the first delta.
// It is not safe for concurrent mutation.
type Log struct{ ds []Delta }

// Add inserts d in order and reports whether it was new.
func (l *Log) Add(d Delta) bool {
	if slices.ContainsFunc(l.ds, func(e Delta) bool { return e.ID == d.ID }) {
		return false
	}
	i, _ := slices.BinarySearchFunc(l.ds, d, byOrder)
	l.ds = slices.Insert(l.ds, i, d)
	return true
}

// All returns the edits in replay order (do not modify).
func (l *Log) All() []Delta { return l.ds }

// Len is the number of edits.
func (l *Log) Len() int { return len(l.ds) }

// Query appends to dst, in replay order, the edits that touch the box [lo, hi].
func (l *Log) Query(dst []Delta, lo, hi [3]float64) []Delta {
	for i := range l.ds {
		if l.ds[i].Touches(lo, hi) {
			dst = append(dst, l.ds[i])
		}
	}
	return dst
}
