package gltf

import (
	"bytes"
	"fmt"

	qgltf "github.com/qmuntal/gltf"

	"github.com/procgen-godot/procgen/procgen/edit"
	"github.com/procgen-godot/procgen/procgen/world"
)

// Generator is the asset.generator string of every exported file.
const Generator = "ProcGen for Godot glTF exporter"

// NodeName is the name of chunk k's node: chunk_x_z in heightmap worlds, chunk_x_y_z in
// voxel worlds, as Godot names the chunks it shows.
func NodeName(voxel bool, k [3]int32) string {
	if voxel {
		return fmt.Sprintf("chunk_%d_%d_%d", k[0], k[1], k[2])
	}
	return fmt.Sprintf("chunk_%d_%d", k[0], k[2])
}

// buildDocument lays out the chunks (already in final binary form, in region order) in
// buffer 0, the GLB binary chunk, and returns the document, the byte slices that make up
// the binary chunk in order, and the statistics. UVs and indices equal to the previous
// chunk's (every heightmap chunk of one LOD step has the same) are stored once and shared.
func buildDocument(r *Request, chunks []*chunkData) (*qgltf.Document, [][]byte, Stats) {
	cfg := r.World.Config()
	var all []edit.ID
	for i := range r.Edits {
		all = append(all, r.Edits[i].ID)
	}
	mode := "heightmap"
	if r.Voxel() {
		mode = world.ModeVoxel
	}
	identity := func() map[string]any {
		return map[string]any{
			"generator":      "procgen",
			"world_id":       r.WorldID,
			"world_hash":     r.World.Hash(),
			"format_version": formatVersion,
			"config_format":  cfg.Format,
			"seed":           cfg.Seed,
			"mode":           mode,
			"chunk_size":     r.ChunkSize(),
			"lod":            r.Step(),
		}
	}
	sceneExtras := identity()
	sceneExtras["region_from"] = r.From[:]
	sceneExtras["region_to"] = r.To[:]
	sceneExtras["edits"] = len(all)
	sceneExtras["edit_position"] = EditPosition(all)
	sceneExtras["units"] = "metres, +Y up"

	white, zero, one := [4]float64{1, 1, 1, 1}, 0.0, 1.0
	doc := &qgltf.Document{
		Asset: qgltf.Asset{Version: "2.0", Generator: Generator},
		Materials: []*qgltf.Material{{
			Name: "procgen_vertex_colors",
			PBRMetallicRoughness: &qgltf.PBRMetallicRoughness{
				BaseColorFactor: &white, MetallicFactor: &zero, RoughnessFactor: &one,
			},
		}},
		Scene:  qgltf.Index(0),
		Scenes: []*qgltf.Scene{{Name: "procgen_region", Extras: sceneExtras}},
	}
	var st Stats
	var blobs [][]byte
	offset := 0
	// view appends data to the binary chunk and returns a buffer view of it.
	view := func(data []byte, target qgltf.Target) int {
		doc.BufferViews = append(doc.BufferViews, &qgltf.BufferView{Buffer: 0, ByteOffset: offset, ByteLength: len(data), Target: target})
		blobs = append(blobs, data)
		offset += len(data)
		return len(doc.BufferViews) - 1
	}
	// shared returns the accessor of data made by make, reusing the last one made from
	// equal bytes.
	type sharedAccessor struct {
		data []byte
		acc  int
	}
	var lastUV, lastIdx sharedAccessor
	shared := func(last *sharedAccessor, data []byte, build func() int) int {
		if last.data == nil || !bytes.Equal(last.data, data) {
			*last = sharedAccessor{data: data, acc: build()}
		}
		return last.acc
	}
	accessor := func(bv int, ct qgltf.ComponentType, at qgltf.AccessorType, count int) int {
		doc.Accessors = append(doc.Accessors, &qgltf.Accessor{BufferView: qgltf.Index(bv), ComponentType: ct, Type: at, Count: count})
		return len(doc.Accessors) - 1
	}
	for _, c := range chunks {
		name := NodeName(r.Voxel(), c.coord)
		extras := identity()
		extras["chunk"] = c.coord[:]
		extras["edits"] = len(c.edits)
		extras["edit_position"] = EditPosition(c.edits)
		extras["edit_digest"] = EditDigest(c.edits)
		node := &qgltf.Node{Name: name, Translation: c.origin, Extras: extras}
		st.Chunks++
		if c.indices > 0 {
			n := c.vertices
			pos := accessor(view(c.vtx[:c.nrmOff()], qgltf.TargetArrayBuffer), qgltf.ComponentFloat, qgltf.AccessorVec3, n)
			doc.Accessors[pos].Min = []float64{float64(c.min[0]), float64(c.min[1]), float64(c.min[2])}
			doc.Accessors[pos].Max = []float64{float64(c.max[0]), float64(c.max[1]), float64(c.max[2])}
			nrm := accessor(view(c.vtx[c.nrmOff():c.colOff()], qgltf.TargetArrayBuffer), qgltf.ComponentFloat, qgltf.AccessorVec3, n)
			col := accessor(view(c.vtx[c.colOff():], qgltf.TargetArrayBuffer), qgltf.ComponentFloat, qgltf.AccessorVec4, n)
			uv := shared(&lastUV, c.uv, func() int {
				return accessor(view(c.uv, qgltf.TargetArrayBuffer), qgltf.ComponentFloat, qgltf.AccessorVec2, n)
			})
			idx := shared(&lastIdx, c.idx, func() int {
				return accessor(view(c.idx, qgltf.TargetElementArrayBuffer), qgltf.ComponentUint, qgltf.AccessorScalar, c.indices)
			})
			doc.Meshes = append(doc.Meshes, &qgltf.Mesh{Name: name, Primitives: []*qgltf.Primitive{{
				Attributes: qgltf.PrimitiveAttributes{qgltf.POSITION: pos, qgltf.NORMAL: nrm, qgltf.COLOR_0: col, qgltf.TEXCOORD_0: uv},
				Indices:    qgltf.Index(idx),
				Material:   qgltf.Index(0),
				Mode:       qgltf.PrimitiveTriangles,
			}}})
			node.Mesh = qgltf.Index(len(doc.Meshes) - 1)
			st.Meshes++
			st.Vertices += n
			st.Triangles += c.indices / 3
		}
		doc.Nodes = append(doc.Nodes, node)
		doc.Scenes[0].Nodes = append(doc.Scenes[0].Nodes, len(doc.Nodes)-1)
	}
	if offset > 0 {
		doc.Buffers = []*qgltf.Buffer{{ByteLength: offset}}
	}
	return doc, blobs, st
}
