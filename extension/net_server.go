package extension

import (
	"errors"
	"fmt"
	"time"

	"graphics.gd/classdb/Engine"

	"github.com/procgen-godot/procgen/netproto"
	"github.com/procgen-godot/procgen/procgen/edit"
)

// NetWorldInfo returns the WorldInfo packet for this world.
func (p *ProcGen) netWorldInfo() []byte {
	st := p.world()
	if st == nil {
		return nil
	}
	id := p.WorldId
	if id == "" {
		id = st.w.Hash()
	}
	info, err := netproto.NewWorldInfo(id, &st.cfg)
	if err == nil {
		var b []byte
		if b, err = info.MarshalBinary(); err == nil {
			return b
		}
	}
	Engine.Raise(fmt.Errorf("ProcGen.net_world_info: %w", err))
	return nil
}

// NetCatchUp returns the world's edits for a client that just joined, as checkpoints: one
// deflated edit snapshot per chunk (netproto.SplitSnapshots). Later edits follow as Edits
// packets from NetPollEdits.
func (p *ProcGen) netCatchUp() [][]byte {
	st := p.world()
	if st == nil {
		return nil
	}
	packets, err := netproto.SplitSnapshots(st.edits.all(), st.size)
	if err != nil {
		Engine.Raise(fmt.Errorf("ProcGen.net_catch_up: %w", err))
		return nil
	}
	return packets
}

// NetPollEdits returns the edits that appeared since the last call as Edits packets.
func (p *ProcGen) netPollEdits() [][]byte {
	st := p.world()
	if st == nil {
		return nil
	}
	n := p.net()
	// The first poll of a log only marks where broadcasting starts: clients catch up on
	// what came before with net_catch_up.
	first := n.polled != st.edits
	if first {
		n.polledAt = 0
	}
	fresh, _ := st.edits.since(n.polledAt)
	// Only durable edits leave the server: a crash must never take back an edit a client
	// already shows. The log keeps arrival order, so broadcasting stops at the first edit
	// still waiting for its commit and resumes from there once it is durable.
	fresh = fresh[:st.durablePrefix(fresh)]
	n.polled, n.polledAt = st.edits, n.polledAt+len(fresh)
	if first || len(fresh) == 0 {
		return nil
	}
	packets, err := netproto.SplitEdits(fresh)
	if err != nil {
		Engine.Raise(fmt.Errorf("ProcGen.net_poll_edits: %w", err))
		return nil
	}
	n.broadcast += len(fresh)
	return packets
}

// NetForgetPeer drops the per-peer state of a peer that left.
func (p *ProcGen) netForgetPeer(peer int) {
	n := p.net()
	n.rate.Forget(netproto.PeerID(peer))
	n.flood.Forget(netproto.PeerID(peer))
	delete(n.warned, peer)
	delete(n.greeted, peer)
	for s, a := range n.awaiting {
		if a.peer == peer {
			delete(n.awaiting, s)
		}
	}
}

