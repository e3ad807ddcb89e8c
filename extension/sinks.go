package extension

import (
	"fmt"

	"graphics.gd/classdb/Engine"

	"github.com/procgen-godot/procgen/procgen/pipeline"
)

// Sink switches: what this node does with chunks and edits. They are local and immediate
// (never part of the world config) and never lose an accepted edit:
//
//   - storage off pauses the shared database: the node's store neither ships its edits nor
//     pulls other servers' (and their pipeline versions). Every accepted edit is still
//     recorded durably in the local store (it counts as pending in get_storage_status) and
//     ships when storage is switched back on. This code base writes no chunk checkpoints:
//     the storage sink is the edit log. The pause covers the node's store, which every node
//     of this process with the same storage_path shares: it stays paused while any of them
//     has storage off.
//   - network off stops serving connected clients through ProcGenSync: no edits, acks,
//     world versions or catch-up leave the server; requests from clients are still
//     handled. Switching it back on sends everything held back, in order.
//   - export off makes export_gltf refuse with an error.
type sinkSwitches struct {
	storageOff, networkOff, exportOff bool
}

// setSink switches sink name (storage, network or export) and reports success.
func (p *ProcGen) setSink(name string, on bool) bool {
	switch name {
	case pipeline.SinkStorage:
		if on && p.WorldId == "" {
			Engine.Raise(fmt.Errorf("ProcGen.set_element_enabled: the storage sink needs a world_id (set world_id to record edits)"))
			return false
		}
		p.sinks.storageOff = !on
		if st := p.state; st != nil {
			p.applyStorageSink(st)
		}
	case pipeline.SinkNetwork:
		p.sinks.networkOff = !on
	case pipeline.SinkExport:
		p.sinks.exportOff = !on
	default:
		return false
	}
	return true
}

// applyStorageSink makes st's store follow the storage switch.
func (p *ProcGen) applyStorageSink(st *worldState) {
	if st.persist != nil {
		st.persist.shared.setPaused(st.persist.box, p.sinks.storageOff)
	}
}

// serving reports whether the network sink is on: a ProcGenSync server sends to clients.
func (p *ProcGen) serving() bool { return !p.sinks.networkOff }

// setPaused records whether the node owning inbox b has storage off, and pauses the
// store's sync while any node does.
func (s *sharedStore) setPaused(b *inbox, paused bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.paused == nil {
		s.paused = map[*inbox]bool{}
	}
	if paused {
		s.paused[b] = true
	} else {
		delete(s.paused, b)
	}
	s.store.SetSyncPaused(len(s.paused) > 0)
}
