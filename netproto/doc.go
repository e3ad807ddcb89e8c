// Package netproto is the wire protocol between a ProcGen server and its clients.
// Godot's high-level multiplayer carries each packet as one PackedByteArray over
// ENet; this package only encodes, decodes and validates those bytes, and gives a
// server the policy pieces it needs: edit limits (Limits.Check), a per-peer token
// bucket (RateLimiter) and a flood detector (FloodDetector). It is pure Go.
//
// A world travels as its config (WorldInfo) plus edit deltas (Edits), optionally
// compacted per chunk (Checkpoint); every client generates the meshes itself.
//
// # Packet
//
// All integers are little-endian; floats are IEEE 754 binary64, and must be finite.
// Every packet is at most MaxPacketSize bytes and starts with a 4-byte header that
// will never change:
//
//	offset size field
//	0      1    'P' (0x50)
//	1      1    'G' (0x47)
//	2      1    protocol version (ProtocolVersion = 2; version 1 had 60-byte edit
//	            records without timestamps)
//	3      1    message type (Type)
//	4      …    body, exactly as below: no trailing bytes
//
// Strings are length-prefixed UTF-8 without control characters. Length prefixes
// and counts are checked against their limits before anything is allocated.
//
// # Bodies (offsets from the start of the body)
//
// Hello, type 1, client → server. Its layout is frozen: Decode accepts it at any
// non-zero version (Hello.Version) so that a server can refuse an incompatible
// client with ReasonVersion.
//
//	0  u32       nonce
//	4  u8        name length n ≤ MaxNameBytes (64)
//	5  n bytes   name
//	5+n  u8      optional: token length t, 1 ≤ t ≤ MaxTokenBytes (128); absent when
//	             the client has no join token (the packet then ends after the name)
//	6+n  t bytes token
//
// WorldInfo, type 2, server → client:
//
//	0      u8        world id length n, 1 ≤ n ≤ MaxWorldIDBytes (128)
//	1      n bytes   world id
//	1+n    u32       config length m, 1 ≤ m ≤ MaxConfigBytes (world.MaxConfigBytes)
//	5+n    m bytes   world config JSON; world.Decode must accept it
//
// Checkpoint, type 3, server → client:
//
//	0      i32 ×3    chunk x, y, z (edit.ChunkCoord)
//	12     u16       covered count c ≤ MaxCovered (2048)
//	14     c × 16    covered: origin u64 | seq u64, origins strictly ascending;
//	                 the payload includes every edit (origin, s) with s ≤ seq
//	14+16c u32       payload length p ≤ MaxCheckpointBytes (1 MiB)
//	18+16c p bytes   payload, opaque
//
// Edits, type 4, server → client: the body is exactly edit.EncodeBatch's output,
// holding at most MaxEditsPerPacket deltas (the packet size limit):
//
//	0   u8          edit.EncodingVersion (2; any other is refused)
//	1   u8          'B'
//	2   u32         count k
//	6   k × 68      records: kind u8 | material u8 | reserved u16 (0) | origin u64 |
//	                seq u64 | time u64 (hybrid logical clock, edit.Clock) | x f64 |
//	                y f64 | z f64 | radius f64 | amount f64
//
// Every record must pass edit.(*Delta).Validate.
//
// EditRequest, type 5, client → server, always 52 bytes with the header
// (EditRequestSize):
//
//	0   u32   nonce
//	4   u8    kind (edit.Kind; checked by Limits.Check, not by Decode)
//	5   u8    material
//	6   u16   reserved, 0
//	8   f64   x
//	16  f64   y
//	24  f64   z
//	32  f64   radius
//	40  f64   amount
//
// EditReject, type 6, server → client:
//
//	0   u32       nonce of the refused EditRequest or Hello
//	4   u8        reason (Reason), non-zero
//	5   u16       text length t ≤ MaxReasonTextBytes (256)
//	7   t bytes   text
//
// EditAck, type 7, server → client, always 24 bytes with the header
// (EditAckSize):
//
//	0   u32   nonce of the accepted EditRequest
//	4   u64   assigned edit origin
//	12  u64   assigned edit seq
//
// # Decoding
//
// Decode (or DecodeFromClient / DecodeFromServer, which also enforce the
// direction) rejects oversized, truncated and trailing input, bad magic, wrong
// versions, unknown types, over-limit lengths, unsorted covered lists, reserved
// bits, non-finite floats and invalid strings, configs and deltas, with errors
// wrapping the Err* sentinels. It never panics, does not retain its input, and
// every packet it accepts re-encodes to identical bytes. Each message type's
// AppendBinary/MarshalBinary validates it first, so an encoder never produces a
// packet Decode refuses.
//
// # Server flow
//
// On a packet from peer p: if !rate.Allow(p), answer ReasonRateLimited; decode
// with DecodeFromClient; check an EditRequest with Limits.Check; on any failure
// send an EditReject (Reject) and, if flood.Reject(p) says so, drop the peer.
// On success assign the delta's edit.ID, store it, answer EditAck and broadcast
// Edits. Call Forget on both when a peer leaves.
package netproto
