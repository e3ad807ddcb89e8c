// Command expect exports a region of a world to a GLB and writes, beside it, what procgen
// generated for those chunks — computed from the generator, not read back from the file —
// for the Blender import test (clients/blender/tests/test_import.py) to compare with what
// Blender imported: chunk names, vertex counts, world-space bounds (Y-up) and sample
// vertices with their colours.
//
//	go run ./clients/blender/tests/expect -config world.json -from X,Y,Z -to X,Y,Z [-lod N] -glb out.glb -json out.json
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"

	"github.com/procgen-godot/procgen/internal/worldsrc"
	"github.com/procgen-godot/procgen/procgen/chunk"
	"github.com/procgen-godot/procgen/procgen/edit"
	"github.com/procgen-godot/procgen/procgen/export/gltf"
)

// Chunk is what the generator made of one chunk.
type Chunk struct {
	Name     string     `json:"name"`
	Vertices int        `json:"vertices"`
	Min      [3]float64 `json:"min"` // world space, Y up
	Max      [3]float64 `json:"max"`
	Samples  []Sample   `json:"samples"`
	Coord    [3]int32   `json:"coord"`
	Empty    bool       `json:"empty"`
	origin   [3]float64
}

// Sample is one vertex: world position (Y up) and linear RGBA colour.
type Sample struct {
	Pos   [3]float64 `json:"pos"`
	Color [4]float32 `json:"color"`
}

func triple(s string) (v [3]int32) {
	for i, p := range strings.Split(s, ",") {
		n, err := strconv.Atoi(p)
		if err != nil || i > 2 {
			fmt.Fprintf(os.Stderr, "bad triple %q\n", s)
			os.Exit(2)
		}
		v[i] = int32(n)
	}
	return v
}

// referenced keeps the vertices that triangles use (a file carries no others).
func referenced(pos, col []float32, idx []int32) ([]float32, []float32) {
	used := make([]bool, len(pos)/3)
	for _, i := range idx {
		used[i] = true
	}
	var p, c []float32
	for i, u := range used {
		if u {
			p, c = append(p, pos[3*i:3*i+3]...), append(c, col[4*i:4*i+4]...)
		}
	}
	return p, c
}

func main() {
	config := flag.String("config", "", "world config JSON")
	from := flag.String("from", "0,0,0", "first chunk")
	to := flag.String("to", "0,0,0", "last chunk")
	lod := flag.Int("lod", 1, "LOD step")
	glb := flag.String("glb", "", "GLB to write")
	out := flag.String("json", "", "expectations to write")
	raise := flag.Bool("edit", true, "apply a raise edit at the region's first chunk centre")
	flag.Parse()
	snap, err := worldsrc.FromConfigFile(*config)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	req := gltf.Request{World: snap.World, WorldID: "blender-test", From: triple(*from), To: triple(*to), LOD: *lod}
	size := float64(req.ChunkSize())
	if *raise {
		c := req.From
		req.Edits = []edit.Delta{{ID: edit.ID{Origin: 1, Seq: 1}, Kind: edit.Raise, X: (float64(c[0]) + 0.5) * size, Z: (float64(c[2]) + 0.5) * size, Radius: size / 3, Amount: 12}}
	}
	if _, err := gltf.WriteFile(context.Background(), *glb, req); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	var chunks []Chunk
	var hm chunk.Heightmap
	var vx chunk.Voxel
	for y := req.From[1]; y <= req.To[1]; y++ {
		for z := req.From[2]; z <= req.To[2]; z++ {
			for x := req.From[0]; x <= req.To[0]; x++ {
				k := [3]int32{x, y, z}
				var pos, col []float32
				var idx []int32
				if req.Voxel() {
					vx.Generate(snap.World, x, y, z, req.Edits)
					pos, col, idx = vx.Positions, vx.Colors, vx.Indices
				} else {
					hm.Generate(snap.World, x, z, req.Step(), req.Edits)
					pos, col, idx = hm.Positions, hm.Colors, hm.Indices
				}
				pos, col = referenced(pos, col, idx)
				c := Chunk{Name: gltf.NodeName(req.Voxel(), k), Coord: k, Vertices: len(pos) / 3, Empty: len(pos) == 0,
					origin: [3]float64{float64(x) * size, float64(y) * size, float64(z) * size}}
				for a := 0; a < 3; a++ {
					c.Min[a], c.Max[a] = math.Inf(1), math.Inf(-1)
				}
				n := len(pos) / 3
				for i := 0; i < n; i++ {
					for a := 0; a < 3; a++ {
						v := c.origin[a] + float64(pos[3*i+a])
						c.Min[a], c.Max[a] = math.Min(c.Min[a], v), math.Max(c.Max[a], v)
					}
				}
				for _, i := range []int{0, n / 3, n / 2, 2 * n / 3, n - 1} {
					if n == 0 {
						break
					}
					s := Sample{}
					for a := 0; a < 3; a++ {
						s.Pos[a] = c.origin[a] + float64(pos[3*i+a])
					}
					copy(s.Color[:], col[4*i:4*i+4])
					c.Samples = append(c.Samples, s)
				}
				if n == 0 {
					c.Min, c.Max = [3]float64{}, [3]float64{}
				}
				chunks = append(chunks, c)
			}
		}
	}
	b, _ := json.MarshalIndent(map[string]any{"chunks": chunks, "world_hash": snap.World.Hash()}, "", " ")
	if err := os.WriteFile(*out, b, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
