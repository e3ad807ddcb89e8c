package netproto

import (
	"bytes"
	"compress/flate"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"

	"github.com/procgen-godot/procgen/procgen/edit"
)

// Edit snapshots are the checkpoints a server sends a late client: for one chunk, every
// edit filed under it (the chunk of the edit's centre), as an edit.EncodeBatch whose records
// are byte-shuffled (byte 0 of every record, then byte 1, ...: the similar bytes of similar
// edits — kinds, origins, float exponents — line up) and deflated with compress/flate, and the per-origin high-water marks it covers (of the edits filed under
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
	sorted := slices.Clone(ds)
	edit.Sort(sorted)
	var covered []edit.ID
	for _, d := range sorted {
		if n := len(covered); n > 0 && covered[n-1].Origin == d.ID.Origin {
			covered[n-1].Seq = max(covered[n-1].Seq, d.ID.Seq)
		} else {
			covered = append(covered, d.ID)
		}
	}
	raw, err := edit.EncodeBatch(sorted)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	w, err := flate.NewWriter(&buf, flate.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := w.Write(shuffle(raw)); err != nil {
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
	ds, err := edit.DecodeBatch(unshuffle(raw))
	if err != nil {
		return nil, fmt.Errorf("netproto: snapshot batch: %w", err)
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
func shuffle(b []byte) []byte {
	if len(b) < batchHeader {
		return slices.Clone(b)
	}
	out := make([]byte, len(b))
	copy(out, b[:batchHeader])
	recs := b[batchHeader:]
	n := len(recs) / edit.RecordSize
	for r := 0; r < n; r++ {
		for j := 0; j < edit.RecordSize; j++ {
			out[batchHeader+j*n+r] = recs[r*edit.RecordSize+j]
		}
	}
	copy(out[batchHeader+n*edit.RecordSize:], recs[n*edit.RecordSize:])
	return out
}

// unshuffle inverts shuffle.
func unshuffle(b []byte) []byte {
	if len(b) < batchHeader {
		return slices.Clone(b)
	}
	out := make([]byte, len(b))
	copy(out, b[:batchHeader])
	planes := b[batchHeader:]
	n := len(planes) / edit.RecordSize
	for r := 0; r < n; r++ {
		for j := 0; j < edit.RecordSize; j++ {
			out[batchHeader+r*edit.RecordSize+j] = planes[j*n+r]
		}
	}
	copy(out[batchHeader+n*edit.RecordSize:], planes[n*edit.RecordSize:])
	return out
}
