package edit

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
)

// Binary encoding, version 2, little-endian:
//
//	delta: version u8 (=2) | tag u8 ('D') | record
//	batch: version u8 (=2) | tag u8 ('B') | count u32 | count × record
//	record (68 bytes): kind u8 | material u8 | reserved u16 (=0) | origin u64 | seq u64 |
//	                   time u64 | x f64 | y f64 | z f64 | radius f64 | amount f64
//
// Version 1 (60-byte records without time) is what edits were stored and sent as before
// hybrid logical clock timestamps; decoders still read it, as edits with Time 0, so old
// logs load and replay in their old order. Encoders write version 2 only.
//
// Decoders reject unknown versions or tags, truncated or trailing bytes, counts over
// MaxBatch, non-zero reserved bits, non-finite floats and anything Validate rejects.
const (
	EncodingVersion = 2
	RecordSize      = 68 // a version 2 record
	RecordSizeV1    = 60 // a version 1 record
	DeltaSize       = 2 + RecordSize
	MaxBatch        = 1 << 16
	MaxBatchBytes   = 6 + MaxBatch*RecordSize
	tagDelta        = 'D'
	tagBatch        = 'B'
)

// Decoding errors.
var (
	ErrTruncated = errors.New("edit: truncated input")
	ErrTrailing  = errors.New("edit: trailing bytes")
	ErrVersion   = errors.New("edit: unsupported encoding version")
	ErrTooLarge  = errors.New("edit: batch too large")
)

// recordSize is the record size of encoding version v, 0 for an unknown version.
func recordSize(v byte) int {
	switch v {
	case 1:
		return RecordSizeV1
	case EncodingVersion:
		return RecordSize
	}
	return 0
}

func putRecord(b []byte, d *Delta) {
	b[0], b[1], b[2], b[3] = byte(d.Kind), d.Material, 0, 0
	le := binary.LittleEndian
	le.PutUint64(b[4:], d.ID.Origin)
	le.PutUint64(b[12:], d.ID.Seq)
	le.PutUint64(b[20:], d.Time)
	for i, v := range [5]float64{d.X, d.Y, d.Z, d.Radius, d.Amount} {
		le.PutUint64(b[28+8*i:], math.Float64bits(v))
	}
}

// getRecord decodes a record of encoding version v.
func getRecord(b []byte, v byte) (Delta, error) {
	le := binary.LittleEndian
	if b[2] != 0 || b[3] != 0 {
		return Delta{}, errors.New("edit: reserved bytes set")
	}
	d := Delta{Kind: Kind(b[0]), Material: b[1], ID: ID{le.Uint64(b[4:]), le.Uint64(b[12:])}}
	floats := b[20:]
	if v >= 2 {
		d.Time = le.Uint64(b[20:])
		floats = b[28:]
	}
	var f [5]float64
	for i := range f {
		f[i] = math.Float64frombits(le.Uint64(floats[8*i:]))
	}
	d.X, d.Y, d.Z, d.Radius, d.Amount = f[0], f[1], f[2], f[3], f[4]
	if err := d.Validate(); err != nil {
		return Delta{}, err
	}
	return d, nil
}

// AppendBinary appends the encoding of d to b. It validates d first.
func (d *Delta) AppendBinary(b []byte) ([]byte, error) {
	if err := d.Validate(); err != nil {
		return b, err
	}
	b = append(b, EncodingVersion, tagDelta)
	n := len(b)
	b = append(b, make([]byte, RecordSize)...)
	putRecord(b[n:], d)
	return b, nil
}

// MarshalBinary encodes d.
func (d *Delta) MarshalBinary() ([]byte, error) { return d.AppendBinary(make([]byte, 0, DeltaSize)) }

// UnmarshalBinary decodes one delta, rejecting malformed input.
func (d *Delta) UnmarshalBinary(b []byte) error {
	v, err := DecodeDelta(b)
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// DecodeDelta decodes exactly one encoded delta.
func DecodeDelta(b []byte) (Delta, error) {
	if len(b) < 2 {
		return Delta{}, ErrTruncated
	}
	size := recordSize(b[0])
	if size == 0 {
		return Delta{}, fmt.Errorf("%w %d", ErrVersion, b[0])
	}
	if b[1] != tagDelta {
		return Delta{}, fmt.Errorf("edit: tag %q is not a delta", b[1])
	}
	if len(b) < 2+size {
		return Delta{}, ErrTruncated
	}
	if len(b) > 2+size {
		return Delta{}, ErrTrailing
	}
	return getRecord(b[2:], b[0])
}

// EncodeBatch encodes edits as one batch, in the given order.
func EncodeBatch(ds []Delta) ([]byte, error) {
	if len(ds) > MaxBatch {
		return nil, ErrTooLarge
	}
	b := make([]byte, 6+len(ds)*RecordSize)
	b[0], b[1] = EncodingVersion, tagBatch
	binary.LittleEndian.PutUint32(b[2:], uint32(len(ds)))
	for i := range ds {
		if err := ds[i].Validate(); err != nil {
			return nil, fmt.Errorf("edit %d: %w", i, err)
		}
		putRecord(b[6+i*RecordSize:], &ds[i])
	}
	return b, nil
}

// DecodeBatch decodes a batch. The count is checked against MaxBatch and the input
// length before anything is allocated.
func DecodeBatch(b []byte) ([]Delta, error) {
	if len(b) > MaxBatchBytes {
		return nil, ErrTooLarge
	}
	if len(b) < 6 {
		return nil, ErrTruncated
	}
	size := recordSize(b[0])
	if size == 0 {
		return nil, fmt.Errorf("%w %d", ErrVersion, b[0])
	}
	if b[1] != tagBatch {
		return nil, fmt.Errorf("edit: tag %q is not a batch", b[1])
	}
	n := binary.LittleEndian.Uint32(b[2:])
	if n > MaxBatch {
		return nil, ErrTooLarge
	}
	want := 6 + int(n)*size
	if len(b) < want {
		return nil, ErrTruncated
	}
	if len(b) > want {
		return nil, ErrTrailing
	}
	ds := make([]Delta, n)
	for i := range ds {
		d, err := getRecord(b[6+i*size:], b[0])
		if err != nil {
			return nil, fmt.Errorf("edit %d: %w", i, err)
		}
		ds[i] = d
	}
	return ds, nil
}
