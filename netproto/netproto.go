package netproto

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"unicode"
	"unicode/utf8"

	"github.com/procgen-godot/procgen/procgen/edit"
	"github.com/procgen-godot/procgen/procgen/world"
)

// Framing constants. The 4-byte header (Magic0, Magic1, version, type) is frozen
// across protocol versions, so any peer can tell a ProcGen packet and its version
// apart from garbage.
const (
	Magic0          = 'P' // first header byte
	Magic1          = 'G' // second header byte
	ProtocolVersion = 2   // third header byte of every packet this package encodes (2: edits carry timestamps)
	HeaderSize      = 4   // magic (2) | version (1) | type (1)
)

// Size limits. Every limit is checked by both the encoders and Decode.
const (
	MaxNameBytes       = 64                   // Hello.Name
	MaxTokenBytes      = 128                  // Hello.Token
	MaxWorldIDBytes    = 128                  // WorldInfo.ID
	MaxConfigBytes     = world.MaxConfigBytes // WorldInfo.Config
	MaxCovered         = 2048                 // Checkpoint.Covered entries
	MaxCheckpointBytes = 1 << 20              // Checkpoint.Payload
	MaxReasonTextBytes = 256                  // EditReject.Text
	maxBulk            = max(MaxConfigBytes, MaxCheckpointBytes)
	MaxPacketSize      = maxBulk + 1<<16                                    // hard cap on any packet: 1 MiB bulk + 64 KiB of framing and fields
	MaxEditsPerPacket  = (MaxPacketSize - HeaderSize - 6) / edit.RecordSize // Edits.Deltas per packet
	EditRequestSize    = HeaderSize + 48                                    // exact size of an EditRequest packet
	EditAckSize        = HeaderSize + 20                                    // exact size of an EditAck packet
)

// Decoding and encoding errors. Returned errors wrap one of these (test with errors.Is).
var (
	ErrTruncated = errors.New("netproto: truncated packet")
	ErrTrailing  = errors.New("netproto: trailing bytes")
	ErrTooLarge  = errors.New("netproto: too large")
	ErrMagic     = errors.New("netproto: not a ProcGen packet")
	ErrVersion   = errors.New("netproto: unsupported protocol version")
	ErrType      = errors.New("netproto: unknown message type")
	ErrDirection = errors.New("netproto: message type not allowed in this direction")
	ErrNotFinite = errors.New("netproto: non-finite float")
	ErrInvalid   = errors.New("netproto: invalid field")
)

// Type is the message type, the fourth header byte. Values are part of the wire
// format: never renumber.
type Type uint8

// Message types.
const (
	TypeHello       Type = 1 // client → server
	TypeWorldInfo   Type = 2 // server → client
	TypeCheckpoint  Type = 3 // server → client
	TypeEdits       Type = 4 // server → client
	TypeEditRequest Type = 5 // client → server
	TypeEditReject  Type = 6 // server → client
	TypeEditAck     Type = 7 // server → client
	maxType              = TypeEditAck
)

var typeNames = [...]string{"invalid", "hello", "world_info", "checkpoint", "edits", "edit_request", "edit_reject", "edit_ack"}

// String returns the type's name, or "Type(n)" for unknown values.
func (t Type) String() string {
	if t >= 1 && t <= maxType {
		return typeNames[t]
	}
	return fmt.Sprintf("Type(%d)", uint8(t))
}

// Known reports whether t is a message type of this protocol version.
func (t Type) Known() bool { return t >= 1 && t <= maxType }

// FromClient reports whether t is sent by clients (Hello, EditRequest); every other
// known type is sent by servers.
func (t Type) FromClient() bool { return t == TypeHello || t == TypeEditRequest }

// Message is one decoded packet: *Hello, *WorldInfo, *Checkpoint, *Edits,
// *EditRequest, *EditReject or *EditAck.
type Message interface {
	// Type is the header's type byte.
	Type() Type
	// Validate reports a field that the encoder or decoder would reject.
	Validate() error
	// AppendBinary validates the message and appends the whole packet (header
	// included) to b.
	AppendBinary(b []byte) ([]byte, error)
	// MarshalBinary returns the whole packet.
	MarshalBinary() ([]byte, error)
}

// Encode returns the packet for m.
func Encode(m Message) ([]byte, error) { return m.MarshalBinary() }

// PeekHeader reads only the frozen 4-byte header: it lets a server answer a client
// speaking another version (Decode then fails with ErrVersion) and route packets
// before decoding them. It checks the length and magic, nothing else.
func PeekHeader(b []byte) (version uint8, t Type, err error) {
	if len(b) < HeaderSize {
		return 0, 0, ErrTruncated
	}
	if b[0] != Magic0 || b[1] != Magic1 {
		return 0, 0, ErrMagic
	}
	return b[2], Type(b[3]), nil
}

