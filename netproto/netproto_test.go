package netproto

import (
	"bytes"
	"encoding/binary"
	"errors"
	"math"
	"reflect"
	"strings"
	"testing"

	"github.com/procgen-godot/procgen/procgen/edit"
	"github.com/procgen-godot/procgen/procgen/world"
)

func testConfig(t testing.TB) []byte {
	t.Helper()
	cfg := world.Default(42)
	b, err := cfg.Encode()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func testDeltas(n int) []edit.Delta {
	ds := make([]edit.Delta, n)
	for i := range ds {
		ds[i] = edit.Delta{ID: edit.ID{Origin: uint64(i % 3), Seq: uint64(i + 1)}, Kind: edit.Kind(1 + i%6),
			Material: uint8(i), X: float64(i) - 0.5, Y: -float64(i), Z: 1e6, Radius: 1 + float64(i%7), Amount: 0.25}
	}
	return ds
}

// sampleMessages covers every message type, including edge values.
func sampleMessages(t testing.TB) map[string]Message {
	cfg := testConfig(t)
	return map[string]Message{
		"hello":               NewHello(7, "Ada"),
		"hello-empty-name":    &Hello{Version: ProtocolVersion},
		"hello-max-name":      &Hello{Version: ProtocolVersion, Nonce: math.MaxUint32, Name: strings.Repeat("é", MaxNameBytes/2)},
		"hello-future":        &Hello{Version: 200, Nonce: 1, Name: "from the future"},
		"worldinfo":           &WorldInfo{ID: "world-1", Config: cfg},
		"worldinfo-max-id":    &WorldInfo{ID: strings.Repeat("w", MaxWorldIDBytes), Config: cfg},
		"checkpoint":          &Checkpoint{Chunk: edit.ChunkCoord{X: -1, Y: 2, Z: math.MinInt32}, Covered: []edit.ID{{Origin: 1, Seq: 5}, {Origin: 9, Seq: 1}}, Payload: []byte("snap")},
		"checkpoint-empty":    &Checkpoint{},
		"edits":               &Edits{Deltas: testDeltas(5)},
		"edits-empty":         &Edits{},
		"editrequest":         &EditRequest{Nonce: 3, Kind: edit.Raise, Material: 2, X: 1.5, Y: -0.0, Z: -3, Radius: 4, Amount: 2},
		"editrequest-badkind": &EditRequest{Nonce: 4, Kind: 200, X: math.MaxFloat64, Radius: -1, Amount: -5},
		"editreject":          NewEditReject(3, ReasonRadius, "radius 99 not in (0, 32]"),
		"editreject-unknown":  &EditReject{Nonce: 1, Reason: 250},
		"editack":             &EditAck{Nonce: 3, ID: edit.ID{Origin: 77, Seq: 1 << 40}},
	}
}

func TestRoundTrip(t *testing.T) {
	for name, m := range sampleMessages(t) {
		t.Run(name, func(t *testing.T) {
			b, err := Encode(m)
			if err != nil {
				t.Fatal(err)
			}
			if b[0] != Magic0 || b[1] != Magic1 || Type(b[3]) != m.Type() {
				t.Fatalf("header % x", b[:4])
			}
			got, err := Decode(b)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, m) {
				t.Fatalf("decoded %#v, want %#v", got, m)
			}
			b2, err := got.MarshalBinary()
			if err != nil || !bytes.Equal(b, b2) {
				t.Fatalf("re-encoding differs (%v)", err)
			}
			// AppendBinary appends.
			b3, err := m.AppendBinary([]byte{1, 2})
			if err != nil || !bytes.Equal(b3[2:], b) || b3[0] != 1 {
				t.Fatalf("AppendBinary: %v", err)
			}
			if want := predictedSize(m); want != len(b) {
				t.Fatalf("size %d, predicted %d", len(b), want)
			}
			// Decode must not alias its input.
			for i := range b {
				b[i] = 0xFF
			}
			if !reflect.DeepEqual(got, m) {
				t.Fatal("decoded message aliases the input")
			}
		})
	}
}

func predictedSize(m Message) int {
	switch m := m.(type) {
	case *Hello:
		return HeaderSize + 5 + len(m.Name)
	case *WorldInfo:
		return WorldInfoBytes(len(m.ID), len(m.Config))
	case *Checkpoint:
		return CheckpointBytes(len(m.Covered), len(m.Payload))
	case *Edits:
		return max(EditsBytes(len(m.Deltas)), editsPacketBytes(0))
	case *EditRequest:
		return EditRequestSize
	case *EditReject:
		return HeaderSize + 7 + len(m.Text)
	case *EditAck:
		return EditAckSize
	}
	panic("unknown message")
}

