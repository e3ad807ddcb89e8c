package netproto

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"

	"github.com/procgen-godot/procgen/procgen/edit"
	"github.com/procgen-godot/procgen/procgen/world"
)

var le = binary.LittleEndian

// marshal is the shared MarshalBinary.
func marshal(m Message, size int) ([]byte, error) { return m.AppendBinary(make([]byte, 0, size)) }

// ---- Hello ----

// Hello is the first packet a client sends. Its header's version byte is the
// client's protocol version, stored in Version: Hello's layout is frozen, so Decode
// accepts it at any non-zero version and a server can reply to an incompatible
// client with ReasonVersion instead of failing to decode it.
type Hello struct {
	Version uint8  // protocol version the client speaks (the header's version byte)
	Nonce   uint32 // echoed by an EditReject refusing the Hello
	Name    string // player or client name: ≤ MaxNameBytes of UTF-8, no control characters
	// Token is an optional join token (≤ MaxTokenBytes, no control characters) that a
	// server may require. Empty: the packet ends after the name, as before tokens.
	Token string
}

// NewHello returns a Hello at ProtocolVersion.
func NewHello(nonce uint32, name string) *Hello {
	return &Hello{Version: ProtocolVersion, Nonce: nonce, Name: name}
}

// Type returns TypeHello.
func (*Hello) Type() Type { return TypeHello }

// Validate checks the version and the name.
func (h *Hello) Validate() error {
	if h.Version == 0 {
		return fmt.Errorf("%w: hello version 0", ErrVersion)
	}
	if err := checkText("hello name", h.Name, MaxNameBytes, false); err != nil {
		return err
	}
	return checkText("hello token", h.Token, MaxTokenBytes, false)
}

// AppendBinary appends the packet to b.
func (h *Hello) AppendBinary(b []byte) ([]byte, error) {
	if err := h.Validate(); err != nil {
		return b, err
	}
	b = appendHeader(b, h.Version, TypeHello)
	b = le.AppendUint32(b, h.Nonce)
	b = append(b, uint8(len(h.Name)))
	b = append(b, h.Name...)
	if h.Token != "" {
		b = append(b, uint8(len(h.Token)))
		b = append(b, h.Token...)
	}
	return b, nil
}

// MarshalBinary returns the packet.
func (h *Hello) MarshalBinary() ([]byte, error) {
	return marshal(h, HeaderSize+6+len(h.Name)+len(h.Token))
}

func decodeHello(r *reader, version uint8) *Hello {
	h := &Hello{Version: version, Nonce: r.u32()}
	h.Name = r.str(int(r.u8()), MaxNameBytes, "hello name")
	if r.err == nil && len(r.b) > 0 {
		n := int(r.u8())
		if n == 0 {
			r.fail(fmt.Errorf("%w: empty hello token (omit it instead)", ErrInvalid))
			return h
		}
		h.Token = r.str(n, MaxTokenBytes, "hello token")
	}
	return h
}

// ---- WorldInfo ----

// WorldInfo tells a client which world it is in: everything needed to generate
// every chunk before edits. Config is the world's JSON (world.Decode must accept
// it); the canonical encoding from world.(*WorldConfig).Encode also hashes to the
// world's name. Encoders and Decode parse Config to validate it, so a server should
// marshal a WorldInfo once and send the same bytes to every client.
type WorldInfo struct {
	ID     string // world id: 1..MaxWorldIDBytes of UTF-8, no control characters
	Config []byte // JSON world config, 1..MaxConfigBytes
}

// NewWorldInfo returns the WorldInfo of world id with the canonical encoding of cfg.
func NewWorldInfo(id string, cfg *world.WorldConfig) (*WorldInfo, error) {
	enc, err := cfg.Encode()
	if err != nil {
		return nil, err
	}
	w := &WorldInfo{ID: id, Config: enc}
	if err := w.Validate(); err != nil {
		return nil, err
	}
	return w, nil
}

// Type returns TypeWorldInfo.
func (*WorldInfo) Type() Type { return TypeWorldInfo }

