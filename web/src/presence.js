import * as THREE from 'three';

// Presence shows the other viewers' cameras: a cone at the camera pointing at its target,
// a line to the target, and the viewer's name.
export class Presence {
  constructor(scene) {
    this.scene = scene;
    this.viewers = new Map(); // client id → {meta, group}
    this.self = '';
  }

  label(text) {
    const c = document.createElement('canvas');
    c.width = 256; c.height = 64;
    const g = c.getContext('2d');
    g.font = '28px system-ui, sans-serif';
    g.fillStyle = 'rgba(20,24,32,0.75)';
    g.fillRect(0, 0, 256, 64);
    g.fillStyle = '#ffe27a';
    g.fillText(text.slice(0, 16), 10, 42);
    const s = new THREE.Sprite(new THREE.SpriteMaterial({ map: new THREE.CanvasTexture(c), depthTest: false }));
    s.scale.set(40, 10, 1);
    s.position.y = 16;
    return s;
  }

  upsert(id, meta) {
    if (id === this.self) return;
    let v = this.viewers.get(id);
    if (!v) {
      const group = new THREE.Group();
      const cone = new THREE.Mesh(new THREE.ConeGeometry(7, 18, 16), new THREE.MeshBasicMaterial({ color: 0xffcc33 }));
      cone.rotation.x = Math.PI / 2; // the cone's tip looks along +z before lookAt turns the group
      const body = new THREE.Group();
      body.add(cone);
      group.add(body);
      group.add(this.label(meta.name || id));
      const line = new THREE.Line(new THREE.BufferGeometry().setFromPoints([new THREE.Vector3(), new THREE.Vector3()]),
        new THREE.LineBasicMaterial({ color: 0xffcc33 }));
      this.scene.add(group);
      this.scene.add(line);
      v = { group, body, line, meta };
      this.viewers.set(id, v);
    }
    v.meta = meta;
    this.changed = true;
    const cam = meta.camera;
    v.group.visible = v.line.visible = !!cam;
    if (cam) {
      const p = new THREE.Vector3(...cam.pos), t = new THREE.Vector3(...cam.target);
      v.group.position.copy(p);
      v.body.lookAt(t);
      v.line.geometry.setFromPoints([p, t]);
    }
  }

  remove(id) {
    const v = this.viewers.get(id);
    if (!v) return;
    this.scene.remove(v.group);
    this.scene.remove(v.line);
    this.viewers.delete(id);
    this.changed = true;
  }

  state(s) {
    for (const id of [...this.viewers.keys()]) if (!(id in s)) this.remove(id);
    for (const [id, meta] of Object.entries(s)) this.upsert(id, meta);
  }

  diff(d) {
    for (const id of Object.keys(d.leaves || {})) this.remove(id);
    for (const [id, meta] of Object.entries(d.joins || {})) this.upsert(id, meta);
  }

  list() { return [...this.viewers.entries()].map(([id, v]) => ({ id, name: v.meta.name, camera: v.meta.camera })); }
}