func TestTypeAndReasonNames(t *testing.T) {
	for ty := Type(0); ty <= maxType+1; ty++ {
		if s := ty.String(); s == "" || ty.Known() != (ty >= 1 && ty <= maxType) {
			t.Errorf("type %d: %q known=%v", ty, s, ty.Known())
		}
	}
	if TypeEdits.String() != "edits" || Type(99).String() != "Type(99)" {
		t.Error("type names")
	}
	if ReasonFlood.String() != "flood" || Reason(99).String() != "Reason(99)" || ReasonInvalid.String() != "invalid" {
		t.Error("reason names")
	}
	for m := range messageSet(sampleMessages(t)) {
		if m.Type().FromClient() != (m.Type() == TypeHello || m.Type() == TypeEditRequest) {
			t.Errorf("%v direction", m.Type())
		}
	}
}

func messageSet(m map[string]Message) map[Message]bool {
	out := map[Message]bool{}
	for _, v := range m {
		out[v] = true
	}
	return out
}

func mustEncode(t testing.TB, m Message) []byte {
	t.Helper()
	b, err := Encode(m)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// mutate returns a copy of b with f applied.
func mutate(b []byte, f func([]byte) []byte) []byte { return f(append([]byte(nil), b...)) }

func TestDecodeRejects(t *testing.T) {
	hello := mustEncode(t, NewHello(1, "bob"))
	wi := mustEncode(t, &WorldInfo{ID: "w", Config: testConfig(t)})
	cp := mustEncode(t, &Checkpoint{Covered: []edit.ID{{Origin: 1, Seq: 1}, {Origin: 2, Seq: 2}}, Payload: []byte("xy")})
	ed := mustEncode(t, &Edits{Deltas: testDeltas(2)})
	helloToken := mustEncode(t, &Hello{Version: ProtocolVersion, Nonce: 3, Name: "a", Token: "secret"})
	req := mustEncode(t, &EditRequest{Nonce: 1, Kind: edit.Paint, Radius: 1})
	rej := mustEncode(t, NewEditReject(1, ReasonKind, "no"))
	ack := mustEncode(t, &EditAck{Nonce: 1})
	le := binary.LittleEndian
	setF64 := func(off int, v float64) func([]byte) []byte {
		return func(b []byte) []byte { le.PutUint64(b[HeaderSize+off:], math.Float64bits(v)); return b }
	}
	trunc := func(n int) func([]byte) []byte { return func(b []byte) []byte { return b[:len(b)-n] } }
	extra := func(b []byte) []byte { return append(b, 0) }
	set := func(off int, v byte) func([]byte) []byte {
		return func(b []byte) []byte { b[off] = v; return b }
	}
	withBody := func(ty Type, body ...byte) []byte {
		return append([]byte{Magic0, Magic1, ProtocolVersion, byte(ty)}, body...)
	}

	cases := []struct {
		name string
		in   []byte
		want error
	}{
		{"empty", nil, ErrTruncated},
		{"short header", []byte{Magic0, Magic1, 1}, ErrTruncated},
		{"bad magic", mutate(ack, set(0, 'X')), ErrMagic},
		{"bad magic 2", mutate(ack, set(1, 'X')), ErrMagic},
		{"version 0", mutate(ack, set(2, 0)), ErrVersion},
		{"version 3", mutate(ack, set(2, 3)), ErrVersion},
		{"version 1 (edits without timestamps)", mutate(ack, set(2, 1)), ErrVersion},
		{"hello version 0", mutate(hello, set(2, 0)), ErrVersion},
		{"type 0", withBody(0), ErrType},
		{"type unknown", withBody(99, 1, 2, 3), ErrType},
		{"oversized", make([]byte, MaxPacketSize+1), ErrTooLarge},
		{"header only hello", withBody(TypeHello), ErrTruncated},
		{"hello truncated name", mutate(hello, trunc(1)), ErrTruncated},
		{"hello empty token", mutate(hello, extra), ErrInvalid},
		{"hello trailing", mutate(helloToken, extra), ErrTrailing},
		{"hello truncated token", mutate(helloToken, trunc(1)), ErrTruncated},
		{"hello token control character", mutate(helloToken, func(b []byte) []byte { b[len(b)-1] = 1; return b }), ErrInvalid},
		{"hello name too long", withBody(TypeHello, append([]byte{1, 0, 0, 0, MaxNameBytes + 1}, strings.Repeat("a", MaxNameBytes+1)...)...), ErrTooLarge},
		{"hello name invalid utf8", withBody(TypeHello, 1, 0, 0, 0, 2, 0xC3, 0x28), ErrInvalid},
		{"hello name control", withBody(TypeHello, 1, 0, 0, 0, 2, 'a', '\n'), ErrInvalid},
		{"worldinfo truncated", mutate(wi, trunc(1)), ErrTruncated},
		{"worldinfo trailing", mutate(wi, extra), ErrTrailing},
		{"worldinfo empty id", withBody(TypeWorldInfo, 0, 2, 0, 0, 0, '{', '}'), ErrInvalid},
		{"worldinfo id too long", withBody(TypeWorldInfo, append([]byte{MaxWorldIDBytes + 1}, make([]byte, 200)...)...), ErrTooLarge},
		{"worldinfo empty config", withBody(TypeWorldInfo, 1, 'w', 0, 0, 0, 0), ErrInvalid},
		{"worldinfo bad json", withBody(TypeWorldInfo, 1, 'w', 2, 0, 0, 0, '{', '['), ErrInvalid},
		{"worldinfo invalid config", withBody(TypeWorldInfo, append([]byte{1, 'w', 12, 0, 0, 0}, `{"format":1}`...)...), ErrInvalid},
		{"worldinfo config too long", withBody(TypeWorldInfo, 1, 'w', 0xFF, 0xFF, 0xFF, 0xFF), ErrTooLarge},
		{"checkpoint truncated", mutate(cp, trunc(1)), ErrTruncated},
		{"checkpoint truncated in covered", cp[:HeaderSize+14+20], ErrTruncated},
		{"checkpoint trailing", mutate(cp, extra), ErrTrailing},
		{"checkpoint covered count over limit", withBody(TypeCheckpoint, append(make([]byte, 12), 0xFF, 0xFF)...), ErrTooLarge},
		{"checkpoint covered count over input", withBody(TypeCheckpoint, append(make([]byte, 12), 0x00, 0x04)...), ErrTruncated},
		{"checkpoint covered unsorted", mutate(cp, set(HeaderSize+14+16, 1)), ErrInvalid},
		{"checkpoint payload over limit", withBody(TypeCheckpoint, append(make([]byte, 14), 0xFF, 0xFF, 0xFF, 0x7F)...), ErrTooLarge},
		{"checkpoint payload over input", withBody(TypeCheckpoint, append(make([]byte, 14), 5, 0, 0, 0, 1)...), ErrTruncated},
		{"edits truncated", mutate(ed, trunc(1)), ErrTruncated},
		{"edits header only", withBody(TypeEdits), ErrTruncated},
		{"edits trailing", mutate(ed, extra), ErrTrailing},
		{"edits count over input", mutate(ed, set(HeaderSize+2, 3)), ErrTruncated},
		{"edits count over limit", mutate(ed, set(HeaderSize+5, 0xFF)), ErrTooLarge},
		{"edits batch version", mutate(ed, set(HeaderSize, 9)), ErrVersion},
		{"edits batch tag", mutate(ed, set(HeaderSize+1, 'D')), ErrInvalid},
		{"edits unknown kind", mutate(ed, set(HeaderSize+6, 0)), ErrInvalid},
		{"edits reserved", mutate(ed, set(HeaderSize+6+2, 1)), ErrInvalid},
		{"edits nan", mutate(ed, setF64(6+28, math.NaN())), ErrInvalid},
		{"edits negative radius", mutate(ed, setF64(6+52, -1)), ErrInvalid},
		{"edits version 1 body", mutate(ed, set(HeaderSize, 1)), ErrVersion},
		{"editrequest truncated", mutate(req, trunc(1)), ErrTruncated},
		{"editrequest trailing", mutate(req, extra), ErrTrailing},
		{"editrequest reserved", mutate(req, set(HeaderSize+6, 1)), ErrInvalid},
		{"editrequest reserved hi", mutate(req, set(HeaderSize+7, 1)), ErrInvalid},
		{"editrequest nan x", mutate(req, setF64(8, math.NaN())), ErrNotFinite},
		{"editrequest inf y", mutate(req, setF64(16, math.Inf(1))), ErrNotFinite},
		{"editrequest -inf z", mutate(req, setF64(24, math.Inf(-1))), ErrNotFinite},
		{"editrequest nan radius", mutate(req, setF64(32, math.NaN())), ErrNotFinite},
		{"editrequest inf amount", mutate(req, setF64(40, math.Inf(1))), ErrNotFinite},
		{"editreject truncated", mutate(rej, trunc(1)), ErrTruncated},
		{"editreject trailing", mutate(rej, extra), ErrTrailing},
		{"editreject reason 0", mutate(rej, set(HeaderSize+4, 0)), ErrInvalid},
		{"editreject text too long", withBody(TypeEditReject, 0, 0, 0, 0, 1, 0x01, 0x01), ErrTooLarge},
		{"editreject text control", withBody(TypeEditReject, 0, 0, 0, 0, 1, 1, 0, 0x7F), ErrInvalid},
		{"editack truncated", mutate(ack, trunc(1)), ErrTruncated},
		{"editack trailing", mutate(ack, extra), ErrTrailing},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m, err := Decode(c.in)
			if !errors.Is(err, c.want) {
				t.Fatalf("Decode = %v, %v; want error %v", m, err, c.want)
			}
			if m != nil {
				t.Fatalf("message %v returned with error", m)
			}
		})
	}
}

