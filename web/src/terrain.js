import * as THREE from 'three';

// Terrain streams heightmap chunks around a centre, nearest first, with coarser levels of
// detail further away, and regenerates the chunks edits touch.
export class Terrain {
  constructor(scene, workers, chunkSize, { viewDistance = 10, maxInFlight = 6 } = {}) {
    this.scene = scene;
    this.workers = workers;
    this.size = chunkSize;
    this.viewDistance = viewDistance;
    this.maxInFlight = maxInFlight;
    this.chunks = new Map(); // "x,z" → {x, z, mesh, step, version, built, inflight}
    this.group = new THREE.Group();
    scene.add(this.group);
    this.material = new THREE.MeshLambertMaterial({ vertexColors: true });
    this.inFlight = 0;
    this.genMs = [];
    this.generated = 0;
  }

  stepFor(d) {
    if (d <= 2) return 1;
    if (d <= 4) return 2;
    if (d <= 7) return 4;
    return 8;
  }

  // invalidate marks chunks for regeneration (edits touched them).
  invalidate(list) {
    for (let i = 0; i < list.length; i += 2) {
      const c = this.chunks.get(list[i] + ',' + list[i + 1]);
      if (c) c.version++;
    }
  }

  // update requests what the view around (x, z) needs, nearest first, and frees what is far.
  update(x, z) {
    this.center = [x, z];
    const ccx = Math.floor(x / this.size), ccz = Math.floor(z / this.size);
    const R = this.viewDistance;
    const want = [];
    for (let dz = -R; dz <= R; dz++) {
      for (let dx = -R; dx <= R; dx++) {
        const d = Math.hypot(dx, dz);
        if (d > R + 0.5) continue;
        want.push({ x: ccx + dx, z: ccz + dz, d, step: this.stepFor(Math.max(Math.abs(dx), Math.abs(dz))) });
      }
    }
    want.sort((a, b) => a.d - b.d);
    const keep = new Set();
    for (const w of want) {
      const key = w.x + ',' + w.z;
      keep.add(key);
      let c = this.chunks.get(key);
      if (!c) { c = { x: w.x, z: w.z, mesh: null, step: 0, version: 1, built: 0, inflight: false }; this.chunks.set(key, c); }
      if (c.inflight || this.inFlight >= this.maxInFlight) continue;
      if (c.built === c.version && c.step === w.step) continue;
      this.request(c, w.step);
    }
    for (const [key, c] of this.chunks) {
      if (!keep.has(key) && !c.inflight) {
        if (c.mesh) { this.group.remove(c.mesh); c.mesh.geometry.dispose(); }
        this.chunks.delete(key);
      }
    }
  }

  request(c, step) {
    c.inflight = true;
    this.inFlight++;
    const version = c.version;
    this.workers.chunk(c.x, c.z, step).then((m) => {
      c.inflight = false;
      this.inFlight--;
      if (m.error) { console.error('chunk', c.x, c.z, m.error); return; }
      this.install(c, m, step, version);
      // Keep the workers busy between frames (rendering may be slow).
      if (this.center) this.update(...this.center);
    });
  }

  install(c, m, step, version) {
    const idx = m.indices;
    for (let i = 0; i < idx.length; i += 3) { const t = idx[i + 1]; idx[i + 1] = idx[i + 2]; idx[i + 2] = t; } // Godot's clockwise → three.js counter-clockwise
    const g = new THREE.BufferGeometry();
    g.setAttribute('position', new THREE.BufferAttribute(m.positions, 3));
    g.setAttribute('normal', new THREE.BufferAttribute(m.normals, 3));
    g.setAttribute('color', new THREE.BufferAttribute(m.colors, 4));
    g.setIndex(new THREE.BufferAttribute(idx, 1));
    g.computeBoundingSphere();
    const mesh = new THREE.Mesh(g, this.material);
    mesh.position.set(c.x * this.size, 0, c.z * this.size);
    mesh.userData = { chunk: c, hash: m.hash };
    if (c.mesh) { this.group.remove(c.mesh); c.mesh.geometry.dispose(); }
    if (!this.chunks.has(c.x + ',' + c.z)) { g.dispose(); return; }
    c.mesh = mesh;
    c.step = step;
    c.built = version;
    this.group.add(mesh);
    this.generated++;
    this.genMs.push(m.ms);
    if (this.genMs.length > 200) this.genMs.shift();
  }

  stats() {
    let loaded = 0, stale = 0;
    for (const c of this.chunks.values()) {
      if (c.mesh) loaded++;
      if (!c.mesh || c.built !== c.version) stale++;
    }
    const ms = [...this.genMs].sort((a, b) => a - b);
    return { loaded, pending: stale, inFlight: this.inFlight, generated: this.generated, genP50: ms.length ? ms[ms.length >> 1] : 0 };
  }
}
