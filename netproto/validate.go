package netproto

import (
	"errors"
	"fmt"
	"math"

	"github.com/procgen-godot/procgen/procgen/edit"
	"github.com/procgen-godot/procgen/procgen/world"
)

// Limits is a server's policy for client edits. The zero value accepts nothing
// useful; start from DefaultLimits and call Validate once.
type Limits struct {
	// Min and Max bound the edit centre (x, y, z), inclusive, for every kind (Y
	// too, even for Raise and Lower, which ignore it).
	Min, Max [3]float64
	// MaxRadius bounds Radius, which must also be positive.
	MaxRadius float64
	// MaxAmount bounds Amount, which must also be non-negative (the opposite kind
	// undoes an edit) and at most 1 for Flatten.
	MaxAmount float64
	// Materials is the number of material ids the world defines: Material must be
	// below it. 0 accepts any id.
	Materials int
	// Forbidden lists kinds this server refuses (nil allows every known kind).
	Forbidden []edit.Kind
}

// Default edit limits used by DefaultLimits.
const (
	DefaultMaxRadius = 32.0
	DefaultMaxAmount = 64.0
)

// DefaultLimits allows edits centred within halfWidth world units of the origin in
// x and z and within the world's vertical range in y, with DefaultMaxRadius,
// DefaultMaxAmount and the world's materials.
func DefaultLimits(cfg *world.WorldConfig, halfWidth float64) Limits {
	return Limits{
		Min:       [3]float64{-halfWidth, cfg.Vertical.MinY, -halfWidth},
		Max:       [3]float64{halfWidth, cfg.Vertical.MaxY, halfWidth},
		MaxRadius: DefaultMaxRadius,
		MaxAmount: DefaultMaxAmount,
		Materials: len(cfg.Materials),
	}
}

// Validate reports limits that are not finite, inverted, or beyond what
// edit.(*Delta).Validate accepts.
func (l *Limits) Validate() error {
	for i := range 3 {
		lo, hi := l.Min[i], l.Max[i]
		if math.IsNaN(lo) || math.IsNaN(hi) || lo > hi || math.Abs(lo) > edit.MaxCoord || math.Abs(hi) > edit.MaxCoord {
			return fmt.Errorf("netproto: limits: axis %d range [%v, %v] invalid (within ±%v)", i, lo, hi, float64(edit.MaxCoord))
		}
	}
	if !(l.MaxRadius > 0 && l.MaxRadius <= edit.MaxRadius) {
		return fmt.Errorf("netproto: limits: max radius %v not in (0, %v]", l.MaxRadius, float64(edit.MaxRadius))
	}
	if !(l.MaxAmount >= 0 && l.MaxAmount <= edit.MaxAmount) {
		return fmt.Errorf("netproto: limits: max amount %v not in [0, %v]", l.MaxAmount, float64(edit.MaxAmount))
	}
	if l.Materials < 0 || l.Materials > world.MaxMaterials {
		return fmt.Errorf("netproto: limits: %d materials not in [0, %d]", l.Materials, world.MaxMaterials)
	}
	return nil
}

// knownKind reports whether package edit defines k.
func knownKind(k edit.Kind) bool {
	got, err := edit.ParseKind(k.String())
	return err == nil && got == k
}

// ErrRejected is wrapped by Check's errors.
var ErrRejected = errors.New("netproto: edit rejected")

// Check validates a client's request against the limits. On success it returns
// the delta with a zero ID, ready for the server to assign identity (and
// edit.(*Delta).Validate accepts it). Otherwise it returns the reason and an error
// wrapping ErrRejected whose text suits EditReject (see Reject).
func (l *Limits) Check(q *EditRequest) (edit.Delta, Reason, error) {
	fail := func(r Reason, format string, args ...any) (edit.Delta, Reason, error) {
		return edit.Delta{}, r, fmt.Errorf("%w: %s", ErrRejected, fmt.Sprintf(format, args...))
	}
	if !knownKind(q.Kind) {
		return fail(ReasonKind, "unknown edit kind %d", uint8(q.Kind))
	}
	for _, k := range l.Forbidden {
		if k == q.Kind {
			return fail(ReasonKind, "%v edits are not allowed", q.Kind)
		}
	}
	if err := q.Validate(); err != nil {
		return fail(ReasonInvalid, "%v", err)
	}
	for i, v := range [3]float64{q.X, q.Y, q.Z} {
		if !(v >= l.Min[i] && v <= l.Max[i]) {
			return fail(ReasonOutOfBounds, "%c = %v outside [%v, %v]", "xyz"[i], v, l.Min[i], l.Max[i])
		}
	}
	if !(q.Radius > 0 && q.Radius <= l.MaxRadius) {
		return fail(ReasonRadius, "radius %v not in (0, %v]", q.Radius, l.MaxRadius)
	}
	if !(q.Amount >= 0 && q.Amount <= l.MaxAmount) {
		return fail(ReasonAmount, "amount %v not in [0, %v]", q.Amount, l.MaxAmount)
	}
	if q.Kind == edit.Flatten && q.Amount > 1 {
		return fail(ReasonAmount, "flatten amount %v not in [0, 1]", q.Amount)
	}
	if l.Materials > 0 && int(q.Material) >= l.Materials {
		return fail(ReasonMaterial, "material %d not below %d", q.Material, l.Materials)
	}
	d := edit.Delta{Kind: q.Kind, Material: q.Material, X: q.X, Y: q.Y, Z: q.Z, Radius: q.Radius, Amount: q.Amount}
	if err := d.Validate(); err != nil {
		return fail(ReasonInvalid, "%v", err)
	}
	return d, 0, nil
}

// Reject returns the EditReject answering request nonce for a Check failure.
func Reject(nonce uint32, reason Reason, err error) *EditReject {
	text := ""
	if err != nil {
		text = err.Error()
	}
	return NewEditReject(nonce, reason, text)
}
