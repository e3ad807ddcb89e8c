package gltf

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"math"
	"strconv"

	"github.com/procgen-godot/procgen/procgen/chunk"
	"github.com/procgen-godot/procgen/procgen/edit"
	"github.com/procgen-godot/procgen/procgen/schedule"
)

// chunkData is one chunk in its final binary layout: positions, normals, colours, UVs
// (float32 little-endian) then indices (uint32), each section 4-byte aligned.
type chunkData struct {
	coord    [3]int32
	origin   [3]float64 // world position of the node
	vertices int
	indices  int
	min, max [3]float32 // position bounds (glTF requires them)
	vtx      []byte     // positions (12n bytes), normals (12n), colours (16n)
	uv       []byte     // 8n bytes
	idx      []byte     // 4 bytes per index
	edits    []edit.ID  // identities of the edits that shaped the chunk, replay order
}

// Section offsets inside chunkData.vtx.
func (c *chunkData) nrmOff() int { return 12 * c.vertices }
func (c *chunkData) colOff() int { return 24 * c.vertices }

// generator owns one goroutine's reusable chunk buffers.
type generator struct {
	req   *Request
	edits *edit.Index
	hm    chunk.Heightmap
	vx    chunk.Voxel
}

// generate builds chunk k.
func (g *generator) generate(k [3]int32) (*chunkData, error) {
	r := g.req
	size := float64(r.ChunkSize())
	out := &chunkData{coord: k, origin: [3]float64{float64(k[0]) * size, float64(k[1]) * size, float64(k[2]) * size}}
	var pos, nrm, col, uv []float32
	var idx []int32
	var ids []edit.Delta
	if r.Voxel() {
		c := &g.vx
		near := g.edits.Near(schedule.EditBox(r.World.Config(), schedule.Key{Kind: schedule.Voxel, X: k[0], Y: k[1], Z: k[2], Step: 1}))
		if err := c.Generate(r.World, k[0], k[1], k[2], near); err != nil {
			return nil, err
		}
		pos, nrm, col, idx, ids = c.Positions, c.Normals, c.Colors, c.Indices, c.Edits
		uv = planarUVs(pos, float32(size))
	} else {
		c := &g.hm
		near := g.edits.Near(schedule.EditBox(r.World.Config(), schedule.Key{Kind: schedule.Heightmap, X: k[0], Z: k[2], Step: uint8(r.Step())}))
		if err := c.Generate(r.World, k[0], k[2], r.Step(), near); err != nil {
			return nil, err
		}
		pos, nrm, col, uv, idx, ids = c.Positions, c.Normals, c.Colors, c.UVs, c.Indices, c.Edits
	}
	for _, d := range ids {
		out.edits = append(out.edits, d.ID)
	}
	if len(idx) == 0 {
		return out, nil // all air or all solid: a node without a mesh
	}
	pos, nrm, col, uv, idx = g.compact(pos, nrm, col, uv, idx)
	n := len(pos) / 3
	if len(nrm) != 3*n || len(col) != 4*n || len(uv) != 2*n {
		return nil, fmt.Errorf("chunk %v: inconsistent arrays (%d positions, %d normals, %d colours, %d uvs)", k, n, len(nrm)/3, len(col)/4, len(uv)/2)
	}
	out.vertices, out.indices = n, len(idx)
	out.vtx, out.uv, out.idx = make([]byte, 40*n), make([]byte, 8*n), make([]byte, 4*len(idx))
	put := func(b []byte, vs []float32) {
		for i, v := range vs {
			binary.LittleEndian.PutUint32(b[4*i:], math.Float32bits(v))
		}
	}
	put(out.vtx, pos)
	put(out.vtx[out.nrmOff():], nrm)
	put(out.vtx[out.colOff():], col)
	put(out.uv, uv)
	for a := 0; a < 3; a++ {
		out.min[a], out.max[a] = float32(math.Inf(1)), float32(math.Inf(-1))
	}
	for i := 0; i < n; i++ {
		for a := 0; a < 3; a++ {
			v := pos[3*i+a]
			out.min[a] = min(out.min[a], v)
			out.max[a] = max(out.max[a], v)
		}
	}
	// The generator winds triangles clockwise seen from outside (Godot's front faces);
	// glTF front faces are counter-clockwise: swap the last two indices of each triangle.
	b := out.idx
	for t := 0; t+2 < len(idx); t += 3 {
		binary.LittleEndian.PutUint32(b[4*t:], uint32(idx[t]))
		binary.LittleEndian.PutUint32(b[4*t+4:], uint32(idx[t+2]))
		binary.LittleEndian.PutUint32(b[4*t+8:], uint32(idx[t+1]))
	}
	return out, nil
}

// compact drops the vertices no triangle uses (surface nets makes vertices for apron cells
// whose faces belong to the neighbour chunk), keeping the others in order. Heightmap chunks
// use every vertex: they come back unchanged.
func (g *generator) compact(pos, nrm, col, uv []float32, idx []int32) ([]float32, []float32, []float32, []float32, []int32) {
	n := len(pos) / 3
	used := make([]int32, n)
	for _, i := range idx {
		used[i] = 1
	}
	kept := int32(0)
	for i := range used {
		if used[i] != 0 {
			used[i] = kept + 1 // new index + 1
			kept++
		}
	}
	if int(kept) == n {
		return pos, nrm, col, uv, idx
	}
	p, q, c, t := make([]float32, 0, 3*kept), make([]float32, 0, 3*kept), make([]float32, 0, 4*kept), make([]float32, 0, 2*kept)
	for i := 0; i < n; i++ {
		if used[i] != 0 {
			p, q = append(p, pos[3*i:3*i+3]...), append(q, nrm[3*i:3*i+3]...)
			c, t = append(c, col[4*i:4*i+4]...), append(t, uv[2*i:2*i+2]...)
		}
	}
	ix := make([]int32, len(idx))
	for k, i := range idx {
		ix[k] = used[i] - 1
	}
	return p, q, c, t, ix
}

// planarUVs projects local positions onto the xz plane, one UV unit per chunk edge: voxel
// chunks have no UVs of their own.
func planarUVs(pos []float32, size float32) []float32 {
	uv := make([]float32, 2*(len(pos)/3))
	for i := 0; i < len(pos)/3; i++ {
		uv[2*i], uv[2*i+1] = pos[3*i]/size, pos[3*i+2]/size
	}
	return uv
}

// EditPosition maps each edit origin (in decimal) to the highest sequence number of
// that origin among ids: the position in every origin's edit stream that a state reflects.
func EditPosition(ids []edit.ID) map[string]uint64 {
	out := map[string]uint64{}
	for _, id := range ids {
		k := strconv.FormatUint(id.Origin, 10)
		if id.Seq > out[k] {
			out[k] = id.Seq
		}
	}
	return out
}

// EditDigest is a short hex digest of a list of edit identities in replay order: equal
// digests mean the same edits shaped a chunk.
func EditDigest(ids []edit.ID) string {
	h := sha256.New()
	var b [16]byte
	for _, id := range ids {
		binary.LittleEndian.PutUint64(b[:8], id.Origin)
		binary.LittleEndian.PutUint64(b[8:], id.Seq)
		h.Write(b[:])
	}
	return hex.EncodeToString(h.Sum(nil)[:8])
}
