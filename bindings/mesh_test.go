package bindings

import (
	"strings"
	"testing"
)

func TestMeshArraysValidate(t *testing.T) {
	tri := MeshArrays{Positions: make([]float32, 9), Indices: []int32{0, 1, 2}}
	tests := []struct {
		name string
		m    MeshArrays
		want string // "" for valid
	}{
		{"triangle", tri, ""},
		{"full", MeshArrays{Positions: make([]float32, 9), Normals: make([]float32, 9), Colors: make([]float32, 12), UVs: make([]float32, 6), Indices: []int32{0, 1, 2}}, ""},
		{"no positions", MeshArrays{}, "non-empty multiple of 3"},
		{"ragged positions", MeshArrays{Positions: make([]float32, 8)}, "multiple of 3"},
		{"short normals", MeshArrays{Positions: make([]float32, 9), Normals: make([]float32, 6)}, "normal floats"},
		{"short colours", MeshArrays{Positions: make([]float32, 9), Colors: make([]float32, 8)}, "colour floats"},
		{"short uvs", MeshArrays{Positions: make([]float32, 9), UVs: make([]float32, 4)}, "uv floats"},
		{"ragged indices", MeshArrays{Positions: make([]float32, 9), Indices: []int32{0, 1}}, "multiple of 3"},
		{"index out of range", MeshArrays{Positions: make([]float32, 9), Indices: []int32{0, 1, 3}}, "out of range"},
		{"negative index", MeshArrays{Positions: make([]float32, 9), Indices: []int32{0, -1, 2}}, "out of range"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.m.Validate()
			if tc.want == "" {
				if err != nil {
					t.Fatalf("unexpected error: %v", err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v, want one containing %q", err, tc.want)
			}
		})
	}
}

// TestViewsShareMemory: the Godot-typed views are reinterpretations, not copies.
func TestViewsShareMemory(t *testing.T) {
	f := []float32{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}
	v3, v2, c := Vec3s(f), Vec2s(f), Colors(f)
	if len(v3) != 4 || len(v2) != 6 || len(c) != 3 {
		t.Fatalf("lengths %d %d %d", len(v3), len(v2), len(c))
	}
	f[4] = 50
	if v3[1].Y != 50 || v2[2].X != 50 || c[1].R != 50 {
		t.Fatal("views do not alias the slice")
	}
	if Vec3s(nil) != nil || Vec2s([]float32{1}) != nil || Colors([]float32{1, 2, 3}) != nil {
		t.Fatal("short input should give nil views")
	}
}
