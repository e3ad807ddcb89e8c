package extension

import (
	"fmt"
	"time"

	"graphics.gd/classdb"
	"graphics.gd/classdb/ENetMultiplayerPeer"
	"graphics.gd/classdb/ENetPacketPeer"
	"graphics.gd/classdb/Engine"
	"graphics.gd/classdb/MultiplayerAPI"
	"graphics.gd/classdb/MultiplayerPeer"
	"graphics.gd/classdb/Node"
	"graphics.gd/classdb/SceneMultiplayer"
	"graphics.gd/classdb/SceneTree"
	"graphics.gd/variant/Callable"
	"graphics.gd/variant/Float"
	"graphics.gd/variant/Object"
	"graphics.gd/variant/Path"
	"graphics.gd/variant/Signal"
	"graphics.gd/variant/String"
)

// ProcGenSync carries a ProcGen node's world between a server and its clients over Godot's
// high-level multiplayer (a SceneMultiplayer on ENet, registered in the scene tree for this
// node's branch, so the scene's own multiplayer stays free and several can live in one
// process). The ProcGen node keeps generation and streaming; this node keeps the
// networking: admission (join token, peer_authorizer, max_peers, joins per address), edit
// authorization (edit_authorizer), paced catch-up and the EditAcks sent once edits are
// durable. Its packet methods also let a game carry the same bytes over its own transport.
type ProcGenSync struct {
	Node.Extension[ProcGenSync] `gd:"ProcGenSync"`

	Procgen               Path.ToNode       `gd:"procgen"`
	ClientName            string            `gd:"client_name"`
	JoinToken             string            `gd:"join_token"`
	MaxPeers              int               `gd:"max_peers" range:"1,4095"`
	PeerAuthorizer        Callable.Function `gd:"peer_authorizer"`
	EditAuthorizer        Callable.Function `gd:"edit_authorizer"`
	CatchUpBytesPerSecond int               `gd:"catch_up_bytes_per_second" range:"1024,1073741824"`
	JoinsPerMinute        int               `gd:"joins_per_minute" range:"1,100000"`

	// Signal fields are named apart from their Godot names (see ProcGen).
	WorldReceivedSignal Signal.Solo[string]              `gd:"world_received(world_id)"`
	EditsReceivedSignal Signal.Pair[int, int]            `gd:"edits_received(count,fresh)"`
	EditAckedSignal     Signal.Trio[int, int, int]       `gd:"edit_acked(nonce,origin,seq)"`
	EditRejectedSignal  Signal.Trio[int, string, string] `gd:"edit_rejected(nonce,reason,text)"`
	DisconnectedSignal  Signal.Void                      `gd:"disconnected"`
	PeerJoinedSignal    Signal.Pair[int, string]         `gd:"peer_joined(peer,name)"`
	PeerRefusedSignal   Signal.Pair[int, string]         `gd:"peer_refused(peer,reason)"`
	PeerKickedSignal    Signal.Pair[int, string]         `gd:"peer_kicked(peer,why)"`

	target   *ProcGen
	targetID Node.ID
	// main-thread time of this node's work (its Process and the packets it handles), for
	// the frame running and the last one, and recent frames' values for percentiles; the
	// same as the thread's CPU time (equal to the wall time where that cannot be read)
	busy, lastBusy       time.Duration
	busyCPU, lastBusyCPU time.Duration
	inProcess            bool
	frameMs              ring
	frameLog             []float32 // wall and CPU milliseconds of each frame since take_frame_times
	role                 int       // roleNone, roleServer, roleClient
	server               *syncServer
	client               syncClient
	last                 time.Time
}

// Roles of a ProcGenSync.
const (
	roleNone = iota
	roleServer
	roleClient
)

// NewProcGenSync returns a ProcGenSync with the default policy.
func NewProcGenSync() *ProcGenSync {
	return &ProcGenSync{ClientName: "client", MaxPeers: 32, CatchUpBytesPerSecond: 256 << 10, JoinsPerMinute: 30}
}

// Attach makes procgen the node whose world this node serves or receives (instead of the
// procgen path).
func (s *ProcGenSync) Attach(procgen Node.Instance) bool {
	if procgen == Node.Nil {
		Engine.Raise(fmt.Errorf("ProcGenSync.attach: node is null"))
		return false
	}
	p, ok := classdb.As[*ProcGen](procgen)
	if !ok {
		Engine.Raise(fmt.Errorf("ProcGenSync.attach: %s is not a ProcGen node", procgen.AsObject()[0].GetClass().String()))
		return false
	}
	s.target, s.targetID = p, procgen.ID()
	return true
}