// Decode decodes exactly one packet. It rejects packets over MaxPacketSize, bad
// magic, a version other than ProtocolVersion (Hello alone accepts any non-zero
// version, see Hello), unknown types, truncated or trailing bytes, out-of-range
// lengths and counts, non-zero reserved bytes, invalid UTF-8 or control characters
// in strings, non-finite floats, and anything the message's Validate rejects.
// Every successfully decoded packet re-encodes to identical bytes. The result does
// not alias b.
func Decode(b []byte) (Message, error) {
	if len(b) > MaxPacketSize {
		return nil, fmt.Errorf("%w: packet of %d bytes, limit %d", ErrTooLarge, len(b), MaxPacketSize)
	}
	version, t, err := PeekHeader(b)
	if err != nil {
		return nil, err
	}
	if version == 0 || (t != TypeHello && version != ProtocolVersion) {
		return nil, fmt.Errorf("%w %d (this build speaks %d)", ErrVersion, version, ProtocolVersion)
	}
	r := &reader{b: b[HeaderSize:]}
	var m Message
	switch t {
	case TypeHello:
		m = decodeHello(r, version)
	case TypeWorldInfo:
		m = decodeWorldInfo(r)
	case TypeCheckpoint:
		m = decodeCheckpoint(r)
	case TypeEdits:
		m, err = decodeEdits(r.rest())
		if err != nil {
			return nil, err
		}
	case TypeEditRequest:
		m = decodeEditRequest(r)
	case TypeEditReject:
		m = decodeEditReject(r)
	case TypeEditAck:
		m = decodeEditAck(r)
	default:
		return nil, fmt.Errorf("%w %d", ErrType, uint8(t))
	}
	if err := r.done(); err != nil {
		return nil, fmt.Errorf("%v: %w", t, err)
	}
	if err := m.Validate(); err != nil {
		return nil, err
	}
	return m, nil
}

// DecodeFromClient is Decode for a server: it also rejects, with ErrDirection,
// message types that only servers send.
func DecodeFromClient(b []byte) (Message, error) { return decodeDir(b, true) }

// DecodeFromServer is Decode for a client: it also rejects, with ErrDirection,
// message types that only clients send.
func DecodeFromServer(b []byte) (Message, error) { return decodeDir(b, false) }

func decodeDir(b []byte, fromClient bool) (Message, error) {
	if _, t, err := PeekHeader(b); err == nil && t.Known() && t.FromClient() != fromClient {
		return nil, fmt.Errorf("%w: %v", ErrDirection, t)
	}
	return Decode(b)
}

// appendHeader appends the header with the given version byte.
func appendHeader(b []byte, version uint8, t Type) []byte {
	return append(b, Magic0, Magic1, version, byte(t))
}

// reader is a sticky-error little-endian cursor over a packet body.
type reader struct {
	b   []byte
	err error
}

func (r *reader) fail(err error) {
	if r.err == nil {
		r.err = err
	}
}

func (r *reader) take(n int) []byte {
	if r.err != nil {
		return nil
	}
	if n < 0 || n > len(r.b) {
		r.err = ErrTruncated
		return nil
	}
	p := r.b[:n:n]
	r.b = r.b[n:]
	return p
}

func (r *reader) u8() uint8 {
	if p := r.take(1); p != nil {
		return p[0]
	}
	return 0
}

func (r *reader) u16() uint16 {
	if p := r.take(2); p != nil {
		return binary.LittleEndian.Uint16(p)
	}
	return 0
}

func (r *reader) u32() uint32 {
	if p := r.take(4); p != nil {
		return binary.LittleEndian.Uint32(p)
	}
	return 0
}

func (r *reader) u64() uint64 {
	if p := r.take(8); p != nil {
		return binary.LittleEndian.Uint64(p)
	}
	return 0
}

func (r *reader) i32() int32 { return int32(r.u32()) }

// f64 reads a float and fails with ErrNotFinite on NaN or ±Inf.
func (r *reader) f64(name string) float64 {
	v := math.Float64frombits(r.u64())
	if math.IsNaN(v) || math.IsInf(v, 0) {
		r.fail(fmt.Errorf("%w: %s", ErrNotFinite, name))
		return 0
	}
	return v
}

// bytesN reads n bytes after checking n against limit, returning a copy.
func (r *reader) bytesN(n, limit int, name string) []byte {
	if r.err != nil {
		return nil
	}
	if n > limit {
		r.fail(fmt.Errorf("%w: %s of %d bytes, limit %d", ErrTooLarge, name, n, limit))
		return nil
	}
	p := r.take(n)
	if p == nil {
		return nil
	}
	return append([]byte(nil), p...)
}

func (r *reader) str(n, limit int, name string) string {
	return string(r.bytesN(n, limit, name))
}

func (r *reader) rest() []byte {
	p := r.b
	r.b = nil
	return p
}

func (r *reader) done() error {
	if r.err != nil {
		return r.err
	}
	if len(r.b) != 0 {
		return fmt.Errorf("%w: %d after the message", ErrTrailing, len(r.b))
	}
	return nil
}

// checkText enforces a string field's limits: at most limit bytes of valid UTF-8
// without control characters, and non-empty if required.
func checkText(name, s string, limit int, required bool) error {
	if len(s) > limit {
		return fmt.Errorf("%w: %s of %d bytes, limit %d", ErrTooLarge, name, len(s), limit)
	}
	if required && s == "" {
		return fmt.Errorf("%w: %s is empty", ErrInvalid, name)
	}
	if !utf8.ValidString(s) {
		return fmt.Errorf("%w: %s is not valid UTF-8", ErrInvalid, name)
	}
	for _, c := range s {
		if unicode.IsControl(c) {
			return fmt.Errorf("%w: %s contains control character %U", ErrInvalid, name, c)
		}
	}
	return nil
}

// SanitizeText makes s acceptable as a text field of at most limit bytes: invalid
// UTF-8 becomes U+FFFD, control characters become spaces, and the result is cut at
// a rune boundary. Use it on error strings before putting them in an EditReject.
func SanitizeText(s string, limit int) string {
	out := make([]byte, 0, min(len(s), limit))
	for _, c := range s {
		if unicode.IsControl(c) {
			c = ' '
		}
		if len(out)+utf8.RuneLen(c) > limit {
			break
		}
		out = utf8.AppendRune(out, c)
	}
	return string(out)
}
