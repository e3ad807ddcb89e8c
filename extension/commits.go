package extension

import (
	"fmt"
	"slices"

	"github.com/procgen-godot/procgen/procgen/edit"
	"github.com/procgen-godot/procgen/storage"
)

// Durability of a node's own edits. apply_edit and accepted client requests hand their edit
// to the local store's writer and return at once; the writer commits queued edits in groups
// (one fsync each) off the main thread. When a group is durable the node emits
// edits_committed with the ids (apply_edit's return values) and the networking layer sends
// the EditAcks it held back. When the disk fails, the edits are reported through
// storage_error, stay queued in the store and are retried; nothing is acknowledged before
// it is durable and nothing is dropped.

// takeCommits reports the commits the store delivered: committed edits through
// edits_committed and the held-back EditAcks, failed ones through storage_error.
func (p *ProcGen) takeCommits(st *worldState, committed []storage.Edit, failed []commitFailure) {
	for _, f := range failed {
		p.storageError(fmt.Sprintf("the local store could not write edits %v; they stay applied and queued, and are retried (not acknowledged until written): %s", f.seqs, f.err))
	}
	if len(committed) == 0 {
		return
	}
	ids := make([]int64, len(committed))
	for i, e := range committed {
		ids[i] = e.Seq
		// The writer commits an origin's edits in seq order: the durable ones are a prefix.
		st.durableSeq = max(st.durableSeq, uint64(e.Seq))
	}
	slices.Sort(ids)
	if p.netState != nil {
		p.netState.committed(ids)
	}
	p.emit("edits_committed", ids)
}

// pendingCommit reports whether d is one of this node's own edits of a stored world that is
// not durable yet.
func (st *worldState) pendingCommit(d edit.Delta) bool {
	return st.persist != nil && d.ID.Origin == st.persist.origin && d.ID.Seq > st.durableSeq
}

// durablePrefix is how many of ds, in arrival order, come before the first edit that is not
// durable yet.
func (st *worldState) durablePrefix(ds []edit.Delta) int {
	for i, d := range ds {
		if st.pendingCommit(d) {
			return i
		}
	}
	return len(ds)
}
