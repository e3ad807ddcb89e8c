package extension

import (
	"graphics.gd/classdb/Engine"

	"github.com/procgen-godot/procgen/internal/worldsrc"
	"github.com/procgen-godot/procgen/procgen/edit"
)

// refresh regenerates the chunks edit d touches; the old meshes stay until the new ones land.
func (p *ProcGen) refresh(st *worldState, d edit.Delta) {
	for _, k := range st.affected(d) {
		step := uint8(1)
		if w, ok := st.wanted[k]; ok {
			step = w.step
		}
		for _, s := range []uint8{1, 2, 4} {
			st.sched.Invalidate(st.scheduleKey(k, s))
		}
		if pc, ok := st.pending[k]; ok {
			pc.cancel()
		}
		p.request(st, k, step)
	}
}

// takeRemote applies the edits other servers made, as the sync worker delivered them,
// reports which of this node's edits are durable now (commits.go), and emits storage_error
// for what went wrong in the background.
func (p *ProcGen) takeRemote(st *worldState) {
	if st.persist == nil {
		return
	}
	got := st.persist.box.take()
	for _, msg := range got.errors {
		p.storageError(msg)
	}
	p.takeCommits(st, got.committed, got.failed)
	if len(got.edits) == 0 {
		return
	}
	ds, err := worldsrc.Decode(got.edits)
	if err != nil {
		p.storageError(err.Error())
		return
	}
	for _, d := range ds {
		if st.edits.insert(d) {
			p.refresh(st, d)
		}
	}
}

// storageError logs msg as a warning and emits storage_error with it.
func (p *ProcGen) storageError(msg string) {
	Engine.RaiseWarning("ProcGen storage: " + msg)
	p.emit("storage_error", msg)
}
