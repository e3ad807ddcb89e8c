package extension

import (
	"graphics.gd/variant/Object"
)

// emit emits a signal through Object.emit_signal: the injected Signal field values of
// graphics.gd expire across frames, so they only declare the signals.
func (p *ProcGen) emit(signal string, args ...any) {
	Object.Call(p.AsNode3D(), "emit_signal", append([]any{signal}, args...)...)
}