// procgen returns the ProcGen node: the attached one while it exists, else the one the
// procgen path names. It pushes an error and returns nil when there is none.
func (s *ProcGenSync) procgen(method string) *ProcGen {
	if s.target != nil {
		if _, ok := s.targetID.Instance(); ok {
			return s.target
		}
		s.target = nil
	}
	if path := s.Procgen.String(); path != "" && s.AsNode().IsInsideTree() {
		if n := s.AsNode().GetNodeOrNull(path); n != Node.Nil {
			if s.Attach(n) {
				return s.target
			}
			return nil
		}
	}
	Engine.Raise(fmt.Errorf("ProcGenSync.%s: no ProcGen node: set procgen (a NodePath) or call attach(node)", method))
	return nil
}

// multiplayer returns this node's SceneMultiplayer, if host or join set one up.
func (s *ProcGenSync) multiplayer() (SceneMultiplayer.Instance, bool) {
	if s.role == roleNone || !s.AsNode().IsInsideTree() {
		return SceneMultiplayer.Nil, false
	}
	api := s.AsNode().Multiplayer()
	if api == MultiplayerAPI.Nil {
		return SceneMultiplayer.Nil, false
	}
	return classdb.As[SceneMultiplayer.Instance](api)
}

// setup creates a SceneMultiplayer on enet for this node's branch of the scene tree.
func (s *ProcGenSync) setup(enet ENetMultiplayerPeer.Instance) SceneMultiplayer.Instance {
	mp := SceneMultiplayer.New()
	mp.AsMultiplayerAPI().SetMultiplayerPeer(enet.AsMultiplayerPeer())
	tree := SceneTree.Get(s.AsNode())
	SceneTree.Advanced(tree).SetMultiplayer(mp.AsMultiplayerAPI(), Path.ToNode(String.New(s.AsNode().GetPath())))
	mp.OnPeerPacket(func(id int, packet []byte) { s.onPacket(id, packet) })
	return mp
}

// Host starts a server on port, listening on bind_address ("*": every interface). It returns
// a Godot Error code (0: OK).
func (s *ProcGenSync) Host(port int, bindAddress string) int {
	if s.procgen("host") == nil {
		return int(errUnconfigured)
	}
	if !s.AsNode().IsInsideTree() {
		Engine.Raise(fmt.Errorf("ProcGenSync.host: add the node to the scene tree first"))
		return int(errUnconfigured)
	}
	s.Close()
	enet := ENetMultiplayerPeer.New()
	if bindAddress != "" {
		enet.SetBindIp(bindAddress)
	}
	if err := ENetMultiplayerPeer.Advanced(enet).CreateServer(int64(port), int64(min(max(s.MaxPeers, 1)+8, 4095)), 0, 0, 0); err != 0 {
		return int(err)
	}
	s.role = roleServer
	s.server = newSyncServer()
	mp := s.setup(enet)
	mp.SetServerRelay(false) // clients talk to the server only
	mp.AsMultiplayerAPI().OnPeerConnected(func(id int) { s.server.connected(s, id) })
	mp.AsMultiplayerAPI().OnPeerDisconnected(func(id int) { s.server.disconnected(s, id) })
	s.target.netPollEdits() // what exists now reaches clients through catch-up
	return 0
}

// Join connects to a server. It returns a Godot Error code; world_received follows once the
// world arrived.
func (s *ProcGenSync) Join(address string, port int) int {
	if s.procgen("join") == nil {
		return int(errUnconfigured)
	}
	if !s.AsNode().IsInsideTree() {
		Engine.Raise(fmt.Errorf("ProcGenSync.join: add the node to the scene tree first"))
		return int(errUnconfigured)
	}
	s.Close()
	enet := ENetMultiplayerPeer.New()
	if err := ENetMultiplayerPeer.Advanced(enet).CreateClient(String.New(address), int64(port), 0, 0, 0, 0); err != 0 {
		return int(err)
	}
	s.role = roleClient
	s.client = syncClient{}
	mp := s.setup(enet)
	api := mp.AsMultiplayerAPI()
	api.OnConnectedToServer(func() {
		// Notice a server that died within seconds (ENet's default waits up to 30 s).
		if mp, ok := s.multiplayer(); ok {
			if enet, ok := classdb.As[ENetMultiplayerPeer.Instance](mp.AsMultiplayerAPI().MultiplayerPeer()); ok {
				if server := enet.GetPeer(1); server != ENetPacketPeer.Nil {
					server.SetTimeout(32, 2000, 4000)
				}
			}
		}
		if p := s.procgen("join"); p != nil {
			s.send(1, p.netHello(s.ClientName, s.JoinToken))
		}
	})
	api.OnServerDisconnected(func() { s.emit("disconnected") })
	api.OnConnectionFailed(func() { s.emit("disconnected") })
	return 0
}

