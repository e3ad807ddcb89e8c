package extension

import (
	"fmt"
	"time"

	"graphics.gd/classdb"
	"graphics.gd/classdb/ENetMultiplayerPeer"
	"graphics.gd/classdb/ENetPacketPeer"
	"graphics.gd/classdb/Engine"
	"graphics.gd/variant"
	"graphics.gd/variant/Callable"
	"graphics.gd/variant/Vector3"

	"github.com/procgen-godot/procgen/netproto"
	"github.com/procgen-godot/procgen/procgen/edit"
)

// syncServer is a ProcGenSync's server state: its peers, the join history of each address
// (kept across reconnects), the cached catch-up checkpoints and the traffic counters.
type syncServer struct {
	peers map[int]*syncPeer
	joins map[string]*joinBucket // remote address → joins allowed
	cache catchUpCache
	stats syncStats
	// worldHash is the world version clients were last told of
	worldHash string
}

// syncPeer is one connected peer.
type syncPeer struct {
	addr    string
	name    string
	joined  bool     // said an accepted Hello and got the world
	queue   [][]byte // catch-up packets not yet sent
	budget  float64  // bytes of catch-up it may be sent now
	sent    int64
	closeIn int // frames until a refused peer is disconnected (its EditReject goes first)
}

// syncStats counts what the server did.
type syncStats struct {
	bytesSent, catchUpBytes    int64
	packetsSent, joins, refuse int
	snapshotsBuilt             int
}

// joinBucket limits the joins of one address: a token bucket refilled at joins_per_minute.
type joinBucket struct {
	tokens float64
	at     time.Time
}

func newSyncServer() *syncServer {
	return &syncServer{peers: map[int]*syncPeer{}, joins: map[string]*joinBucket{}}
}

func (sv *syncServer) sent(peer, n int) {
	sv.stats.bytesSent += int64(n)
	sv.stats.packetsSent++
	if p, ok := sv.peers[peer]; ok {
		p.sent += int64(n)
	}
}

// connected files a new peer with its remote address.
func (sv *syncServer) connected(s *ProcGenSync, id int) {
	p := &syncPeer{}
	if mp, ok := s.multiplayer(); ok {
		if enet, ok := classdb.As[ENetMultiplayerPeer.Instance](mp.AsMultiplayerAPI().MultiplayerPeer()); ok {
			if pp := enet.GetPeer(id); pp != ENetPacketPeer.Nil {
				p.addr = pp.GetRemoteAddress()
			}
		}
	}
	sv.peers[id] = p
}

// disconnected forgets a peer that left (its address keeps its join history).
func (sv *syncServer) disconnected(s *ProcGenSync, id int) {
	delete(sv.peers, id)
	if pg := s.procgen("disconnect"); pg != nil {
		pg.netForgetPeer(id)
	}
}

// packet handles one packet from peer.
func (sv *syncServer) packet(s *ProcGenSync, id int, packet []byte) {
	pg := s.procgen("handle_client_packet")
	peer, ok := sv.peers[id]
	if pg == nil || !ok || peer.closeIn > 0 {
		return
	}
	res := pg.netHandleClientPacket(id, packet, s.authorizeEdit, false)
	s.send(id, res["reply"].([]byte))
	for _, b := range res["broadcast"].([][]byte) {
		sv.broadcast(s, b)
	}
	if res["kick"].(bool) {
		s.emit("peer_kicked", id, res["error"])
		sv.drop(s, id)
		return
	}
	if hello, ok := res["hello"].(map[string]any); ok && !peer.joined {
		sv.admit(s, pg, id, peer, hello)
	}
}

