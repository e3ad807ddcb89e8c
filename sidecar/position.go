package sidecar

import (
	"fmt"
	"strconv"

	"github.com/procgen-godot/procgen/procgen/edit"
)

// Position is how far a reader has seen a world's edits: for each origin (a server or
// sidecar that records edits), the highest seq seen. Every origin numbers its edits 1, 2, 3…
// without gaps and every reader sees them in that order, so a Position names exactly the
// set of edits it covers, on every sidecar sharing the store. In JSON it is an object from
// decimal origin (a string: origins are 64-bit) to seq.
type Position map[uint64]uint64

// Covers reports whether the edit id is included in p.
func (p Position) Covers(id edit.ID) bool { return id.Seq <= p[id.Origin] }

// Clone returns a copy of p.
func (p Position) Clone() Position {
	out := make(Position, len(p))
	for k, v := range p {
		out[k] = v
	}
	return out
}

// MaxPositionOrigins bounds the origins a client's position may name.
const MaxPositionOrigins = 4096

// ParsePosition reads a position from its JSON object form (origin strings to seqs).
func ParsePosition(m map[string]uint64) (Position, error) {
	if len(m) > MaxPositionOrigins {
		return nil, fmt.Errorf("position names %d origins, limit %d", len(m), MaxPositionOrigins)
	}
	p := make(Position, len(m))
	for k, v := range m {
		o, err := strconv.ParseUint(k, 10, 64)
		if err != nil {
			return nil, fmt.Errorf("position: origin %q is not a decimal unsigned 64-bit integer", k)
		}
		p[o] = v
	}
	return p, nil
}
