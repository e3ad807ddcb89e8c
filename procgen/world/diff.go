package world

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
)

// Same reports whether a and b name the same world: their canonical encodings, and so their
// hashes, are equal. Every field counts (seed, layers, climate, biomes, materials, caves,
// pipeline, stages, ...), including those a ProcGen node cannot set.
func Same(a, b WorldConfig) bool {
	ea, erra := json.Marshal(&a)
	eb, errb := json.Marshal(&b)
	return erra == nil && errb == nil && bytes.Equal(ea, eb)
}

// Diff names the fields in which a and b differ, as paths of their JSON names (such as
// "seed", "biomes[1].color", "caves.noise.octaves", "climate.temperature.frequency"), sorted;
// it is empty exactly when Same(a, b). Use it to say why two worlds are not the same world.
func Diff(a, b WorldConfig) []string {
	ea, erra := json.Marshal(&a)
	eb, errb := json.Marshal(&b)
	if erra != nil || errb != nil {
		return []string{fmt.Sprintf("(config cannot be encoded: %v)", firstErr(erra, errb))}
	}
	var out []string
	diffJSON("", ea, eb, &out)
	sort.Strings(out)
	return out
}

// DiffError is the error for two configs that should name the same world and do not: it
// names the differing fields.
func DiffError(what string, a, b WorldConfig) error {
	d := Diff(a, b)
	if len(d) == 0 {
		return nil
	}
	const show = 12
	more := ""
	if len(d) > show {
		more = fmt.Sprintf(" and %d more", len(d)-show)
		d = d[:show]
	}
	return fmt.Errorf("%s: world configs differ in %s%s", what, joinFields(d), more)
}

func joinFields(d []string) string {
	var b bytes.Buffer
	for i, f := range d {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(f)
	}
	return b.String()
}

func firstErr(a, b error) error {
	if a != nil {
		return a
	}
	return b
}

// diffJSON appends to out the paths under path where the JSON values a and b differ: objects
// and arrays of objects are compared member by member, anything else (numbers, strings,
// arrays of numbers such as colours) as a whole.
func diffJSON(path string, a, b json.RawMessage, out *[]string) {
	if bytes.Equal(a, b) {
		return
	}
	var oa, ob map[string]json.RawMessage
	if json.Unmarshal(a, &oa) == nil && json.Unmarshal(b, &ob) == nil && oa != nil && ob != nil {
		keys := map[string]bool{}
		for k := range oa {
			keys[k] = true
		}
		for k := range ob {
			keys[k] = true
		}
		for k := range keys {
			p := k
			if path != "" {
				p = path + "." + k
			}
			va, ina := oa[k]
			vb, inb := ob[k]
			if !ina || !inb {
				*out = append(*out, p)
				continue
			}
			diffJSON(p, va, vb, out)
		}
		return
	}
	var la, lb []json.RawMessage
	if json.Unmarshal(a, &la) == nil && json.Unmarshal(b, &lb) == nil && len(la) == len(lb) && len(la) > 0 && isObject(la[0]) {
		for i := range la {
			diffJSON(fmt.Sprintf("%s[%d]", path, i), la[i], lb[i], out)
		}
		return
	}
	if path == "" {
		path = "(config)"
	}
	*out = append(*out, path)
}

func isObject(m json.RawMessage) bool {
	m = bytes.TrimSpace(m)
	return len(m) > 0 && m[0] == '{'
}
