// A generation worker: procgen (Go, compiled to WebAssembly) holding a replica of the
// world. Messages are handled in order, so a chunk asked for after a packet includes its
// edits.
importScripts('wasm_exec.js');

const go = new Go();
const ready = WebAssembly.instantiateStreaming(fetch('procgen.wasm'), go.importObject).then((r) => {
  go.run(r.instance);
});

function f32(u8) { return new Float32Array(u8.buffer, u8.byteOffset, u8.byteLength / 4); }

onmessage = async (e) => {
  await ready;
  const m = e.data;
  switch (m.type) {
    case 'init': {
      const r = globalThis.procgen.init(m.config);
      postMessage({ type: 'init', ...r });
      break;
    }
    case 'packet': {
      const r = globalThis.procgen.applyPacket(new Uint8Array(m.data));
      if (m.report) postMessage({ type: 'edits', seq: m.seq, error: r.error, added: r.added, affected: r.affected, edits: r.edits });
      break;
    }
    case 'chunk': {
      const t0 = performance.now();
      const r = globalThis.procgen.chunk(m.cx, m.cz, m.step);
      const ms = performance.now() - t0;
      if (r.error) { postMessage({ type: 'chunk', id: m.id, error: r.error }); break; }
      const out = {
        type: 'chunk', id: m.id, cx: m.cx, cz: m.cz, step: m.step, hash: r.hash, ms,
        positions: f32(r.positions), normals: f32(r.normals), colors: f32(r.colors),
        indices: new Uint32Array(r.indices.buffer),
      };
      postMessage(out, [out.positions.buffer, out.normals.buffer, out.colors.buffer, out.indices.buffer]);
      break;
    }
    case 'height': {
      postMessage({ type: 'height', id: m.id, height: globalThis.procgen.height(m.x, m.z) });
      break;
    }
  }
};