// errUnconfigured is Godot's ERR_UNCONFIGURED.
const errUnconfigured = 3

// Close stops serving or leaves the server.
func (s *ProcGenSync) Close() {
	if mp, ok := s.multiplayer(); ok {
		if peer := mp.AsMultiplayerAPI().MultiplayerPeer(); peer != MultiplayerPeer.Nil {
			peer.Close()
		}
		tree := SceneTree.Get(s.AsNode())
		Object.Call(tree, "set_multiplayer", nil, s.AsNode().GetPath())
	}
	s.role = roleNone
	s.server = nil
}

// IsServer reports whether host succeeded and the node serves.
func (s *ProcGenSync) IsServer() bool { return s.role == roleServer }

// IsConnectedToServer reports whether this client is connected to its server.
func (s *ProcGenSync) IsConnectedToServer() bool {
	mp, ok := s.multiplayer()
	if !ok || s.role != roleClient {
		return false
	}
	peer := mp.AsMultiplayerAPI().MultiplayerPeer()
	return peer != MultiplayerPeer.Nil && peer.GetConnectionStatus() == MultiplayerPeer.ConnectionConnected
}

// send sends packet reliably to peer (1: the server).
func (s *ProcGenSync) send(peer int, packet []byte) {
	if len(packet) == 0 {
		return
	}
	mp, ok := s.multiplayer()
	if !ok {
		return
	}
	sendBytes(mp, peer, packet)
	if s.server != nil {
		s.server.sent(peer, len(packet))
	} else {
		s.client.packetsSent++
	}
}

// sendBytes sends packet reliably on channel 0 to peer (0: every connected peer). It goes
// through Object.call, whose []byte argument becomes a PackedByteArray in one copy: the
// typed SendBytes binding builds it a byte at a time, one engine call per byte, which was
// the largest cost of a loaded server's main thread.
func sendBytes(mp SceneMultiplayer.Instance, peer int, packet []byte) {
	Object.Call(mp, "send_bytes", packet, peer, int(MultiplayerPeer.TransferModeReliable), 0)
}

// onPacket handles one packet from peer.
func (s *ProcGenSync) onPacket(peer int, packet []byte) {
	if !s.inProcess {
		defer s.measure()()
	}
	switch s.role {
	case roleServer:
		s.server.packet(s, peer, packet)
	case roleClient:
		s.clientPacket(packet)
	}
}

// Process paces catch-up, broadcasts new edits and sends the EditAcks now due.
func (s *ProcGenSync) Process(delta Float.X) {
	s.endFrame()
	done := s.measure()
	s.inProcess = true
	defer func() {
		s.inProcess = false
		done()
	}()
	// graphics.gd frees engine values that go a frame unused: use the authorizers every
	// frame so that they live as long as the properties hold them.
	for _, fn := range []Callable.Function{s.PeerAuthorizer, s.EditAuthorizer} {
		if fn != Callable.Nil {
			Callable.Method(fn)
		}
	}
	// The scene tree polls this node's SceneMultiplayer before the frame's processing; a
	// second ENet service per frame (a pass over every peer) is only needed when the game
	// turned the tree's polling off.
	if mp, ok := s.multiplayer(); ok && !SceneTree.Get(s.AsNode()).MultiplayerPoll() {
		mp.AsMultiplayerAPI().Poll()
	}
	if s.role != roleServer || s.server == nil {
		return
	}
	now := time.Now()
	dt := now.Sub(s.last)
	if s.last.IsZero() || dt > time.Second {
		dt = time.Second / 60
	}
	s.last = now
	s.server.frame(s, dt)
}

// ExitTree stops networking when the node leaves the scene tree.
func (s *ProcGenSync) ExitTree() { s.Close() }

// emit emits a signal (see ProcGen.emit).
func (s *ProcGenSync) emit(signal string, args ...any) {
	Object.Call(s.AsNode(), "emit_signal", append([]any{signal}, args...)...)
}
