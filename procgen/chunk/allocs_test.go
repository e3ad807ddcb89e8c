package chunk

import (
	"testing"

	"github.com/procgen-godot/procgen/procgen/edit"
)

// TestNoAllocationPerChunkInSteadyState: once a chunk value has generated its largest
// chunk, generating more chunks into it (other places, every LOD step, with edits)
// allocates nothing, on the heightmap and the voxel path. Counted, not timed.
func TestNoAllocationPerChunkInSteadyState(t *testing.T) {
	w := testWorld(t, 3)
	edits := []edit.Delta{
		{ID: edit.ID{Origin: 1, Seq: 1}, Kind: edit.Raise, X: 10, Z: 20, Radius: 8, Amount: 3},
		{ID: edit.ID{Origin: 1, Seq: 2}, Kind: edit.Paint, X: 30, Z: 5, Radius: 6, Material: 2},
	}
	var hm Heightmap
	for _, step := range []int{1, 2, 4} {
		if err := hm.Generate(w, 0, 0, step, edits); err != nil {
			t.Fatal(err)
		}
	}
	i := 0
	if a := testing.AllocsPerRun(12, func() {
		i++
		hm.Generate(w, int32(i%5-2), int32(i/5), 1<<(i%3), edits)
	}); a != 0 {
		t.Errorf("heightmap chunks: %v allocations per chunk", a)
	}
	cy := surfaceCY(w)
	var vx Voxel
	vx.Generate(w, 0, cy, 0, edits)
	if a := testing.AllocsPerRun(6, func() {
		i++
		vx.Generate(w, int32(i%3), cy, int32(i/3), edits)
	}); a != 0 {
		t.Errorf("voxel chunks: %v allocations per chunk", a)
	}
}