func TestEncodeRejects(t *testing.T) {
	cfg := testConfig(t)
	bad := testDeltas(1)
	bad[0].Radius = 0
	cases := []struct {
		name string
		m    Message
		want error
	}{
		{"hello version 0", &Hello{Name: "x"}, ErrVersion},
		{"hello long name", NewHello(1, strings.Repeat("a", MaxNameBytes+1)), ErrTooLarge},
		{"hello bad utf8", NewHello(1, "\xff"), ErrInvalid},
		{"hello control", NewHello(1, "a\x00"), ErrInvalid},
		{"worldinfo no id", &WorldInfo{Config: cfg}, ErrInvalid},
		{"worldinfo long id", &WorldInfo{ID: strings.Repeat("a", MaxWorldIDBytes+1), Config: cfg}, ErrTooLarge},
		{"worldinfo no config", &WorldInfo{ID: "w"}, ErrInvalid},
		{"worldinfo bad config", &WorldInfo{ID: "w", Config: []byte("{}")}, ErrInvalid},
		{"worldinfo huge config", &WorldInfo{ID: "w", Config: make([]byte, MaxConfigBytes+1)}, ErrTooLarge},
		{"checkpoint unsorted", &Checkpoint{Covered: []edit.ID{{Origin: 2}, {Origin: 1}}}, ErrInvalid},
		{"checkpoint duplicate", &Checkpoint{Covered: []edit.ID{{Origin: 2}, {Origin: 2}}}, ErrInvalid},
		{"checkpoint many covered", &Checkpoint{Covered: make([]edit.ID, MaxCovered+1)}, ErrTooLarge},
		{"checkpoint huge payload", &Checkpoint{Payload: make([]byte, MaxCheckpointBytes+1)}, ErrTooLarge},
		{"edits invalid delta", &Edits{Deltas: bad}, ErrInvalid},
		{"edits too many", &Edits{Deltas: make([]edit.Delta, MaxEditsPerPacket+1)}, ErrTooLarge},
		{"editrequest nan", &EditRequest{Kind: edit.Raise, X: math.NaN()}, ErrNotFinite},
		{"editrequest inf", &EditRequest{Kind: edit.Raise, Amount: math.Inf(-1)}, ErrNotFinite},
		{"editreject reason 0", &EditReject{Text: "x"}, ErrInvalid},
		{"editreject long", &EditReject{Reason: 1, Text: strings.Repeat("a", MaxReasonTextBytes+1)}, ErrTooLarge},
		{"editreject control", &EditReject{Reason: 1, Text: "a\tb"}, ErrInvalid},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if err := c.m.Validate(); !errors.Is(err, c.want) {
				t.Errorf("Validate = %v, want %v", err, c.want)
			}
			b, err := c.m.AppendBinary([]byte{9})
			if !errors.Is(err, c.want) || !bytes.Equal(b, []byte{9}) {
				t.Errorf("AppendBinary = %x, %v; want %v and b unchanged", b, err, c.want)
			}
			if _, err := c.m.MarshalBinary(); !errors.Is(err, c.want) {
				t.Errorf("MarshalBinary = %v, want %v", err, c.want)
			}
		})
	}
}

