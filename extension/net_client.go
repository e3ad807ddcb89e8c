package extension

import (
	"fmt"

	"graphics.gd/classdb/Engine"
	"graphics.gd/variant/Vector3"

	"github.com/procgen-godot/procgen/netproto"
	"github.com/procgen-godot/procgen/procgen/edit"
	"github.com/procgen-godot/procgen/procgen/world"
)

// NetHello returns a Hello packet naming this client.
func (p *ProcGen) netHello(name, token string) []byte {
	n := p.net()
	n.nonce++
	h := netproto.NewHello(n.nonce, netproto.SanitizeText(name, netproto.MaxNameBytes))
	h.Token = token
	b, err := h.MarshalBinary()
	if err != nil {
		Engine.Raise(fmt.Errorf("ProcGen.net_hello: %w", err))
		return nil
	}
	return b
}

// NetEditRequest returns an EditRequest packet for an edit the server should apply.
func (p *ProcGen) netEditRequest(kind string, pos Vector3.XYZ, radius, amount float64, material int) []byte {
	k, ok := editKinds[kind]
	if !ok {
		Engine.Raise(fmt.Errorf("ProcGen.net_edit_request: unknown kind %q (want raise, lower, flatten, add_density, remove_density or paint)", kind))
		return nil
	}
	if material < 0 || material > 255 {
		Engine.Raise(fmt.Errorf("ProcGen.net_edit_request: material %d out of range [0,255]", material))
		return nil
	}
	n := p.net()
	n.nonce++
	q := &netproto.EditRequest{Nonce: n.nonce, Kind: k, Material: uint8(material),
		X: float64(pos.X), Y: float64(pos.Y), Z: float64(pos.Z), Radius: radius, Amount: amount}
	b, err := q.MarshalBinary()
	if err != nil {
		Engine.Raise(fmt.Errorf("ProcGen.net_edit_request: %w", err))
		return nil
	}
	return b
}

// NetApplyServerPacket applies one packet from the server; see netDocs.
func (p *ProcGen) netApplyServerPacket(packet []byte) map[string]any {
	out := map[string]any{"ok": false, "type": "", "error": ""}
	fail := func(err error) map[string]any {
		out["error"] = err.Error()
		Engine.RaiseWarning("ProcGen net: packet from the server refused: " + err.Error())
		return out
	}
	msg, err := netproto.DecodeFromServer(packet)
	if err != nil {
		return fail(err)
	}
	n := p.net()
	out["type"] = msg.Type().String()
	switch m := msg.(type) {
	case *netproto.WorldInfo:
		cfg, err := m.WorldConfig()
		if err != nil {
			return fail(err)
		}
		if err := p.adopt(m.ID, cfg); err != nil {
			return fail(err)
		}
		out["world_id"] = m.ID
	case *netproto.Edits, *netproto.Checkpoint:
		if n.worldID == "" {
			return fail(fmt.Errorf("edits before world info"))
		}
		st := p.world()
		if st == nil {
			return fail(fmt.Errorf("no valid world"))
		}
		ds, err := packetEdits(msg)
		if err != nil {
			return fail(err)
		}
		fresh := 0
		for _, d := range ds {
			if st.edits.insert(d) {
				p.refresh(st, d)
				fresh++
			}
		}
		n.applied += fresh
		out["edits"] = len(ds)
		out["new"] = fresh
	case *netproto.EditAck:
		out["nonce"], out["origin"], out["seq"] = int(m.Nonce), int(m.ID.Origin), int(m.ID.Seq)
	case *netproto.EditReject:
		out["nonce"], out["reason"], out["text"] = int(m.Nonce), m.Reason.String(), m.Text
	default:
		return fail(fmt.Errorf("%v packets are not supported by this client", msg.Type()))
	}
	out["ok"] = true
	return out
}

// adopt makes the node run world id with config cfg, received from a server. A client keeps
// its edits in memory (world_id stays empty: it never opens storage); edits of another world
// are dropped.
func (p *ProcGen) adopt(id string, cfg world.WorldConfig) error {
	if p.WorldId != "" {
		return fmt.Errorf("world_id is set (%q): a network client must not record edits itself", p.WorldId)
	}
	if err := p.applyConfig(cfg); err != nil {
		return fmt.Errorf("world %q: %w", id, err)
	}
	n := p.net()
	if n.worldID != id && p.edits != nil && p.edits.len() > 0 {
		// Another world: forget its edits and everything generated with them.
		p.edits.replace(nil)
		if p.state != nil {
			p.unloadAll()
			p.state.close()
			p.state = nil
		}
	}
	n.worldID = id
	if p.world() == nil {
		return fmt.Errorf("world %q: invalid settings", id)
	}
	return nil
}

// packetEdits returns the edits an Edits packet or a checkpoint (edit snapshot) carries.
func packetEdits(msg netproto.Message) ([]edit.Delta, error) {
	switch m := msg.(type) {
	case *netproto.Edits:
		return m.Deltas, nil
	case *netproto.Checkpoint:
		return netproto.SnapshotEdits(m)
	}
	return nil, fmt.Errorf("%v packets carry no edits", msg.Type())
}
