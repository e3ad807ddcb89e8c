package golden

import (
	"encoding/binary"
	"encoding/hex"
	"math"

	"github.com/procgen-godot/procgen/procgen/pipeline"
	"github.com/procgen-godot/procgen/procgen/world"
)

// PipelineReference is what a ProcGen node must compute after switching filters from
// GDScript: the world's hash and heights, bit for bit (the engine suite pipeline_test.gd
// reads it from tests/testdata/pipeline_heights.json).
type PipelineReference struct {
	Seed      int64          `json:"seed"`
	ChunkSize int            `json:"chunk_size"`
	Enabled   []string       `json:"enabled"`
	Param     [3]string      `json:"param"` // filter, key, value (as text)
	Hash      string         `json:"hash"`
	Heights   []HeightSample `json:"heights"`
}

// Pipeline computes the reference: a node with seed 31 and chunk_size 32 that switched on
// erosion and the learned stage and set erosion's erode to 0.3.
func Pipeline() (PipelineReference, error) {
	ref := PipelineReference{Seed: 31, ChunkSize: 32, Enabled: []string{world.StageErosion, world.StageLearned},
		Param: [3]string{world.StageErosion, "erode", "0.3"}}
	cfg := world.Default(ref.Seed)
	cfg.Chunk.Heightmap = ref.ChunkSize
	var err error
	for _, e := range ref.Enabled {
		if cfg, err = pipeline.SetEnabled(cfg, e, true); err != nil {
			return ref, err
		}
	}
	if cfg, err = pipeline.SetParam(cfg, world.StageErosion, "erode", 0.3); err != nil {
		return ref, err
	}
	w, err := world.New(cfg)
	if err != nil {
		return ref, err
	}
	ref.Hash = w.Hash()
	for i := 0; i < 6; i++ {
		x := float64(i*i)*11.5 - 40
		z := float64(i)*-9.25 + 3
		if i%2 == 0 {
			x, z = math.Floor(x), math.Floor(z) // vertices, where chunks and queries agree exactly
		}
		h := w.SurfaceHeight(x, z)
		var b [8]byte
		binary.LittleEndian.PutUint64(b[:], math.Float64bits(h))
		ref.Heights = append(ref.Heights, HeightSample{Seed: ref.Seed, X: x, Z: z, Bits: hex.EncodeToString(b[:]), Value: h})
	}
	return ref, nil
}