func TestHelloOtherVersion(t *testing.T) {
	b := mustEncode(t, &Hello{Version: 9, Nonce: 5, Name: "new"})
	v, ty, err := PeekHeader(b)
	if err != nil || v != 9 || ty != TypeHello {
		t.Fatalf("PeekHeader = %d %v %v", v, ty, err)
	}
	m, err := DecodeFromClient(b)
	if err != nil {
		t.Fatal(err)
	}
	if h := m.(*Hello); h.Version != 9 || h.Nonce != 5 {
		t.Fatalf("%+v", h)
	}
	// Other messages at that version are refused, but their header can be read.
	b = mustEncode(t, &EditRequest{Kind: edit.Raise})
	b[2] = 9
	if _, err := Decode(b); !errors.Is(err, ErrVersion) {
		t.Fatal(err)
	}
	if v, ty, err := PeekHeader(b); err != nil || v != 9 || ty != TypeEditRequest {
		t.Fatal(v, ty, err)
	}
	if _, _, err := PeekHeader([]byte("XG\x01\x01")); !errors.Is(err, ErrMagic) {
		t.Fatal(err)
	}
}

func TestDirection(t *testing.T) {
	for name, m := range sampleMessages(t) {
		b := mustEncode(t, m)
		_, errC := DecodeFromClient(b)
		_, errS := DecodeFromServer(b)
		if m.Type().FromClient() {
			if errC != nil || !errors.Is(errS, ErrDirection) {
				t.Errorf("%s: from client %v, from server %v", name, errC, errS)
			}
		} else if errS != nil || !errors.Is(errC, ErrDirection) {
			t.Errorf("%s: from client %v, from server %v", name, errC, errS)
		}
	}
	// Garbage still gets the ordinary errors.
	if _, err := DecodeFromClient([]byte{1}); !errors.Is(err, ErrTruncated) {
		t.Error(err)
	}
	if _, err := DecodeFromServer([]byte{Magic0, Magic1, ProtocolVersion, 99}); !errors.Is(err, ErrType) {
		t.Error(err)
	}
}