// Validate checks the id, the config size and that world.Decode accepts the config.
func (w *WorldInfo) Validate() error {
	if err := checkText("world id", w.ID, MaxWorldIDBytes, true); err != nil {
		return err
	}
	if len(w.Config) > MaxConfigBytes {
		return fmt.Errorf("%w: world config of %d bytes, limit %d", ErrTooLarge, len(w.Config), MaxConfigBytes)
	}
	if _, err := w.WorldConfig(); err != nil {
		return fmt.Errorf("%w: world config: %w", ErrInvalid, err)
	}
	return nil
}

// WorldConfig decodes and validates Config.
func (w *WorldInfo) WorldConfig() (world.WorldConfig, error) {
	if len(w.Config) == 0 {
		return world.WorldConfig{}, errors.New("empty config")
	}
	return world.Decode(w.Config)
}

// AppendBinary appends the packet to b.
func (w *WorldInfo) AppendBinary(b []byte) ([]byte, error) {
	if err := w.Validate(); err != nil {
		return b, err
	}
	b = appendHeader(b, ProtocolVersion, TypeWorldInfo)
	b = append(b, uint8(len(w.ID)))
	b = append(b, w.ID...)
	b = le.AppendUint32(b, uint32(len(w.Config)))
	return append(b, w.Config...), nil
}

// MarshalBinary returns the packet.
func (w *WorldInfo) MarshalBinary() ([]byte, error) {
	return marshal(w, WorldInfoBytes(len(w.ID), len(w.Config)))
}

func decodeWorldInfo(r *reader) *WorldInfo {
	w := &WorldInfo{}
	w.ID = r.str(int(r.u8()), MaxWorldIDBytes, "world id")
	w.Config = r.bytesN(int(r.u32()), MaxConfigBytes, "world config")
	return w
}

// ---- Checkpoint ----

// Checkpoint carries an opaque compacted state of one chunk (the storage
// package's checkpoint payload) and which edits it already includes: every edit
// whose Origin equals some Covered[i].Origin and whose Seq is at most
// Covered[i].Seq. A client applies only the edits the checkpoint does not cover.
type Checkpoint struct {
	Chunk   edit.ChunkCoord
	Covered []edit.ID // strictly ascending Origin, at most MaxCovered entries
	Payload []byte    // at most MaxCheckpointBytes, opaque
}

// Type returns TypeCheckpoint.
func (*Checkpoint) Type() Type { return TypeCheckpoint }

// Validate checks the covered list's order and both bounds.
func (c *Checkpoint) Validate() error {
	if len(c.Covered) > MaxCovered {
		return fmt.Errorf("%w: %d covered origins, limit %d", ErrTooLarge, len(c.Covered), MaxCovered)
	}
	if len(c.Payload) > MaxCheckpointBytes {
		return fmt.Errorf("%w: checkpoint payload of %d bytes, limit %d", ErrTooLarge, len(c.Payload), MaxCheckpointBytes)
	}
	for i := 1; i < len(c.Covered); i++ {
		if c.Covered[i].Origin <= c.Covered[i-1].Origin {
			return fmt.Errorf("%w: checkpoint covered origins not strictly ascending at %d", ErrInvalid, i)
		}
	}
	return nil
}

// Covers reports whether the checkpoint already includes edit id. Covered must be
// sorted (Validate).
func (c *Checkpoint) Covers(id edit.ID) bool {
	i, ok := slices.BinarySearchFunc(c.Covered, id.Origin, func(e edit.ID, o uint64) int {
		switch {
		case e.Origin < o:
			return -1
		case e.Origin > o:
			return 1
		}
		return 0
	})
	return ok && id.Seq <= c.Covered[i].Seq
}