// admit decides on a Hello: the join token, the join rate of the address, the peer count and
// peer_authorizer, in that order. An admitted peer gets the world and its catch-up queue.
func (sv *syncServer) admit(s *ProcGenSync, pg *ProcGen, id int, peer *syncPeer, hello map[string]any) {
	name, _ := hello["name"].(string)
	nonce := uint32(hello["nonce"].(int))
	refuse := func(reason netproto.Reason, why string) {
		sv.stats.refuse++
		if b, err := netproto.NewEditReject(nonce, reason, netproto.SanitizeText(why, netproto.MaxReasonTextBytes)).MarshalBinary(); err == nil {
			s.send(id, b)
		}
		Engine.RaiseWarning(fmt.Sprintf("ProcGenSync: peer %d (%s, %q) refused: %s", id, peer.addr, name, why))
		s.emit("peer_refused", id, why)
		peer.closeIn = 2
	}
	if s.JoinToken != "" && hello["token"] != s.JoinToken {
		refuse(netproto.ReasonForbidden, "wrong or missing join token")
		return
	}
	if !sv.allowJoin(peer.addr, s.JoinsPerMinute) {
		refuse(netproto.ReasonRateLimited, fmt.Sprintf("too many joins from this address (limit %d per minute)", s.JoinsPerMinute))
		return
	}
	joined := 0
	for _, p := range sv.peers {
		if p.joined {
			joined++
		}
	}
	if joined >= max(s.MaxPeers, 1) {
		refuse(netproto.ReasonForbidden, fmt.Sprintf("the server is full (%d players)", s.MaxPeers))
		return
	}
	if why := s.authorizePeer(id, peer.addr, hello); why != "" {
		refuse(netproto.ReasonForbidden, why)
		return
	}
	peer.joined, peer.name = true, name
	sv.stats.joins++
	s.send(id, pg.netWorldInfo())
	peer.queue = sv.cache.packets(pg, &sv.stats)
	peer.budget = float64(max(s.CatchUpBytesPerSecond, 1024)) / 10 // a tenth of a second's worth at once
	s.emit("peer_joined", id, name)
}

// allowJoin takes one join from addr's bucket (burst: a quarter minute's worth, at least 2).
func (sv *syncServer) allowJoin(addr string, perMinute int) bool {
	perMinute = max(perMinute, 1)
	burst := max(2, float64(perMinute)/4)
	now := time.Now()
	b, ok := sv.joins[addr]
	if !ok {
		b = &joinBucket{tokens: burst, at: now}
		sv.joins[addr] = b
	}
	b.tokens = min(burst, b.tokens+now.Sub(b.at).Minutes()*float64(perMinute))
	b.at = now
	if b.tokens < 1 {
		return false
	}
	b.tokens--
	return true
}

// drop disconnects a peer now.
func (sv *syncServer) drop(s *ProcGenSync, id int) {
	delete(sv.peers, id)
	if pg := s.procgen("drop"); pg != nil {
		pg.netForgetPeer(id)
	}
	if mp, ok := s.multiplayer(); ok {
		mp.DisconnectPeer(id)
	}
}

// broadcast sends packet to every joined peer. When every connected peer has joined (the
// usual case) that is one ENet broadcast: one packet the engine shares among the peers
// instead of one send per peer.
func (sv *syncServer) broadcast(s *ProcGenSync, packet []byte) {
	if len(packet) == 0 || len(sv.peers) == 0 {
		return
	}
	all := true
	for _, p := range sv.peers {
		all = all && p.joined
	}
	if mp, ok := s.multiplayer(); ok && all {
		sendBytes(mp, 0, packet)
		for id := range sv.peers {
			sv.sent(id, len(packet))
		}
		return
	}
	for id, p := range sv.peers {
		if p.joined {
			s.send(id, packet)
		}
	}
}

// frame runs once per frame: refused peers are dropped, new edits broadcast, due EditAcks
// sent and each joining peer's catch-up continues within its byte budget.
func (sv *syncServer) frame(s *ProcGenSync, dt time.Duration) {
	pg := s.procgen("process")
	if pg == nil {
		return
	}
	for id, p := range sv.peers {
		if p.closeIn > 0 {
			if p.closeIn--; p.closeIn == 0 {
				sv.drop(s, id)
			}
		}
	}
	if !pg.serving() {
		return // the network sink is off: nothing leaves until it is back on (sinks.go)
	}
	// A new world version (for example a pipeline change) reaches every client as a new
	// WorldInfo, before the edits made with it.
	if st := pg.world(); st != nil {
		if h := st.w.Hash(); sv.worldHash != h {
			if sv.worldHash != "" {
				sv.broadcast(s, pg.netWorldInfo())
			}
			sv.worldHash = h
		}
	}
	for _, b := range pg.netPollEdits() {
		sv.broadcast(s, b)
	}
	for _, a := range pg.netPollAcks() {
		if p, ok := sv.peers[a["peer"].(int)]; ok && p.joined {
			s.send(a["peer"].(int), a["packet"].([]byte))
		}
	}
	rate := float64(max(s.CatchUpBytesPerSecond, 1024))
	for id, p := range sv.peers {
		if len(p.queue) == 0 {
			continue
		}
		p.budget = min(p.budget+rate*dt.Seconds(), rate)
		// A packet larger than the budget goes out once the budget is positive; the debt is
		// paid before the next one, so the average stays within the rate.
		for len(p.queue) > 0 && p.budget > 0 {
			b := p.queue[0]
			p.queue = p.queue[1:]
			p.budget -= float64(len(b))
			sv.stats.catchUpBytes += int64(len(b))
			s.send(id, b)
		}
	}
}

