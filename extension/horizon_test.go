package extension

import (
	"testing"

	"github.com/procgen-godot/procgen/procgen/schedule"
)

// TestHorizonTiling: the far ring's tiles never overlap each other or the streamed chunks,
// cover every other chunk within the horizon distance, and use their level's LOD step;
// coarse tiles stay away from the viewer.
func TestHorizonTiling(t *testing.T) {
	for _, tc := range []struct{ cx, cz, view, r int32 }{{0, 0, 4, 65}, {-37, 12, 3, 33}, {5, -70, 6, 20}} {
		near := map[chunkKey]wantedChunk{}
		for dz := -tc.view; dz <= tc.view; dz++ {
			for dx := -tc.view; dx <= tc.view; dx++ {
				if float64(dx*dx+dz*dz) <= (float64(tc.view)+0.5)*(float64(tc.view)+0.5) {
					near[chunkKey{tc.cx + dx, 0, tc.cz + dz}] = wantedChunk{}
				}
			}
		}
		tiles := horizonTiling(tc.cx, tc.cz, tc.r, near)
		covered := map[chunkKey]schedule.Key{}
		for k := range tiles {
			if k.Step != horizonStep[k.Y] {
				t.Fatalf("%+v: tile %v has step %d, want %d", tc, k, k.Step, horizonStep[k.Y])
			}
			size := int32(1) << k.Y
			for z := k.Z * size; z < (k.Z+1)*size; z++ {
				for x := k.X * size; x < (k.X+1)*size; x++ {
					c := chunkKey{x, 0, z}
					if _, ok := near[c]; ok {
						t.Fatalf("%+v: tile %v covers streamed chunk %v", tc, k, c)
					}
					if o, ok := covered[c]; ok {
						t.Fatalf("%+v: tiles %v and %v both cover chunk %v", tc, o, k, c)
					}
					covered[c] = k
				}
			}
			dx := max(k.X*size-tc.cx, 0, tc.cx-(k.X+1)*size+1)
			dz := max(k.Z*size-tc.cz, 0, tc.cz-(k.Z+1)*size+1)
			if d := float64(dx*dx + dz*dz); d < horizonFrom[k.Y]*horizonFrom[k.Y] {
				t.Fatalf("%+v: level %d tile %v only %v chunks from the viewer", tc, k.Y, k, d)
			}
		}
		for dz := -tc.r; dz <= tc.r; dz++ {
			for dx := -tc.r; dx <= tc.r; dx++ {
				c := chunkKey{tc.cx + dx, 0, tc.cz + dz}
				_, isNear := near[c]
				_, isCovered := covered[c]
				if float64(dx*dx+dz*dz) <= float64(tc.r)*float64(tc.r) && !isNear && !isCovered {
					t.Fatalf("%+v: chunk %v within the horizon is neither streamed nor tiled", tc, c)
				}
			}
		}
		t.Logf("%+v: %d tiles", tc, len(tiles))
	}
}