// NetHandleClientPacket checks one packet from peer and, for a valid edit request, records
// the edit; see netDocs for the returned Dictionary.
// authorize, when not nil, may veto an edit request that passed the policy checks: it
// returns why (an EditReject of reason forbidden carries the text), or "" to accept. poll
// puts the edits now ready for broadcast in the result; ProcGenSync's server passes false and
// broadcasts once per frame instead, all of a frame's edits in one packet per peer.
func (p *ProcGen) netHandleClientPacket(peer int, packet []byte, authorize func(peer int, d edit.Delta) string, poll bool) map[string]any {
	n := p.net()
	out := map[string]any{"reply": []byte{}, "broadcast": [][]byte{}, "kick": false, "accepted": false, "type": "", "error": ""}
	pid := netproto.PeerID(peer)
	reject := func(nonce uint32, reason netproto.Reason, err error) map[string]any {
		n.rejected++
		n.reasons[reason.String()]++
		kick := n.flood.Reject(pid)
		if kick {
			n.kicked++
			reason, err = netproto.ReasonFlood, fmt.Errorf("too many bad packets: %w", err)
		}
		if reply, merr := netproto.Reject(nonce, reason, err).MarshalBinary(); merr == nil {
			out["reply"] = reply
		}
		out["kick"] = kick
		out["error"] = err.Error()
		// Log, but at most one line per peer per second (and always a kick), so a flood of
		// bad packets does not flood the log too.
		if now := time.Now(); kick || now.Sub(n.warned[peer]) >= time.Second {
			n.warned[peer] = now
			Engine.RaiseWarning(fmt.Sprintf("ProcGen net: peer %d: %s: %v (rejected so far: %d)", peer, reason, err, n.rejected))
		}
		return out
	}
	if !n.rate.Allow(pid) {
		return reject(nonceOf(packet), netproto.ReasonRateLimited, errors.New("rate limit exceeded"))
	}
	msg, err := netproto.DecodeFromClient(packet)
	if err != nil {
		return reject(0, netproto.ReasonMalformed, err)
	}
	out["type"] = msg.Type().String()
	switch m := msg.(type) {
	case *netproto.Hello:
		if m.Version != netproto.ProtocolVersion {
			r := reject(m.Nonce, netproto.ReasonVersion, fmt.Errorf("protocol version %d, server speaks %d", m.Version, netproto.ProtocolVersion))
			r["kick"] = true
			return r
		}
		n.greeted[peer] = struct{}{}
		out["hello"] = map[string]any{"name": m.Name, "token": m.Token, "version": int(m.Version), "nonce": int(m.Nonce)}
		return out
	case *netproto.EditRequest:
		if _, ok := n.greeted[peer]; !ok {
			return reject(m.Nonce, netproto.ReasonNotReady, errors.New("edit request before Hello"))
		}
		st := p.world()
		if st == nil {
			return reject(m.Nonce, netproto.ReasonServer, errors.New("the server has no valid world"))
		}
		limits := netproto.DefaultLimits(&st.cfg, n.halfWidth)
		limits.MaxRadius, limits.MaxAmount = n.maxRadius, n.maxAmount
		d, reason, err := limits.Check(m)
		if err != nil {
			return reject(m.Nonce, reason, err)
		}
		if authorize != nil {
			if why := authorize(peer, d); why != "" {
				// A veto is policy, not misbehaviour: it does not count towards a flood.
				n.rejected++
				n.reasons[netproto.ReasonForbidden.String()]++
				if reply, merr := netproto.Reject(m.Nonce, netproto.ReasonForbidden, errors.New(why)).MarshalBinary(); merr == nil {
					out["reply"] = reply
				}
				out["error"] = why
				return out
			}
		}
		d, durable, err := st.addEdit(d)
		if err != nil {
			return reject(m.Nonce, netproto.ReasonServer, err)
		}
		p.refresh(st, d)
		n.accepted++
		// The EditAck goes out once the edit is durable: now, or when its commit is reported.
		ack, err := (&netproto.EditAck{Nonce: m.Nonce, ID: d.ID}).MarshalBinary()
		if err == nil {
			switch {
			case durable && st.persist == nil && poll:
				out["reply"] = ack
			case durable && st.persist == nil:
				// Broadcast comes once per frame: the ack follows it, as for stored edits.
				n.acks = append(n.acks, heldAck{peer: peer, packet: ack})
			default:
				n.awaiting[int64(d.ID.Seq)] = heldAck{peer: peer, packet: ack}
			}
		}
		out["accepted"] = true
		if !poll {
			return out
		}
		if b := p.netPollEdits(); b != nil {
			out["broadcast"] = b
		}
		return out
	}
	return reject(0, netproto.ReasonInvalid, fmt.Errorf("unexpected %v from a client", msg.Type()))
}

// nonceOf returns the nonce of an EditRequest or Hello packet, 0 if it has none.
func nonceOf(b []byte) uint32 {
	if len(b) >= netproto.HeaderSize+4 && b[0] == netproto.Magic0 && b[1] == netproto.Magic1 &&
		(netproto.Type(b[3]) == netproto.TypeEditRequest || netproto.Type(b[3]) == netproto.TypeHello) {
		return uint32(b[4]) | uint32(b[5])<<8 | uint32(b[6])<<16 | uint32(b[7])<<24
	}
	return 0
}