func TestSplitEdits(t *testing.T) {
	if ps, err := SplitEdits(nil); err != nil || len(ps) != 0 || EditsBytes(0) != 0 {
		t.Fatal(ps, err)
	}
	n := 2*MaxEditsPerPacket + 3
	ds := testDeltas(n)
	ps, err := SplitEdits(ds)
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 3 {
		t.Fatalf("%d packets", len(ps))
	}
	var got []edit.Delta
	total := 0
	for _, p := range ps {
		if len(p) > MaxPacketSize {
			t.Fatalf("packet of %d bytes", len(p))
		}
		total += len(p)
		m, err := DecodeFromServer(p)
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, m.(*Edits).Deltas...)
	}
	if !reflect.DeepEqual(got, ds) {
		t.Fatal("deltas differ after split")
	}
	if total != EditsBytes(n) {
		t.Fatalf("total %d, EditsBytes %d", total, EditsBytes(n))
	}
	full, err := (&Edits{Deltas: ds[:MaxEditsPerPacket]}).MarshalBinary()
	if err != nil || len(full) > MaxPacketSize || len(full)+edit.RecordSize <= MaxPacketSize {
		t.Fatalf("full packet %d bytes, limit %d: MaxEditsPerPacket is not tight (%v)", len(full), MaxPacketSize, err)
	}
	bad := testDeltas(3)
	bad[2].Kind = 0
	if _, err := SplitEdits(bad); !errors.Is(err, ErrInvalid) {
		t.Fatal(err)
	}
}

func TestLimitsFitPacket(t *testing.T) {
	if n := WorldInfoBytes(MaxWorldIDBytes, MaxConfigBytes); n > MaxPacketSize {
		t.Fatalf("largest WorldInfo is %d bytes", n)
	}
	if n := CheckpointBytes(MaxCovered, MaxCheckpointBytes); n > MaxPacketSize {
		t.Fatalf("largest Checkpoint is %d bytes", n)
	}
	if HeaderSize+5+MaxNameBytes > 255+HeaderSize+5 || MaxWorldIDBytes > 255 || MaxCovered > math.MaxUint16 || MaxReasonTextBytes > math.MaxUint16 {
		t.Fatal("a limit does not fit its length prefix")
	}
	// The largest messages decode.
	big := &Checkpoint{Covered: make([]edit.ID, MaxCovered), Payload: make([]byte, MaxCheckpointBytes)}
	for i := range big.Covered {
		big.Covered[i].Origin = uint64(i)
	}
	b := mustEncode(t, big)
	if m, err := Decode(b); err != nil || !reflect.DeepEqual(m, big) {
		t.Fatal(err)
	}
}