// AppendBinary appends the packet to b.
func (c *Checkpoint) AppendBinary(b []byte) ([]byte, error) {
	if err := c.Validate(); err != nil {
		return b, err
	}
	b = appendHeader(b, ProtocolVersion, TypeCheckpoint)
	b = le.AppendUint32(b, uint32(c.Chunk.X))
	b = le.AppendUint32(b, uint32(c.Chunk.Y))
	b = le.AppendUint32(b, uint32(c.Chunk.Z))
	b = le.AppendUint16(b, uint16(len(c.Covered)))
	for _, id := range c.Covered {
		b = le.AppendUint64(b, id.Origin)
		b = le.AppendUint64(b, id.Seq)
	}
	b = le.AppendUint32(b, uint32(len(c.Payload)))
	return append(b, c.Payload...), nil
}

// MarshalBinary returns the packet.
func (c *Checkpoint) MarshalBinary() ([]byte, error) {
	return marshal(c, CheckpointBytes(len(c.Covered), len(c.Payload)))
}

func decodeCheckpoint(r *reader) *Checkpoint {
	c := &Checkpoint{Chunk: edit.ChunkCoord{X: r.i32(), Y: r.i32(), Z: r.i32()}}
	n := int(r.u16())
	if n > MaxCovered {
		r.fail(fmt.Errorf("%w: %d covered origins, limit %d", ErrTooLarge, n, MaxCovered))
		return c
	}
	if r.err == nil && 16*n > len(r.b) {
		r.fail(ErrTruncated)
		return c
	}
	if n > 0 {
		c.Covered = make([]edit.ID, n)
		for i := range c.Covered {
			c.Covered[i] = edit.ID{Origin: r.u64(), Seq: r.u64()}
		}
	}
	c.Payload = r.bytesN(int(r.u32()), MaxCheckpointBytes, "checkpoint payload")
	return c
}

// ---- Edits ----

// Edits is a batch of edits with their identities, in the order the server chose
// (normally replay order). The body is exactly edit.EncodeBatch(Deltas); at most
// MaxEditsPerPacket deltas fit in one packet (see SplitEdits).
type Edits struct {
	Deltas []edit.Delta
}

// Type returns TypeEdits.
func (*Edits) Type() Type { return TypeEdits }

// Validate checks the count and every delta.
func (e *Edits) Validate() error {
	if len(e.Deltas) > MaxEditsPerPacket {
		return fmt.Errorf("%w: %d edits, limit %d per packet", ErrTooLarge, len(e.Deltas), MaxEditsPerPacket)
	}
	for i := range e.Deltas {
		if err := e.Deltas[i].Validate(); err != nil {
			return fmt.Errorf("%w: edit %d: %w", ErrInvalid, i, err)
		}
	}
	return nil
}

// AppendBinary appends the packet to b.
func (e *Edits) AppendBinary(b []byte) ([]byte, error) {
	if len(e.Deltas) > MaxEditsPerPacket {
		return b, fmt.Errorf("%w: %d edits, limit %d per packet", ErrTooLarge, len(e.Deltas), MaxEditsPerPacket)
	}
	body, err := edit.EncodeBatch(e.Deltas)
	if err != nil {
		return b, fmt.Errorf("%w: %w", ErrInvalid, err)
	}
	b = appendHeader(b, ProtocolVersion, TypeEdits)
	return append(b, body...), nil
}

// MarshalBinary returns the packet.
func (e *Edits) MarshalBinary() ([]byte, error) { return marshal(e, editsPacketBytes(len(e.Deltas))) }

func decodeEdits(body []byte) (*Edits, error) {
	// Storage still reads version 1 batches; the wire carries only the current one.
	if len(body) > 0 && body[0] != edit.EncodingVersion {
		return nil, fmt.Errorf("%w: edits encoding %d (this build speaks %d)", ErrVersion, body[0], edit.EncodingVersion)
	}
	ds, err := edit.DecodeBatch(body)
	if err != nil {
		var sentinel error
		switch {
		case errors.Is(err, edit.ErrTruncated):
			sentinel = ErrTruncated
		case errors.Is(err, edit.ErrTrailing):
			sentinel = ErrTrailing
		case errors.Is(err, edit.ErrTooLarge):
			sentinel = ErrTooLarge
		default:
			sentinel = ErrInvalid
		}
		return nil, fmt.Errorf("%w: edits: %w", sentinel, err)
	}
	if len(ds) == 0 {
		ds = nil
	}
	return &Edits{Deltas: ds}, nil
}

