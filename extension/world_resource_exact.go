package extension

import (
	"encoding/json"
	"math"
	"reflect"

	"github.com/procgen-godot/procgen/procgen/world"
)

// Why ProcGenWorld keeps a copy of its numbers.
//
// Godot 4.6 writes a float into a .tres with every digit it needs (0.0007142857142857143
// for 1/1400), but its reader (String::to_float, a Tcl-style strtod) keeps at most 18
// mantissa digits, leading zeros after the decimal point included, and does not round
// correctly: that value loads back as 0.00071428571428571. About one random double in
// five comes back different, so a saved default world would load as another world (a
// different hash, different bytes).
//
// The resource therefore stores, beside its readable properties, exact_values: the
// canonical JSON of the config it last described, whose numbers Go writes and reads
// exactly. When the properties are turned into a config, each float that differs from
// its recorded value by no more than what Godot's reader loses (a relative 1e-9, far
// below any value a designer types) takes the recorded value; any real edit is further
// away and wins. The record is refreshed whenever the resource makes a config.

// exactTolerance is the largest relative difference treated as a .tres reading loss.
const exactTolerance = 1e-9

// recordExact makes cfg the resource's record of exact values.
func (r *ProcGenWorld) recordExact(cfg *world.WorldConfig) {
	b, err := json.Marshal(cfg)
	if err != nil {
		return // cannot happen for a WorldConfig; the record just stays as it was
	}
	r.ExactValues = string(b)
}

// restoreExact replaces the floats of cfg that differ from the resource's record only by
// a .tres reading loss with the recorded values.
func (r *ProcGenWorld) restoreExact(cfg *world.WorldConfig) {
	if r.ExactValues == "" {
		return
	}
	var rec world.WorldConfig
	if err := json.Unmarshal([]byte(r.ExactValues), &rec); err != nil {
		return // a damaged record is ignored: the properties are the truth
	}
	snapFloats(reflect.ValueOf(cfg).Elem(), reflect.ValueOf(&rec).Elem())
}

// snapFloats walks dst and rec in parallel (struct fields, slice elements by index, map
// entries by key) and sets each float64 of dst that is within exactTolerance of its
// counterpart in rec to that counterpart.
func snapFloats(dst, rec reflect.Value) {
	switch dst.Kind() {
	case reflect.Float64:
		a, b := dst.Float(), rec.Float()
		if a != b && nearlyEqual(a, b) {
			dst.SetFloat(b)
		}
	case reflect.Struct:
		for i := range dst.NumField() {
			if dst.Type().Field(i).IsExported() {
				snapFloats(dst.Field(i), rec.Field(i))
			}
		}
	case reflect.Slice, reflect.Array:
		for i := range min(dst.Len(), rec.Len()) {
			snapFloats(dst.Index(i), rec.Index(i))
		}
	case reflect.Pointer:
		if !dst.IsNil() && !rec.IsNil() {
			snapFloats(dst.Elem(), rec.Elem())
		}
	case reflect.Map:
		if dst.IsNil() || rec.IsNil() {
			return
		}
		for it := dst.MapRange(); it.Next(); {
			rv := rec.MapIndex(it.Key())
			if !rv.IsValid() {
				continue
			}
			switch it.Value().Kind() {
			case reflect.Float64:
				a, b := it.Value().Float(), rv.Float()
				if a != b && nearlyEqual(a, b) {
					dst.SetMapIndex(it.Key(), rv)
				}
			default:
				// Maps of maps hold reference values: snapping the inner map changes dst.
				snapFloats(it.Value(), rv)
			}
		}
	}
}

// nearlyEqual reports whether a and b differ by at most exactTolerance relative to the
// larger magnitude (finite values only).
func nearlyEqual(a, b float64) bool {
	if math.IsNaN(a) || math.IsNaN(b) || math.IsInf(a, 0) || math.IsInf(b, 0) {
		return false
	}
	return math.Abs(a-b) <= exactTolerance*math.Max(math.Abs(a), math.Abs(b))
}
