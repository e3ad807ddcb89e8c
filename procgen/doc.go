// Package procgen generates worlds deterministically in pure Go: no cgo, no engine types.
//
// Packages:
//
//   - noise: seeded simplex noise and fBm; DeriveSeed (SplitMix64) derives every child
//     seed (octaves, fields, stages, chunks) from the world seed.
//   - world: WorldConfig (validation, canonical versioned JSON, SHA-256 content hash)
//     and World, the compiled samplers (height, climate/biomes, density, caves).
//   - edit: Delta edits with (Origin, Seq) identity and replay order, binary encoding.
//   - chunk: the stage pipeline (Stage, Register) and Heightmap / Voxel chunks with
//     Godot-ready mesh arrays.
//   - schedule: worker pool with viewer-distance priority, shared and cancellable
//     jobs, and a byte-bounded LRU cache.
//
// # Determinism and golden files
//
// Output depends only on the world config, chunk coordinates, LOD step and the set of
// edits: never on map order, time, goroutine scheduling or worker count. Float products
// that feed sums carry explicit float64(...) conversions, which the Go spec defines to
// round and so forbids fusing into FMA instructions (arm64, ppc64, s390x and amd64 with
// GOAMD64=v3 otherwise may): outputs are bit-identical on every platform.
//
// golden_test.go hashes (SHA-256) heightmap arrays, heightmap meshes, voxel density and
// voxel meshes, with and without edits, for several worlds and coordinates, and compares
// them with testdata/golden.json. Any change in output fails the test. When a change is
// intended, bump FormatVersion and re-bless:
//
//	go test ./procgen/... -run Golden -update
//
// -update refuses to rewrite changed hashes while FormatVersion still equals the version
// recorded in golden.json, so cached or stored chunks can always be keyed by
// (world hash, FormatVersion, chunk).
package procgen

// FormatVersion versions generated output. Bump it whenever any chunk output changes
// (noise, stages, meshing, seeds, edits), then re-bless the golden file.
//
// History: 1 — first release; 2 — low octaves resampled on a 4-unit lattice (Catmull-Rom),
// biome blend weights evaluated on the 8-unit climate lattice; 3 — OpenSimplex
// (github.com/ojrac/opensimplex-go) is the default noise basis again, the built-in simplex
// noise is the opt-in basis "simplex"; 4 — every octave with a wavelength of at least 32
// units is resampled on a lattice of 1/16 of its wavelength (bands of spacing 16, 8, 4, 2);
// 5 — default landforms: continents, domain-warped ridged mountains (NoiseLayer.Shape
// "ridged") and hills; warped layers are lattice-resampled too, at twice the density;
// albedo-range colours; per-vertex material weights (Weights); voxel materials blend by
// density, and cave rock (Caves.Material) lies below the surface layer.
const FormatVersion = 5
