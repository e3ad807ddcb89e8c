package learned

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/crc32"
	"math"
)

// Weights file format, version 1 (all integers and floats little-endian):
//
//	offset  size  field
//	0       8     magic "PGNNWTS\x00"
//	8       4     uint32 format version (1)
//	12      4     float32 InScale   (features are multiplied by it)
//	16      4     float32 OutScale  (the output channel is multiplied by it)
//	20      4     uint32 number of layers L (1..MaxLayers)
//	then L layer headers and bodies:
//	        4     uint32 In  (input channels; the first layer's must be Features = 3)
//	        4     uint32 Out (output channels; the next layer's In; the last layer's must be 1)
//	        4     uint32 K   (kernel side: 1 or 3)
//	        4     uint32 D   (dilation: 1..MaxDilation)
//	        4     uint32 flags (bit 0: ReLU after the layer; the last layer must not have it)
//	        4·Out·In·K·K  float32 weights, index ((o*In+i)*K+ky)*K+kx
//	        4·Out         float32 biases
//	end-4   4     uint32 CRC-32 (IEEE) of every byte before it
//
// A file is accepted only if it is exactly this long, every value is finite, the channels
// chain, and the receptive field (1 + Σ (K/2)·D) is at most MaxApron. A model is named by
// the hex SHA-256 of its file (ID), which is what a world config records.
const (
	FormatVersion = 1
	MaxLayers     = 16
	MaxChannels   = 64
	MaxDilation   = 16
	MaxApron      = 32
	MaxFileBytes  = 4 << 20
)

var magic = [8]byte{'P', 'G', 'N', 'N', 'W', 'T', 'S', 0}

// ErrWeights wraps every reason a weights file is rejected.
var ErrWeights = errors.New("learned: bad weights file")

// ID is the name of a weights file: the hex SHA-256 of its bytes.
func ID(data []byte) string {
	s := sha256.Sum256(data)
	return hex.EncodeToString(s[:])
}

// Decode parses and checks a weights file.
func Decode(data []byte) (*Net, error) {
	bad := func(format string, a ...any) (*Net, error) {
		return nil, fmt.Errorf("%w: %s", ErrWeights, fmt.Sprintf(format, a...))
	}
	if len(data) > MaxFileBytes {
		return bad("%d bytes, limit %d", len(data), MaxFileBytes)
	}
	if len(data) < 28 {
		return bad("%d bytes is too short for a header", len(data))
	}
	if !bytes.Equal(data[:8], magic[:]) {
		return bad("not a ProcGen weights file (magic %q)", data[:8])
	}
	body, sum := data[:len(data)-4], binary.LittleEndian.Uint32(data[len(data)-4:])
	if got := crc32.ChecksumIEEE(body); got != sum {
		return bad("checksum %08x, file says %08x (corrupted or truncated)", got, sum)
	}
	r := reader{b: body[8:]}
	if v := r.u32(); v != FormatVersion {
		return bad("format version %d unsupported (want %d)", v, FormatVersion)
	}
	n := &Net{InScale: r.f32(), OutScale: r.f32()}
	nl := r.u32()
	if r.err == nil && (nl < 1 || nl > MaxLayers) {
		return bad("%d layers, want 1..%d", nl, MaxLayers)
	}
	in := uint32(Features)
	for li := uint32(0); li < nl && r.err == nil; li++ {
		l := Layer{In: int(r.u32()), Out: int(r.u32()), K: int(r.u32()), D: int(r.u32())}
		flags := r.u32()
		if r.err != nil {
			break
		}
		switch {
		case uint32(l.In) != in:
			return bad("layer %d has %d inputs, previous layer gives %d", li, l.In, in)
		case l.Out < 1 || l.Out > MaxChannels:
			return bad("layer %d has %d outputs, want 1..%d", li, l.Out, MaxChannels)
		case l.K != 1 && l.K != 3:
			return bad("layer %d kernel %d, want 1 or 3", li, l.K)
		case l.D < 1 || l.D > MaxDilation:
			return bad("layer %d dilation %d, want 1..%d", li, l.D, MaxDilation)
		case flags > 1:
			return bad("layer %d has unknown flags %#x", li, flags)
		}
		l.ReLU = flags&1 == 1
		l.W = r.floats(l.Out * l.In * l.K * l.K)
		l.B = r.floats(l.Out)
		n.Layers = append(n.Layers, l)
		in = uint32(l.Out)
	}
	if r.err != nil {
		return bad("%v", r.err)
	}
	if len(r.b) != 0 {
		return bad("%d bytes after the last layer", len(r.b))
	}
	last := n.Layers[len(n.Layers)-1]
	if last.Out != 1 || last.ReLU {
		return bad("the last layer must have one output and no ReLU")
	}
	for _, v := range []float64{n.InScale, n.OutScale} {
		if math.IsNaN(v) || math.IsInf(v, 0) || v <= 0 {
			return bad("scale %v must be positive and finite", v)
		}
	}
	if a := n.Apron(); a > MaxApron {
		return bad("receptive field %d exceeds %d", a, MaxApron)
	}
	return n, nil
}

// Encode writes n in the weights format (weights rounded to float32).
func (n *Net) Encode() []byte {
	var b []byte
	b = append(b, magic[:]...)
	b = binary.LittleEndian.AppendUint32(b, FormatVersion)
	b = binary.LittleEndian.AppendUint32(b, math.Float32bits(float32(n.InScale)))
	b = binary.LittleEndian.AppendUint32(b, math.Float32bits(float32(n.OutScale)))
	b = binary.LittleEndian.AppendUint32(b, uint32(len(n.Layers)))
	for _, l := range n.Layers {
		flags := uint32(0)
		if l.ReLU {
			flags = 1
		}
		for _, v := range []uint32{uint32(l.In), uint32(l.Out), uint32(l.K), uint32(l.D), flags} {
			b = binary.LittleEndian.AppendUint32(b, v)
		}
		for _, v := range l.W {
			b = binary.LittleEndian.AppendUint32(b, math.Float32bits(float32(v)))
		}
		for _, v := range l.B {
			b = binary.LittleEndian.AppendUint32(b, math.Float32bits(float32(v)))
		}
	}
	return binary.LittleEndian.AppendUint32(b, crc32.ChecksumIEEE(b))
}

type reader struct {
	b   []byte
	err error
}

func (r *reader) u32() uint32 {
	if r.err != nil {
		return 0
	}
	if len(r.b) < 4 {
		r.err = errors.New("truncated")
		return 0
	}
	v := binary.LittleEndian.Uint32(r.b)
	r.b = r.b[4:]
	return v
}

func (r *reader) f32() float64 { return float64(math.Float32frombits(r.u32())) }

func (r *reader) floats(n int) []float64 {
	if r.err != nil {
		return nil
	}
	if len(r.b) < 4*n {
		r.err = fmt.Errorf("truncated: %d floats need %d bytes, %d left", n, 4*n, len(r.b))
		return nil
	}
	out := make([]float64, n)
	for i := range out {
		v := r.f32()
		if math.IsNaN(v) || math.IsInf(v, 0) {
			r.err = fmt.Errorf("non-finite weight %v", v)
			return nil
		}
		out[i] = v
	}
	return out
}