func TestCheckpointCovers(t *testing.T) {
	c := &Checkpoint{Covered: []edit.ID{{Origin: 1, Seq: 5}, {Origin: 4, Seq: 0}, {Origin: 9, Seq: 2}}}
	for _, tc := range []struct {
		id   edit.ID
		want bool
	}{
		{edit.ID{Origin: 1, Seq: 1}, true}, {edit.ID{Origin: 1, Seq: 5}, true}, {edit.ID{Origin: 1, Seq: 6}, false},
		{edit.ID{Origin: 4, Seq: 0}, true}, {edit.ID{Origin: 4, Seq: 1}, false},
		{edit.ID{Origin: 9, Seq: 2}, true}, {edit.ID{Origin: 0, Seq: 0}, false}, {edit.ID{Origin: 5, Seq: 1}, false},
		{edit.ID{Origin: 10, Seq: 1}, false},
	} {
		if got := c.Covers(tc.id); got != tc.want {
			t.Errorf("Covers(%v) = %v", tc.id, got)
		}
	}
	if (&Checkpoint{}).Covers(edit.ID{}) {
		t.Error("empty checkpoint covers")
	}
}

func TestSanitizeText(t *testing.T) {
	for _, c := range []struct {
		in    string
		limit int
		want  string
	}{
		{"ok", 10, "ok"},
		{"a\nb\x00c", 10, "a b c"},
		{"\xffx", 10, "\uFFFDx"},
		{"ééé", 5, "éé"},
		{"abc", 0, ""},
		{strings.Repeat("z", 300), MaxReasonTextBytes, strings.Repeat("z", MaxReasonTextBytes)},
	} {
		got := SanitizeText(c.in, c.limit)
		if got != c.want {
			t.Errorf("SanitizeText(%q, %d) = %q, want %q", c.in, c.limit, got, c.want)
		}
		if err := checkText("t", got, c.limit, false); err != nil {
			t.Errorf("sanitized text rejected: %v", err)
		}
	}
}

func TestWorldInfoHelpers(t *testing.T) {
	cfg := world.Default(3)
	w, err := NewWorldInfo("w3", &cfg)
	if err != nil {
		t.Fatal(err)
	}
	got, err := w.WorldConfig()
	if err != nil {
		t.Fatal(err)
	}
	h1, _ := cfg.Hash()
	h2, _ := got.Hash()
	if h1 != h2 {
		t.Fatal("config changed in transit")
	}
	if _, err := NewWorldInfo("", &cfg); !errors.Is(err, ErrInvalid) {
		t.Fatal(err)
	}
	bad := cfg
	bad.Materials = nil
	if _, err := NewWorldInfo("w", &bad); err == nil {
		t.Fatal("invalid config accepted")
	}
}

// TestHelloToken: a Hello with a join token round-trips; one without is byte-identical to the
// Hello before tokens existed (old servers keep reading new clients that have no token).
func TestHelloToken(t *testing.T) {
	plain := mustEncode(t, NewHello(7, "bob"))
	want := []byte{Magic0, Magic1, ProtocolVersion, byte(TypeHello), 7, 0, 0, 0, 3, 'b', 'o', 'b'}
	if !bytes.Equal(plain, want) {
		t.Fatalf("Hello without token = %v, want %v", plain, want)
	}
	withToken := mustEncode(t, &Hello{Version: ProtocolVersion, Nonce: 7, Name: "bob", Token: "let me in"})
	m, err := Decode(withToken)
	if err != nil {
		t.Fatal(err)
	}
	if h := m.(*Hello); h.Token != "let me in" || h.Name != "bob" || h.Nonce != 7 {
		t.Fatalf("decoded %+v", h)
	}
	if _, err := (&Hello{Version: ProtocolVersion, Token: strings.Repeat("x", MaxTokenBytes+1)}).MarshalBinary(); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("oversized token: %v", err)
	}
}
