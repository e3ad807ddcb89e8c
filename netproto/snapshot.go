package netproto

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"

	"github.com/procgen-godot/procgen/procgen/edit"
)

// Edit snapshots are the checkpoints a server sends a late client: for one chunk, every
// edit filed under it (the chunk of the edit's centre), deflated with compress/flate, and the per-origin high-water marks it covers (of the edits filed under
// that chunk). A snapshot is the world
// state itself (seed + edits), not an approximation, so a client that applies it and the
// edits that come after gets chunks identical to the server's.

// MaxSnapshotEdits bounds the edits of one snapshot (one edit.EncodeBatch).
const MaxSnapshotEdits = edit.MaxBatch

// ErrSnapshot reports a snapshot whose payload does not match its cover.
var ErrSnapshot = errors.New("netproto: snapshot edits do not match their cover")

// NewSnapshot builds the checkpoint of chunk c holding ds (any order). It fails when ds has
// more than MaxSnapshotEdits edits or more than MaxCovered origins, or when the deflated
// payload exceeds MaxCheckpointBytes.
func NewSnapshot(c edit.ChunkCoord, ds []edit.Delta) (*Checkpoint, error) {
	if len(ds) == 0 || len(ds) > MaxSnapshotEdits {
		return nil, fmt.Errorf("netproto: snapshot of %d edits outside [1,%d]", len(ds), MaxSnapshotEdits)
	}
	// Sorted by identity, not replay order: the cover is per origin, and runs of one origin
	// compress best. A client sorts the edits into replay order itself.
	sorted := slices.Clone(ds)
	slices.SortFunc(sorted, func(a, b edit.Delta) int { return a.ID.Compare(b.ID) })
	var covered []edit.ID
	for _, d := range sorted {
		if n := len(covered); n > 0 && covered[n-1].Origin == d.ID.Origin {
			covered[n-1].Seq = max(covered[n-1].Seq, d.ID.Seq)
		} else {
			covered = append(covered, d.ID)
		}
	}
	raw, err := encodeSnapshotBody(sorted)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	w, err := flate.NewWriter(&buf, flate.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := w.Write(raw); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	cp := &Checkpoint{Chunk: c, Covered: covered, Payload: buf.Bytes()}
	if err := cp.Validate(); err != nil {
		return nil, err
	}
	return cp, nil
}

// SnapshotEdits inflates and decodes the edits of a snapshot checkpoint. It refuses payloads
// that inflate beyond edit.MaxBatchBytes (no decompression bombs), malformed batches, and
// edits the checkpoint does not cover.
func SnapshotEdits(cp *Checkpoint) ([]edit.Delta, error) {
	r := flate.NewReader(bytes.NewReader(cp.Payload))
	defer r.Close()
	raw, err := io.ReadAll(io.LimitReader(r, edit.MaxBatchBytes+1))
	if err != nil {
		return nil, fmt.Errorf("netproto: snapshot payload: %w", err)
	}
	if len(raw) > edit.MaxBatchBytes {
		return nil, fmt.Errorf("netproto: snapshot inflates beyond %d bytes: %w", edit.MaxBatchBytes, ErrTooLarge)
	}
	ds, err := decodeSnapshotBody(raw)
	if err != nil {
		return nil, fmt.Errorf("netproto: snapshot: %w", err)
	}
	for _, d := range ds {
		if !cp.Covers(d.ID) {
			return nil, fmt.Errorf("%w: edit %d/%d", ErrSnapshot, d.ID.Origin, d.ID.Seq)
		}
	}
	return ds, nil
}

// SplitSnapshots files ds under the chunk of each edit's centre (chunkSize units per chunk)
// and returns one encoded Checkpoint packet per chunk, in chunk order.
func SplitSnapshots(ds []edit.Delta, chunkSize int) ([][]byte, error) {
	if chunkSize <= 0 {
		return nil, fmt.Errorf("netproto: chunk size %d", chunkSize)
	}
	groups := map[edit.ChunkCoord][]edit.Delta{}
	for _, d := range ds {
		c := edit.ChunkCoord{X: floorChunk(d.X, chunkSize), Z: floorChunk(d.Z, chunkSize)}
		groups[c] = append(groups[c], d)
	}
	keys := make([]edit.ChunkCoord, 0, len(groups))
	for c := range groups {
		keys = append(keys, c)
	}
	slices.SortFunc(keys, func(a, b edit.ChunkCoord) int {
		if a.Z != b.Z {
			return int(a.Z) - int(b.Z)
		}
		return int(a.X) - int(b.X)
	})
	var out [][]byte
	for _, c := range keys {
		g := groups[c]
		for len(g) > 0 {
			n := min(len(g), MaxSnapshotEdits)
			cp, err := NewSnapshot(c, g[:n])
			if err != nil {
				return nil, err
			}
			b, err := cp.MarshalBinary()
			if err != nil {
				return nil, err
			}
			out = append(out, b)
			g = g[n:]
		}
	}
	return out, nil
}

func floorChunk(v float64, size int) int32 { return int32(math.Floor(v / float64(size))) }

// batchHeader is the size of an edit.EncodeBatch header (version, tag, count).
const batchHeader = 6

// shuffle transposes the fixed-size records of an encoded batch into byte planes; the
// header stays in front. A tail that is not a whole record (malformed input) stays as is.
func shuffle(b []byte) []byte { return transpose(b, false) }

// unshuffle inverts shuffle.
func unshuffle(b []byte) []byte { return transpose(b, true) }

func transpose(b []byte, inverse bool) []byte {
	if len(b) < batchHeader {
		return slices.Clone(b)
	}
	out := make([]byte, len(b))
	copy(out, b[:batchHeader])
	src, dst := b[batchHeader:], out[batchHeader:]
	n := len(src) / edit.RecordSize
	for r := 0; r < n; r++ {
		for j := 0; j < edit.RecordSize; j++ {
			record, plane := r*edit.RecordSize+j, j*n+r
			if inverse {
				dst[record] = src[plane]
			} else {
				dst[plane] = src[record]
			}
		}
	}
	copy(dst[n*edit.RecordSize:], src[n*edit.RecordSize:])
	return out
}

// Snapshot body formats (the first inflated byte).
const (
	// snapshotShuffled: an edit.EncodeBatch whose records are byte-shuffled (byte 0 of every
	// record, then byte 1, ...), so that the similar bytes of similar edits line up.
	snapshotShuffled = 1
	// snapshotColumns: edits whose parameters are all multiples of edit.Quantum (as recorded
	// edits are), column by column: uvarint count; origins as runs (uvarint length, uvarint
	// origin); then seq and x, y, z, radius, amount in quanta, each column as an integer
	// block; kind bytes; material bytes. Edits read from it have no timestamp (Time 0).
	snapshotColumns = 2
	// snapshotColumnsTimed: snapshotColumns with a column of edit timestamps (edit.Delta.Time)
	// after the seq column. Encoders write this one.
	snapshotColumnsTimed = 3
)

// encodeSnapshotBody encodes replay-ordered edits in the smallest format that holds them
// exactly.
func encodeSnapshotBody(ds []edit.Delta) ([]byte, error) {
	if !quantized(ds) {
		raw, err := edit.EncodeBatch(ds)
		if err != nil {
			return nil, err
		}
		return append([]byte{snapshotShuffled}, shuffle(raw)...), nil
	}
	for i := range ds {
		if err := ds[i].Validate(); err != nil {
			return nil, err
		}
	}
	b := []byte{snapshotColumnsTimed}
	b = binary.AppendUvarint(b, uint64(len(ds)))
	for i := 0; i < len(ds); {
		j := i
		for j < len(ds) && ds[j].ID.Origin == ds[i].ID.Origin {
			j++
		}
		b = binary.AppendUvarint(b, uint64(j-i))
		b = binary.AppendUvarint(b, ds[i].ID.Origin)
		i = j
	}
	col := make([]int64, len(ds))
	for i := range ds {
		col[i] = int64(ds[i].ID.Seq)
	}
	b = appendIntBlock(b, col)
	for i := range ds {
		col[i] = int64(ds[i].Time)
	}
	b = appendIntBlock(b, col)
	for _, f := range quantizedFields {
		for i := range ds {
			col[i] = int64(math.Round(*f(&ds[i]) / edit.Quantum))
		}
		b = appendIntBlock(b, col)
	}
	for _, d := range ds {
		b = append(b, byte(d.Kind))
	}
	for _, d := range ds {
		b = append(b, d.Material)
	}
	return b, nil
}

// appendIntBlock appends a column of integers as: zigzag varint of the minimum, one byte
// width w (bytes per value above the minimum, 0..8), then w byte planes, lowest first. Byte
// planes keep the predictable high bytes apart from the noisy low ones for deflate.
func appendIntBlock(b []byte, col []int64) []byte {
	lo, hi := col[0], col[0]
	for _, v := range col {
		lo, hi = min(lo, v), max(hi, v)
	}
	span := uint64(hi - lo)
	w := 0
	for span > 0 {
		w++
		span >>= 8
	}
	b = binary.AppendVarint(b, lo)
	b = append(b, byte(w))
	for p := 0; p < w; p++ {
		for _, v := range col {
			b = append(b, byte(uint64(v-lo)>>(8*p)))
		}
	}
	return b
}

// readIntBlock reads a block written by appendIntBlock into col.
func readIntBlock(r []byte, col []int64) ([]byte, error) {
	lo, n := binary.Varint(r)
	if n <= 0 || len(r) < n+1 {
		return nil, ErrTruncated
	}
	w := int(r[n])
	r = r[n+1:]
	if w > 8 {
		return nil, fmt.Errorf("integer width %d: %w", w, ErrInvalid)
	}
	if len(r) < w*len(col) {
		return nil, ErrTruncated
	}
	for i := range col {
		var u uint64
		for p := 0; p < w; p++ {
			u |= uint64(r[p*len(col)+i]) << (8 * p)
		}
		col[i] = lo + int64(u)
	}
	return r[w*len(col):], nil
}

// quantizedFields are the float parameters of the columnar format, in order.
var quantizedFields = []func(*edit.Delta) *float64{
	func(d *edit.Delta) *float64 { return &d.X },
	func(d *edit.Delta) *float64 { return &d.Y },
	func(d *edit.Delta) *float64 { return &d.Z },
	func(d *edit.Delta) *float64 { return &d.Radius },
	func(d *edit.Delta) *float64 { return &d.Amount },
}

// quantized reports whether every parameter of ds is an exact multiple of edit.Quantum
// within the range where quanta are exact integers.
func quantized(ds []edit.Delta) bool {
	for i := range ds {
		for _, f := range quantizedFields {
			v := *f(&ds[i])
			k := v / edit.Quantum
			if math.IsNaN(k) || math.Abs(k) > 1<<52 || k != math.Trunc(k) {
				return false
			}
		}
	}
	return true
}

// decodeSnapshotBody decodes either format, validating every edit.
func decodeSnapshotBody(b []byte) ([]edit.Delta, error) {
	if len(b) == 0 {
		return nil, ErrTruncated
	}
	switch b[0] {
	case snapshotShuffled:
		return edit.DecodeBatch(unshuffle(b[1:]))
	case snapshotColumns, snapshotColumnsTimed:
	default:
		return nil, fmt.Errorf("unknown snapshot format %d: %w", b[0], ErrInvalid)
	}
	r := b[1:]
	uv := func() (uint64, error) {
		v, n := binary.Uvarint(r)
		if n <= 0 {
			return 0, ErrTruncated
		}
		r = r[n:]
		return v, nil
	}
	count, err := uv()
	if err != nil {
		return nil, err
	}
	if count == 0 || count > MaxSnapshotEdits {
		return nil, fmt.Errorf("snapshot of %d edits: %w", count, ErrTooLarge)
	}
	ds := make([]edit.Delta, count)
	for i := 0; i < len(ds); {
		run, err := uv()
		if err != nil {
			return nil, err
		}
		origin, err := uv()
		if err != nil {
			return nil, err
		}
		if run == 0 || run > uint64(len(ds)-i) {
			return nil, fmt.Errorf("origin run of %d: %w", run, ErrInvalid)
		}
		for k := uint64(0); k < run; k++ {
			ds[i].ID.Origin = origin
			i++
		}
	}
	col := make([]int64, len(ds))
	if r, err = readIntBlock(r, col); err != nil {
		return nil, err
	}
	for i := range ds {
		ds[i].ID.Seq = uint64(col[i])
	}
	if b[0] == snapshotColumnsTimed {
		if r, err = readIntBlock(r, col); err != nil {
			return nil, err
		}
		for i := range ds {
			ds[i].Time = uint64(col[i])
		}
	}
	for _, f := range quantizedFields {
		if r, err = readIntBlock(r, col); err != nil {
			return nil, err
		}
		for i := range ds {
			if col[i] > 1<<52 || col[i] < -(1<<52) {
				return nil, fmt.Errorf("parameter of %d quanta: %w", col[i], ErrInvalid)
			}
			*f(&ds[i]) = float64(col[i]) * edit.Quantum
		}
	}
	if len(r) < 2*len(ds) {
		return nil, ErrTruncated
	}
	for i := range ds {
		ds[i].Kind = edit.Kind(r[i])
		ds[i].Material = r[len(ds)+i]
	}
	r = r[2*len(ds):]
	if len(r) != 0 {
		return nil, ErrTrailing
	}
	for i := range ds {
		if err := ds[i].Validate(); err != nil {
			return nil, fmt.Errorf("%w: %v", ErrInvalid, err)
		}
	}
	return ds, nil
}