// SplitEdits encodes ds as consecutive Edits packets of at most MaxEditsPerPacket
// deltas each, preserving order. No deltas yield no packets.
func SplitEdits(ds []edit.Delta) ([][]byte, error) {
	var out [][]byte
	for len(ds) > 0 {
		n := min(len(ds), MaxEditsPerPacket)
		p, err := (&Edits{Deltas: ds[:n]}).MarshalBinary()
		if err != nil {
			return nil, err
		}
		out = append(out, p)
		ds = ds[n:]
	}
	return out, nil
}

// ---- EditRequest ----

// EditRequest is an edit a client proposes. It has no identity: the server checks
// it (Limits.Check), assigns an edit.ID and broadcasts it in Edits, answering the
// client with EditAck or EditReject carrying the same Nonce. Fields mean what
// they mean in edit.Delta. Decode only rejects non-finite floats and reserved bits;
// Limits.Check does the rest, so a bad request can be refused by nonce.
type EditRequest struct {
	Nonce    uint32
	Kind     edit.Kind
	Material uint8
	X, Y, Z  float64
	Radius   float64
	Amount   float64
}

// Type returns TypeEditRequest.
func (*EditRequest) Type() Type { return TypeEditRequest }

// Validate checks that every float is finite.
func (q *EditRequest) Validate() error {
	for _, f := range [...]struct {
		n string
		v float64
	}{{"x", q.X}, {"y", q.Y}, {"z", q.Z}, {"radius", q.Radius}, {"amount", q.Amount}} {
		if math.IsNaN(f.v) || math.IsInf(f.v, 0) {
			return fmt.Errorf("%w: edit request %s", ErrNotFinite, f.n)
		}
	}
	return nil
}

// AppendBinary appends the packet to b.
func (q *EditRequest) AppendBinary(b []byte) ([]byte, error) {
	if err := q.Validate(); err != nil {
		return b, err
	}
	b = appendHeader(b, ProtocolVersion, TypeEditRequest)
	b = le.AppendUint32(b, q.Nonce)
	b = append(b, byte(q.Kind), q.Material, 0, 0)
	for _, v := range [...]float64{q.X, q.Y, q.Z, q.Radius, q.Amount} {
		b = le.AppendUint64(b, math.Float64bits(v))
	}
	return b, nil
}

// MarshalBinary returns the packet.
func (q *EditRequest) MarshalBinary() ([]byte, error) { return marshal(q, EditRequestSize) }

func decodeEditRequest(r *reader) *EditRequest {
	q := &EditRequest{Nonce: r.u32(), Kind: edit.Kind(r.u8()), Material: r.u8()}
	if r.u16() != 0 && r.err == nil {
		r.fail(fmt.Errorf("%w: edit request reserved bytes set", ErrInvalid))
	}
	q.X, q.Y, q.Z = r.f64("x"), r.f64("y"), r.f64("z")
	q.Radius, q.Amount = r.f64("radius"), r.f64("amount")
	return q
}

// ---- EditReject ----

// Reason says why the server refused a request. Values are part of the wire
// format: never renumber. Decode accepts any non-zero value so newer servers can
// add reasons.
type Reason uint8

// Rejection reasons.
const (
	ReasonMalformed   Reason = 1  // the packet did not decode
	ReasonVersion     Reason = 2  // Hello at an unsupported protocol version
	ReasonKind        Reason = 3  // unknown or forbidden edit kind
	ReasonOutOfBounds Reason = 4  // position outside the world box
	ReasonRadius      Reason = 5  // radius not in (0, max]
	ReasonAmount      Reason = 6  // amount out of range for the kind
	ReasonMaterial    Reason = 7  // material id out of range
	ReasonRateLimited Reason = 8  // too many requests: retry later
	ReasonFlood       Reason = 9  // too many bad packets: the peer is being dropped
	ReasonNotReady    Reason = 10 // request before Hello/WorldInfo completed
	ReasonForbidden   Reason = 11 // the peer may not edit here
	ReasonServer      Reason = 12 // the server failed (e.g. storage): retry later
	ReasonInvalid     Reason = 13 // any other invalid request
	maxReason                = ReasonInvalid
)

