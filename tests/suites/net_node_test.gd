extends "res://tests/lib/suite.gd"
## ProcGenSync's packet methods inside one process (no transport): a client adopts the
## server's world from its WorldInfo packet, replays the server's edits to identical meshes,
## and refuses local edits (the server is authoritative); edit_authorizer vetoes edits.

const MeshHashes := preload("res://tests/lib/mesh_hashes.gd")


func _pair(seed_value: int, mode := 0) -> Array:
	var server: Node3D = ClassDB.instantiate("ProcGen")
	server.seed = seed_value
	server.chunk_size = 32
	server.mode = mode
	var client: Node3D = ClassDB.instantiate("ProcGen")
	var ss: Node = ClassDB.instantiate("ProcGenSync")
	var cs: Node = ClassDB.instantiate("ProcGenSync")
	ss.attach(server)
	cs.attach(client)
	return [server, client, ss, cs]


func _free(nodes: Array) -> void:
	for n in nodes:
		n.free()


func test_a_client_adopts_the_world_and_leaves_edits_to_the_server() -> void:
	var nodes := _pair(77)
	var server: Node3D = nodes[0]
	var client: Node3D = nodes[1]
	var ss: Node = nodes[2]
	var cs: Node = nodes[3]
	server.octaves = 4
	server.apply_edit("raise", Vector3(5, 0, 5), 6.0, 3.0, 0)
	var info: Dictionary = cs.apply_server_packet(ss.world_info_packet())
	check(info["ok"], "WorldInfo accepted: %s" % info["error"])
	check_eq(client.seed, 77, "client took the server's seed")
	check_eq(client.octaves, 4, "client took the server's octaves")
	for packet in ss.catch_up_packets():
		check(cs.apply_server_packet(packet)["ok"], "Edits accepted")
	var coord := Vector3i(0, 0, 0)
	check_eq(MeshHashes.mesh_hash(client.generate_chunk_mesh(coord)), MeshHashes.mesh_hash(server.generate_chunk_mesh(coord)), "identical meshes")
	expect_error("network client")
	check_eq(client.apply_edit("raise", Vector3.ZERO, 2.0, 1.0, 0), -1, "local edit refused on a client")
	# The server refuses edit requests from a peer that has not said Hello, then accepts them.
	var request: PackedByteArray = cs.edit_request_packet("raise", Vector3(3, 0, 3), 2.0, 1.0, 0)
	var early: Dictionary = ss.handle_client_packet(7, request)
	check(not early["accepted"] and String(early["error"]).contains("before Hello"), "request before Hello refused: %s" % early["error"])
	cs.client_name = "tester"
	cs.join_token = "t0ken"
	var hello: Dictionary = ss.handle_client_packet(7, cs.hello_packet())
	check_eq(hello["hello"]["name"], "tester", "the Hello's name reaches the server")
	check_eq(hello["hello"]["token"], "t0ken", "and its join token")
	check(ss.handle_client_packet(7, request)["accepted"], "request after Hello accepted")
	var bad: Dictionary = cs.apply_server_packet(PackedByteArray([1, 2, 3]))
	check(not bad["ok"] and String(bad["error"]) != "", "garbage refused with a reason (logged as a warning)")
	_free(nodes)


func test_edit_authorizer_vetoes_edits_by_player_and_region() -> void:
	var nodes := _pair(79)
	var ss: Node = nodes[2]
	var cs: Node = nodes[3]
	var asked := []
	# Protected spawn: no edits within 20 units of the origin, and player 9 may not edit at all.
	ss.edit_authorizer = func(peer: int, e: Dictionary) -> Variant:
		asked.append(e)
		if peer == 9:
			return false
		if Vector2(e["position"].x, e["position"].z).length() < 20.0:
			return "the spawn area is protected"
		return true
	cs.apply_server_packet(ss.world_info_packet())
	ss.handle_client_packet(8, cs.hello_packet())
	ss.handle_client_packet(9, cs.hello_packet())
	var near: Dictionary = ss.handle_client_packet(8, cs.edit_request_packet("raise", Vector3(5, 0, 5), 2.0, 1.0, 0))
	check(not near["accepted"], "an edit in the spawn area is vetoed")
	var rej: Dictionary = cs.apply_server_packet(near["reply"])
	check_eq(rej.get("reason", ""), "forbidden", "the EditReject says forbidden")
	check_eq(rej.get("text", ""), "the spawn area is protected", "with the authorizer's reason")
	var far: Dictionary = ss.handle_client_packet(8, cs.edit_request_packet("raise", Vector3(100, 0, 100), 2.0, 1.0, 0))
	check(far["accepted"], "an edit outside it is accepted")
	var banned: Dictionary = ss.handle_client_packet(9, cs.edit_request_packet("raise", Vector3(100, 0, 100), 2.0, 1.0, 0))
	check(not banned["accepted"], "player 9's edit is vetoed")
	check(String(cs.apply_server_packet(banned["reply"]).get("text", "")).contains("refused"), "false gives a default reason")
	check_eq(asked.size(), 3, "the authorizer saw each request that passed the policy")
	check_eq(asked[0]["kind"], "raise", "with its kind")
	check_eq(int(ss.get_stats()["reasons"].get("forbidden", 0)), 2, "vetoes are counted")
	_free(nodes)


func test_a_client_of_a_voxel_world_shows_voxels() -> void:
	var nodes := _pair(78, 1)
	var server: Node3D = nodes[0]
	var client: Node3D = nodes[1]
	var ss: Node = nodes[2]
	var cs: Node = nodes[3]
	server.apply_edit("remove_density", Vector3(8, 0, 8), 4.0, 10.0, 0)
	check(cs.apply_server_packet(ss.world_info_packet())["ok"], "WorldInfo accepted")
	check_eq(client.mode, 1, "client took the voxel mode")
	for packet in ss.catch_up_packets():
		cs.apply_server_packet(packet)
	var coord := Vector3i(0, int(floor(server.get_height(8.0, 8.0) / 32.0)), 0)
	check_eq(MeshHashes.mesh_hash(client.generate_chunk_mesh(coord)), MeshHashes.mesh_hash(server.generate_chunk_mesh(coord)), "identical voxel meshes")
	_free(nodes)
