package pipeline_test

import (
	"fmt"
	"math"
	"sync"

	"github.com/procgen-godot/procgen/procgen/chunk"
	"github.com/procgen-godot/procgen/procgen/pipeline"
	"github.com/procgen-godot/procgen/procgen/world"
)

// terraces is a user filter: it rounds heights down to steps of 4 units. It reads only
// the sample it writes, so chunk borders agree.
type terraces struct{ chunk.NopStage }

func (terraces) Name() string { return "terraces" }

// Order places it after the built-in height filters and before height edits.
func (terraces) Order() int { return chunk.OrderLearned + 10 }

func (terraces) Heightmap(c *chunk.Heightmap) {
	for k, h := range c.Heights {
		c.Heights[k] = 4 * math.Floor(h/4)
	}
}

var registerOnce sync.Once

// ExampleRegister plugs a user stage into the pipeline from Go and switches it on.
func Example_register() {
	registerOnce.Do(func() { chunk.Register(terraces{}) }) // normally in an init function
	cfg, err := pipeline.SetEnabled(world.Default(1), "terraces", true)
	if err != nil {
		panic(err)
	}
	w, err := world.New(cfg)
	if err != nil {
		panic(err)
	}
	var c chunk.Heightmap
	if err := c.Generate(w, 0, 0, 1, nil); err != nil {
		panic(err)
	}
	e, _ := pipeline.Lookup("terraces")
	fmt.Println(e.Kind, e.User, math.Mod(c.VertexHeight(10, 10), 4) == 0)
	// Output: filter true true
}
