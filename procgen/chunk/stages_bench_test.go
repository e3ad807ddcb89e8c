package chunk

import (
	"testing"
	"time"

	"github.com/procgen-godot/procgen/procgen/internal/cputime"

	"github.com/procgen-godot/procgen/procgen/simd"
)

// BenchmarkHeightmapStages: the cost of each stage of the default pipeline on a full-detail
// 64×64-quad chunk, on the scalar kernels and on the vector kernels (where this build and
// CPU have them), sub-benchmarks interleaved so that both see the same machine load. Each
// op re-runs one stage on a chunk the whole pipeline has generated.
func BenchmarkHeightmapStages(b *testing.B) {
	w := testWorld(b, 1)
	paths := []simd.Path{simd.Scalar}
	if simd.Available() {
		paths = append(paths, simd.Auto)
	}
	for _, s := range Stages() {
		if !w.StageEnabled(s.Name()) {
			continue
		}
		for _, p := range paths {
			restore := simd.Force(p)
			var c Heightmap
			if err := c.Generate(w, 2, -3, 1, nil); err != nil {
				b.Fatal(err)
			}
			b.Run("stage="+s.Name()+"/path="+simd.Describe(), func(b *testing.B) {
				b.ReportAllocs()
				cpu0 := cputime.Now()
				for i := 0; i < b.N; i++ {
					s.Heightmap(&c)
				}
				reportCPU(b, cpu0)
			})
			restore()
		}
	}
}

// BenchmarkHeightmapChunkPaths: whole chunks, scalar against vector kernels, interleaved.
func BenchmarkHeightmapChunkPaths(b *testing.B) {
	paths := []simd.Path{simd.Scalar}
	if simd.Available() {
		paths = append(paths, simd.AVX2, simd.Auto)
	}
	for name, w := range benchWorlds(b) {
		for _, p := range paths {
			restore := simd.Force(p)
			b.Run("world="+name+"/path="+simd.Describe(), func(b *testing.B) {
				var c Heightmap
				c.Generate(w, 0, 0, 1, nil)
				b.ReportAllocs()
				b.ResetTimer()
				cpu0 := cputime.Now()
				for i := 0; i < b.N; i++ {
					c.Generate(w, int32(i%16), int32(i/16), 1, nil)
				}
				reportCPU(b, cpu0)
			})
			restore()
		}
	}
}

// reportCPU reports the process CPU time per op in µs: on a machine shared with other
// work it varies far less than wall time.
func reportCPU(b *testing.B, cpu0 time.Duration) {
	if cpu := cputime.Now() - cpu0; cpu > 0 {
		b.ReportMetric(float64(cpu.Microseconds())/float64(b.N), "cpu-µs/op")
	}
}
