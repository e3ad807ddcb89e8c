class_name ProcGenNet
extends Node
## Carries a ProcGen world between a server and its clients over Godot's high-level
## multiplayer (SceneMultiplayer on ENet). The bytes are made and checked by the ProcGen node
## (net_* methods, package netproto); this node only moves them.
##
## Server: the ProcGen node has world_id (and a database, to share the world with other
## servers). Clients get the world's config and edits, never meshes, and generate the chunks
## themselves; their edit requests are validated, rate-limited and recorded by the server and
## broadcast to every client. Client: the ProcGen node has no world_id and never opens storage.
##
## Each ProcGenNet uses its own SceneMultiplayer, polled in _process, so several can live in
## one process (tests) and the scene's own multiplayer stays free. Usage:
##     var net := ProcGenNet.new()
##     net.procgen = world            # the ProcGen node
##     add_child(net)
##     net.host(7777)                 # server, or: net.join("127.0.0.1", 7777)

## Emitted on a client when the server's world config arrived and was adopted.
signal world_received(world_id: String)
## Emitted on a client after an Edits packet: edits in it, new ones among them.
signal edits_received(count: int, fresh: int)
## Emitted on a client when the server accepted its request nonce as edit (origin, seq).
signal edit_acked(nonce: int, origin: int, seq: int)
## Emitted on a client when the server refused its request nonce.
signal edit_rejected(nonce: int, reason: String, text: String)
## Emitted on a client when the connection to the server ends.
signal disconnected()
## Emitted on a server when it dropped peer for flooding or an incompatible protocol.
signal peer_kicked(peer: int, why: String)

## The ProcGen node whose world this node serves or receives.
var procgen: Node3D
## Bytes sent per peer (server) and received from the server (client), packet payloads only.
var bytes_sent := {}
var bytes_received := 0
## Packets sent and received.
var packets_sent := 0
var packets_received := 0

var _mp: SceneMultiplayer
var _enet: ENetMultiplayerPeer
var _server := false
var _ready_peers := {}  # peer id → true once it said Hello and got the world


func _exit_tree() -> void:
	close()


## Starts a server on port (all interfaces unless bind_address is given). Returns an Error.
func host(port: int, max_clients := 32, bind_address := "*") -> Error:
	_server = true
	_enet = ENetMultiplayerPeer.new()
	_enet.set_bind_ip(bind_address)
	var err := _enet.create_server(port, max_clients)
	if err != OK:
		_enet = null
		return err
	_setup()
	_mp.server_relay = false  # clients talk to the server only
	_mp.peer_connected.connect(_on_peer_connected)
	_mp.peer_disconnected.connect(_on_peer_disconnected)
	procgen.net_poll_edits()  # what exists now reaches clients through catch-up
	return OK


## Connects to a server. Returns an Error; world_received follows once the world arrived.
func join(address: String, port: int, client_name := "client") -> Error:
	_server = false
	_enet = ENetMultiplayerPeer.new()
	var err := _enet.create_client(address, port)
	if err != OK:
		_enet = null
		return err
	_setup()
	_mp.connected_to_server.connect(func() -> void: _send(1, procgen.net_hello(client_name)))
	_mp.server_disconnected.connect(func() -> void: disconnected.emit())
	_mp.connection_failed.connect(func() -> void: disconnected.emit())
	return OK


## Client: asks the server for an edit (kinds as ProcGen.apply_edit). Returns the request's
## nonce (edit_acked or edit_rejected answer it), or -1 when not connected or invalid.
func request_edit(kind: String, pos: Vector3, radius: float, amount: float, material := 0) -> int:
	if _server or _mp == null or _enet.get_connection_status() != MultiplayerPeer.CONNECTION_CONNECTED:
		return -1
	var packet: PackedByteArray = procgen.net_edit_request(kind, pos, radius, amount, material)
	if packet.is_empty():
		return -1
	_send(1, packet)
	return packet.decode_u32(4)


## Client: sends raw bytes to the server (tests use it to play a hostile client).
func send_raw(packet: PackedByteArray) -> void:
	_send(1, packet)


## Connected peers that received the world (server).
func get_clients() -> Array:
	return _ready_peers.keys()


## Stops serving or leaves the server.
func close() -> void:
	if _mp != null:
		_mp.multiplayer_peer = null
		_mp = null
	if _enet != null:
		_enet.close()
		_enet = null
	_ready_peers.clear()


func _setup() -> void:
	_mp = SceneMultiplayer.new()
	_mp.root_path = get_path() if is_inside_tree() else NodePath("/root")
	_mp.multiplayer_peer = _enet
	_mp.peer_packet.connect(_on_packet)


func _process(_delta: float) -> void:
	if _mp == null:
		return
	_mp.poll()
	if not _server or _mp == null:
		return
	for packet in procgen.net_poll_edits():
		_broadcast(packet)
	for ack in procgen.net_poll_acks():  # EditAcks of edits now durable
		if _ready_peers.has(ack["peer"]):
			_send(ack["peer"], ack["packet"])


func _send(peer: int, packet: PackedByteArray) -> void:
	if _mp == null or packet.is_empty():
		return
	_mp.send_bytes(packet, peer, MultiplayerPeer.TRANSFER_MODE_RELIABLE)
	packets_sent += 1
	bytes_sent[peer] = bytes_sent.get(peer, 0) + packet.size()


func _broadcast(packet: PackedByteArray) -> void:
	for peer in _ready_peers:
		_send(peer, packet)


func _on_peer_connected(_peer: int) -> void:
	pass  # the world is sent once the peer says Hello


func _on_peer_disconnected(peer: int) -> void:
	_ready_peers.erase(peer)
	procgen.net_forget_peer(peer)


func _on_packet(peer: int, packet: PackedByteArray) -> void:
	packets_received += 1
	if _server:
		_server_packet(peer, packet)
	else:
		bytes_received += packet.size()
		_client_packet(packet)


func _server_packet(peer: int, packet: PackedByteArray) -> void:
	var res: Dictionary = procgen.net_handle_client_packet(peer, packet)
	_send(peer, res["reply"])
	for b in res["broadcast"]:
		_broadcast(b)
	if res["kick"]:
		_ready_peers.erase(peer)
		peer_kicked.emit(peer, res["error"])
		_mp.disconnect_peer(peer)
		procgen.net_forget_peer(peer)
		return
	if res["type"] == "hello" and not _ready_peers.has(peer):
		_send(peer, procgen.net_world_info())
		for b in procgen.net_catch_up():
			_send(peer, b)
		_ready_peers[peer] = true


func _client_packet(packet: PackedByteArray) -> void:
	var res: Dictionary = procgen.net_apply_server_packet(packet)
	if not res["ok"]:
		return
	match res["type"]:
		"world_info":
			world_received.emit(res["world_id"])
		"edits":
			edits_received.emit(res["edits"], res["new"])
		"edit_ack":
			edit_acked.emit(res["nonce"], res["origin"], res["seq"])
		"edit_reject":
			edit_rejected.emit(res["nonce"], res["reason"], res["text"])
