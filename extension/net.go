package extension

// netDocs are the class reference texts of ProcGen's networking methods (net_*.go). The bytes
// are netproto packets; the transport (SceneMultiplayer, ENet) lives in GDScript, see
// godot_project/net/procgen_net.gd.
var netDocs = map[string]string{
	"net_configure":            "Sets the server's client policy from a Dictionary: half_width (edit centres within ±half_width in x and z, default 4096), max_radius (32), max_amount (64), rate (edit requests per second per peer, 20), burst (40), flood_rejects (a peer sending more than this many bad or refused packets within flood_window_ms is dropped; 30) and flood_window_ms (5000). Returns false after an error.",
	"net_world_info":           "Server: returns the WorldInfo packet (world id and config) that a client needs to generate this world, or an empty array after an error. The world id is world_id, or the world hash when world_id is empty.",
	"net_catch_up":             "Server: returns the checkpoint packets (PackedByteArray each) for a client that just joined: per chunk, a deflated snapshot of every edit filed under it. Later edits follow from net_poll_edits.",
	"net_poll_edits":           "Server: returns Edits packets with the edits that appeared since the last call (from apply_edit, accepted client requests or other servers through the database), to broadcast to every client. The first call only marks the current edits as sent.",
	"net_handle_client_packet": "Server: handles one packet from peer and returns a Dictionary: reply (PackedByteArray to send back to that peer, may be empty; the EditAck of an accepted edit of a stored world comes later from net_poll_acks, once durable), broadcast (Array of Edits packets for every client), kick (true: drop the peer, it floods), accepted (an edit was recorded), type and error. Malformed, oversized, out-of-bounds and rate-limited requests are refused with an EditReject and logged as warnings; accepted edits are recorded like apply_edit (durably when world_id is set).",
	"net_poll_acks":            "Server: returns the EditAcks now due, as an Array of Dictionaries (peer, packet): an accepted request of a stored world is acknowledged only once its edit is durable in the local store.",
	"net_forget_peer":          "Server: drops the rate-limit and flood state of a peer that left.",
	"net_hello":                "Client: returns a Hello packet naming this client.",
	"net_edit_request":         "Client: returns an EditRequest packet for an edit (kinds as apply_edit); its nonce is packet.decode_u32(4). Returns an empty array after an error.",
	"net_apply_server_packet":  "Client: applies one packet from the server and returns a Dictionary: ok, type, error, and per type world_id (world_info: the node adopts the world's settings and drops edits of another world), edits and new (edits and checkpoint: the new ones regenerate their chunks), nonce, origin, seq (edit_ack), nonce, reason, text (edit_reject). A client never opens storage: leave world_id empty.",
	"net_stats":                "Returns the networking counters: accepted, rejected, kicked, broadcast_edits, applied_edits, world_id, and rejections by reason.",
}
