package netproto

import "github.com/procgen-godot/procgen/procgen/edit"

// Packet sizes, for budgeting and for the "clients download far less than meshes"
// measurement. They are exact: MarshalBinary of such a message has this length.

// WorldInfoBytes is the size of a WorldInfo packet with an id of idLen bytes and a
// config of configLen bytes.
func WorldInfoBytes(idLen, configLen int) int { return HeaderSize + 1 + idLen + 4 + configLen }

// CheckpointBytes is the size of a Checkpoint packet with the given number of
// covered origins and payload bytes.
func CheckpointBytes(covered, payload int) int { return HeaderSize + 12 + 2 + 16*covered + 4 + payload }

// editsPacketBytes is the size of one Edits packet with n deltas.
func editsPacketBytes(n int) int { return HeaderSize + 6 + n*edit.RecordSize }

// EditsBytes is the total size of the Edits packets SplitEdits produces for n
// deltas (0 for none).
func EditsBytes(n int) int {
	if n <= 0 {
		return 0
	}
	packets := (n + MaxEditsPerPacket - 1) / MaxEditsPerPacket
	return packets*editsPacketBytes(0) + n*edit.RecordSize
}

// Mesh array sizes as sent to Godot (package chunk's output): float32 xyz
// positions and normals, float32 RGBA colours, optional float32 UVs, int32 indices.
const (
	MeshVertexBytes = 12 + 12 + 16 // position + normal + colour
	MeshUVBytes     = 8            // per vertex, heightmap chunks only
	MeshIndexBytes  = 4
)

// MeshBytes is the size of mesh arrays with the given vertex and index counts.
func MeshBytes(vertices, indices int, uvs bool) int {
	per := MeshVertexBytes
	if uvs {
		per += MeshUVBytes
	}
	return vertices*per + indices*MeshIndexBytes
}

// RegionTransfer compares what a client downloads to build a region (one WorldInfo
// and the Edits touching it; it generates the meshes itself) with the size of the
// meshes a server would otherwise have to stream.
type RegionTransfer struct {
	WorldInfo int     // WorldInfo packet bytes
	Edits     int     // Edits packet bytes
	Wire      int     // WorldInfo + Edits
	Mesh      int     // mesh bytes, as given
	Ratio     float64 // Mesh / Wire: the issue asks for at least 100
}

// CompareRegion fills a RegionTransfer for a world id of idLen bytes, a config of
// configLen bytes, edits deltas and meshBytes of meshes (see MeshBytes, or the sum
// of the chunks' mesh array sizes). Transport overhead (ENet, Godot's RPC framing)
// is not included on either side.
func CompareRegion(idLen, configLen, edits, meshBytes int) RegionTransfer {
	t := RegionTransfer{WorldInfo: WorldInfoBytes(idLen, configLen), Edits: EditsBytes(edits), Mesh: meshBytes}
	t.Wire = t.WorldInfo + t.Edits
	if t.Wire > 0 {
		t.Ratio = float64(t.Mesh) / float64(t.Wire)
	}
	return t
}
