//go:build js && wasm

// Command procgen-wasm is the browser client's chunk generator: package replica compiled
// to WebAssembly, run in a Web Worker (web/src/worker.js). It sets globalThis.procgen to
// an object of functions:
//
//	init(configJSON)        → {hash, chunkSize, seaLevel} | {error}
//	applyPacket(Uint8Array) → {added, affected: Int32Array [x0, z0, x1, z1, …], edits: [{origin, seq}]} | {error}
//	chunk(cx, cz, step)     → {positions, normals, colors, uvs, indices: Uint8Array (little-endian
//	                          float32 / uint32 bytes), hash} | {error}
//	height(x, z)            → number
//
// Origins are decimal strings (they are 64-bit).
package main

import (
	"strconv"
	"syscall/js"
	"unsafe"

	"github.com/procgen-godot/procgen/replica"
)

var rep *replica.Replica

func errObj(err error) any { return map[string]any{"error": err.Error()} }

func bytesOf[T float32 | int32](s []T) js.Value {
	var b []byte
	if len(s) > 0 {
		b = unsafe.Slice((*byte)(unsafe.Pointer(&s[0])), len(s)*4) // wasm is little-endian
	}
	u := js.Global().Get("Uint8Array").New(len(b))
	js.CopyBytesToJS(u, b)
	return u
}

func main() {
	api := map[string]any{
		"init": js.FuncOf(func(_ js.Value, a []js.Value) any {
			r, err := replica.New([]byte(a[0].String()))
			if err != nil {
				return errObj(err)
			}
			rep = r
			c := r.Config()
			return map[string]any{"hash": r.Hash(), "chunkSize": c.Chunk.Heightmap, "seaLevel": c.SeaLevel}
		}),
		"applyPacket": js.FuncOf(func(_ js.Value, a []js.Value) any {
			b := make([]byte, a[0].Get("length").Int())
			js.CopyBytesToGo(b, a[0])
			ds, err := rep.ApplyPacket(b)
			if err != nil {
				return errObj(err)
			}
			aff := rep.Affected(ds)
			flat := make([]int32, 0, 2*len(aff))
			for _, c := range aff {
				flat = append(flat, c[0], c[1])
			}
			ids := make([]any, len(ds))
			for i, d := range ds {
				ids[i] = map[string]any{"origin": strconv.FormatUint(d.ID.Origin, 10), "seq": float64(d.ID.Seq)}
			}
			arr := js.Global().Get("Int32Array").New(bytesOf(flat).Get("buffer"))
			return map[string]any{"added": len(ds), "affected": arr, "edits": ids}
		}),
		"chunk": js.FuncOf(func(_ js.Value, a []js.Value) any {
			m, err := rep.Chunk(int32(a[0].Int()), int32(a[1].Int()), a[2].Int())
			if err != nil {
				return errObj(err)
			}
			return map[string]any{
				"positions": bytesOf(m.Positions), "normals": bytesOf(m.Normals), "colors": bytesOf(m.Colors),
				"uvs": bytesOf(m.UVs), "indices": bytesOf(m.Indices), "hash": replica.ChunkHash(m),
			}
		}),
		"height": js.FuncOf(func(_ js.Value, a []js.Value) any {
			return rep.Height(a[0].Float(), a[1].Float())
		}),
	}
	js.Global().Set("procgen", js.ValueOf(api))
	select {}
}