var reasonNames = [...]string{"none", "malformed", "version", "kind", "out_of_bounds", "radius", "amount", "material",
	"rate_limited", "flood", "not_ready", "forbidden", "server", "invalid"}

// String returns the reason's name, or "Reason(n)" for values this build does not know.
func (r Reason) String() string {
	if r <= maxReason {
		return reasonNames[r]
	}
	return fmt.Sprintf("Reason(%d)", uint8(r))
}

// EditReject refuses a client request (an EditRequest, or a Hello) identified by
// its nonce. Text is a short human-readable explanation.
type EditReject struct {
	Nonce  uint32
	Reason Reason // non-zero
	Text   string // ≤ MaxReasonTextBytes of UTF-8, no control characters
}

// NewEditReject returns a rejection whose text is SanitizeText(text,
// MaxReasonTextBytes), so it always encodes.
func NewEditReject(nonce uint32, reason Reason, text string) *EditReject {
	return &EditReject{Nonce: nonce, Reason: reason, Text: SanitizeText(text, MaxReasonTextBytes)}
}

// Type returns TypeEditReject.
func (*EditReject) Type() Type { return TypeEditReject }

// Validate checks the reason and the text.
func (j *EditReject) Validate() error {
	if j.Reason == 0 {
		return fmt.Errorf("%w: reject reason 0", ErrInvalid)
	}
	return checkText("reject text", j.Text, MaxReasonTextBytes, false)
}

// AppendBinary appends the packet to b.
func (j *EditReject) AppendBinary(b []byte) ([]byte, error) {
	if err := j.Validate(); err != nil {
		return b, err
	}
	b = appendHeader(b, ProtocolVersion, TypeEditReject)
	b = le.AppendUint32(b, j.Nonce)
	b = append(b, byte(j.Reason))
	b = le.AppendUint16(b, uint16(len(j.Text)))
	return append(b, j.Text...), nil
}

// MarshalBinary returns the packet.
func (j *EditReject) MarshalBinary() ([]byte, error) { return marshal(j, HeaderSize+7+len(j.Text)) }

func decodeEditReject(r *reader) *EditReject {
	j := &EditReject{Nonce: r.u32(), Reason: Reason(r.u8())}
	j.Text = r.str(int(r.u16()), MaxReasonTextBytes, "reject text")
	return j
}

// ---- EditAck ----

// EditAck tells a client that its EditRequest with Nonce was accepted and stored as
// edit ID (it also arrives in an Edits broadcast), so the client can replace its
// predicted edit with the authoritative one.
type EditAck struct {
	Nonce uint32
	ID    edit.ID
}

// Type returns TypeEditAck.
func (*EditAck) Type() Type { return TypeEditAck }

// Validate accepts every EditAck.
func (*EditAck) Validate() error { return nil }

// AppendBinary appends the packet to b.
func (a *EditAck) AppendBinary(b []byte) ([]byte, error) {
	b = appendHeader(b, ProtocolVersion, TypeEditAck)
	b = le.AppendUint32(b, a.Nonce)
	b = le.AppendUint64(b, a.ID.Origin)
	return le.AppendUint64(b, a.ID.Seq), nil
}

// MarshalBinary returns the packet.
func (a *EditAck) MarshalBinary() ([]byte, error) { return marshal(a, EditAckSize) }

func decodeEditAck(r *reader) *EditAck {
	return &EditAck{Nonce: r.u32(), ID: edit.ID{Origin: r.u64(), Seq: r.u64()}}
}
