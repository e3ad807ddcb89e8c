package extension

import (
	"context"
	"strconv"
	"time"

	"graphics.gd/classdb/Engine"
	"graphics.gd/variant/Vector3"
)

// syncClient is a ProcGenSync's client state.
type syncClient struct {
	bytesReceived, packetsReceived, packetsSent int
}

// clientPacket applies one packet from the server and emits what it means.
func (s *ProcGenSync) clientPacket(packet []byte) {
	s.client.packetsReceived++
	s.client.bytesReceived += len(packet)
	pg := s.procgen("join")
	if pg == nil {
		return
	}
	res := pg.netApplyServerPacket(packet)
	if !res["ok"].(bool) {
		return
	}
	switch res["type"] {
	case "world_info":
		s.emit("world_received", res["world_id"])
	case "edits", "checkpoint":
		s.emit("edits_received", res["edits"], res["new"])
	case "edit_ack":
		s.emit("edit_acked", res["nonce"], res["origin"], res["seq"])
	case "edit_reject":
		s.emit("edit_rejected", res["nonce"], res["reason"], res["text"])
	}
}

// RequestEdit asks the server for an edit (kinds as ProcGen.apply_edit) and returns the
// request's nonce (edit_acked or edit_rejected answer it), or -1 when not connected or
// invalid.
func (s *ProcGenSync) RequestEdit(kind string, pos Vector3.XYZ, radius, amount float64, material int) int {
	if s.role != roleClient || !s.IsConnectedToServer() {
		Engine.RaiseWarning("ProcGenSync.request_edit: not connected to a server")
		return -1
	}
	pg := s.procgen("request_edit")
	if pg == nil {
		return -1
	}
	packet := pg.netEditRequest(kind, pos, radius, amount, material)
	if len(packet) == 0 {
		return -1
	}
	s.send(1, packet)
	return int(nonceOf(packet))
}

// SendRaw sends bytes to the server as they are (tests use it to play a hostile client).
func (s *ProcGenSync) SendRaw(packet []byte) {
	if s.role == roleClient {
		s.send(1, packet)
	}
}

// GetClients returns the peers that joined (server).
func (s *ProcGenSync) GetClients() []int32 {
	out := []int32{}
	if s.server != nil {
		for id, p := range s.server.peers {
			if p.joined {
				out = append(out, int32(id))
			}
		}
	}
	return out
}

// Configure sets the server's policy for client packets (see the class docs).
func (s *ProcGenSync) Configure(settings map[string]any) bool {
	pg := s.procgen("configure")
	return pg != nil && pg.netConfigure(settings)
}

// GetStats returns the networking counters: the ProcGen's (accepted, rejected, kicked,
// broadcast_edits, applied_edits, world_id, reasons) and this node's traffic.
func (s *ProcGenSync) GetStats() map[string]any {
	out := map[string]any{}
	if pg := s.procgen("get_stats"); pg != nil {
		out = pg.netStats()
	}
	out["role"] = []string{"none", "server", "client"}[s.role]
	out["frame_ms_last"] = ms(s.lastBusy)
	out["frame_cpu_ms_last"] = ms(s.lastBusyCPU)
	out["frame_ms_p50"] = s.frameMs.percentile(0.5)
	out["frame_ms_p99"] = s.frameMs.percentile(0.99)
	out["bytes_received"] = s.client.bytesReceived
	out["packets_received"] = s.client.packetsReceived
	if sv := s.server; sv != nil {
		per := map[string]any{}
		queued := 0
		for id, p := range sv.peers {
			per[itoa(id)] = int(p.sent)
			queued += len(p.queue)
		}
		out["bytes_sent"] = int(sv.stats.bytesSent)
		out["bytes_sent_per_peer"] = per
		out["packets_sent"] = sv.stats.packetsSent
		out["catch_up_bytes"] = int(sv.stats.catchUpBytes)
		out["catch_up_queued_packets"] = queued
		out["joins"] = sv.stats.joins
		out["refused"] = sv.stats.refuse
		out["snapshots_built"] = sv.stats.snapshotsBuilt
		out["peers"] = len(sv.peers)
	} else {
		out["packets_sent"] = s.client.packetsSent
	}
	return out
}

// Packet-level methods: the same bytes as host/join, for a game that carries them over its
// own transport, and for tests.

// WorldInfoPacket returns the server's WorldInfo packet.
func (s *ProcGenSync) WorldInfoPacket() []byte {
	if pg := s.procgen("world_info_packet"); pg != nil {
		return pg.netWorldInfo()
	}
	return nil
}

// CatchUpPackets returns the catch-up packets for a client that just joined.
func (s *ProcGenSync) CatchUpPackets() [][]byte {
	pg := s.procgen("catch_up_packets")
	if pg == nil {
		return nil
	}
	// Catch-up carries durable edits only: let the edits on their way to the disk land
	// first (a group commit takes milliseconds), so that a caller gets every edit made so far.
	if st := pg.world(); st != nil && st.persist != nil {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		_ = st.persist.shared.store.WaitCommitted(ctx)
		cancel()
		pg.takeRemote(st)
	}
	var c catchUpCache
	var st syncStats
	return c.packets(pg, &st)
}

// PollEditPackets returns Edits packets with the edits that appeared since the last call.
func (s *ProcGenSync) PollEditPackets() [][]byte {
	if pg := s.procgen("poll_edit_packets"); pg != nil {
		return pg.netPollEdits()
	}
	return nil
}

// PollAckPackets returns the EditAcks now due: Dictionaries with peer and packet.
func (s *ProcGenSync) PollAckPackets() []map[string]any {
	if pg := s.procgen("poll_ack_packets"); pg != nil {
		return pg.netPollAcks()
	}
	return nil
}

// HandleClientPacket handles one packet from peer (server side; see the class docs).
func (s *ProcGenSync) HandleClientPacket(peer int, packet []byte) map[string]any {
	pg := s.procgen("handle_client_packet")
	if pg == nil {
		return map[string]any{"reply": []byte{}, "broadcast": [][]byte{}, "kick": false, "accepted": false, "type": "", "error": "no ProcGen node"}
	}
	return pg.netHandleClientPacket(peer, packet, s.authorizeEdit, true)
}

// ForgetPeer drops the per-peer state of a peer that left.
func (s *ProcGenSync) ForgetPeer(peer int) {
	if pg := s.procgen("forget_peer"); pg != nil {
		pg.netForgetPeer(peer)
	}
}

// HelloPacket returns a Hello packet with client_name and join_token.
func (s *ProcGenSync) HelloPacket() []byte {
	if pg := s.procgen("hello_packet"); pg != nil {
		return pg.netHello(s.ClientName, s.JoinToken)
	}
	return nil
}

// EditRequestPacket returns an EditRequest packet; its nonce is packet.decode_u32(4).
func (s *ProcGenSync) EditRequestPacket(kind string, pos Vector3.XYZ, radius, amount float64, material int) []byte {
	if pg := s.procgen("edit_request_packet"); pg != nil {
		return pg.netEditRequest(kind, pos, radius, amount, material)
	}
	return nil
}

// ApplyServerPacket applies one packet from the server (client side; see the class docs).
func (s *ProcGenSync) ApplyServerPacket(packet []byte) map[string]any {
	pg := s.procgen("apply_server_packet")
	if pg == nil {
		return map[string]any{"ok": false, "type": "", "error": "no ProcGen node"}
	}
	return pg.netApplyServerPacket(packet)
}

func itoa(v int) string { return strconv.Itoa(v) }