// authorizeEdit asks edit_authorizer, when set, about an edit request: it returns the veto's
// reason, or "".
func (s *ProcGenSync) authorizeEdit(peer int, d edit.Delta) string {
	if s.EditAuthorizer == Callable.Nil {
		return ""
	}
	info := map[string]any{"kind": editKindName(d.Kind), "position": Vector3.XYZ{X: float32(d.X), Y: float32(d.Y), Z: float32(d.Z)},
		"radius": d.Radius, "amount": d.Amount, "material": int(d.Material)}
	if p, ok := s.serverPeer(peer); ok {
		info["name"], info["address"] = p.name, p.addr
	}
	return verdict(s.EditAuthorizer.Call(variant.New(peer), variant.New(info)), "the server's edit_authorizer refused the edit")
}

// authorizePeer asks peer_authorizer, when set, about a Hello: it returns why the peer is
// refused, or "".
func (s *ProcGenSync) authorizePeer(peer int, addr string, hello map[string]any) string {
	if s.PeerAuthorizer == Callable.Nil {
		return ""
	}
	info := map[string]any{"name": hello["name"], "token": hello["token"], "version": hello["version"], "address": addr}
	return verdict(s.PeerAuthorizer.Call(variant.New(peer), variant.New(info)), "the server's peer_authorizer refused the peer")
}

// verdict reads an authorizer's answer: true or "" accept; false refuses with def; any other
// String refuses with that text.
func verdict(v variant.Any, def string) string {
	switch x := v.Interface().(type) {
	case bool:
		if x {
			return ""
		}
		return def
	case nil:
		return def
	}
	if t := v.String(); t != "" && t != "true" {
		return t
	}
	return ""
}

func (s *ProcGenSync) serverPeer(id int) (*syncPeer, bool) {
	if s.server == nil {
		return nil, false
	}
	p, ok := s.server.peers[id]
	return p, ok
}

// editKindName is the apply_edit name of an edit kind.
func editKindName(k edit.Kind) string {
	for name, kind := range editKinds {
		if kind == k {
			return name
		}
	}
	return "unknown"
}

// catchUpCache keeps the catch-up checkpoints of a world's edits: built once per world and
// extended, not rebuilt per peer. A joining peer gets the cached checkpoints plus Edits
// packets for what came after them; the checkpoints are rebuilt when that tail grows past a
// quarter of the edits (and at least 1024).
type catchUpCache struct {
	log     *editLog
	covered int      // journal entries the checkpoints cover
	snap    [][]byte // checkpoint packets
}

func (c *catchUpCache) packets(pg *ProcGen, stats *syncStats) [][]byte {
	st := pg.world()
	if st == nil {
		return nil
	}
	// Only durable edits: the checkpoints cover the log up to its first edit still waiting
	// for its commit; that one and later ones reach the peer as broadcasts once durable.
	tail, total := st.edits.since(c.covered)
	if c.log != st.edits || c.covered > total || len(tail) > max(1024, total/4) {
		all, _ := st.edits.since(0)
		durable := all[:st.durablePrefix(all)]
		snap, err := netproto.SplitSnapshots(durable, st.size)
		if err != nil {
			Engine.Raise(fmt.Errorf("ProcGenSync: catch-up: %w", err))
			return nil
		}
		c.log, c.covered, c.snap = st.edits, len(durable), snap
		stats.snapshotsBuilt++
		tail = all[len(durable):]
	}
	tail = tail[:st.durablePrefix(tail)]
	out := append([][]byte(nil), c.snap...)
	if len(tail) > 0 {
		more, err := netproto.SplitEdits(tail)
		if err != nil {
			Engine.Raise(fmt.Errorf("ProcGenSync: catch-up: %w", err))
			return out
		}
		out = append(out, more...)
	}
	return out
}
