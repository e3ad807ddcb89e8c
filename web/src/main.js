import * as THREE from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import { Channel } from './channel.js';
import { Workers } from './workers.js';
import { Terrain } from './terrain.js';
import { Presence } from './presence.js';

const params = new URLSearchParams(location.search);
const $ = (id) => document.getElementById(id);

async function pickWorld() {
  if (params.get('world')) return params.get('world');
  const headers = params.get('token') ? { Authorization: 'Bearer ' + params.get('token') } : {};
  const r = await fetch('worlds', { headers });
  const j = await r.json();
  if (!r.ok) throw new Error(j.error || r.statusText);
  if (!j.worlds.length) throw new Error('the sidecar has no world yet: start it with -world <id>');
  return j.worlds[0].id;
}

function fail(e) {
  $('error').textContent = String(e && e.message ? e.message : e);
  console.error(e);
}

async function start() {
  const worldId = await pickWorld();
  $('world').textContent = worldId;

  const renderer = new THREE.WebGLRenderer({ canvas: $('view'), antialias: true, preserveDrawingBuffer: true });
  renderer.setPixelRatio(Math.min(devicePixelRatio, 2));
  const scene = new THREE.Scene();
  scene.background = new THREE.Color(0x9cc4e4);
  scene.fog = new THREE.Fog(0x9cc4e4, 500, 1100);
  const camera = new THREE.PerspectiveCamera(55, 1, 1, 4000);
  camera.position.set(-170, 190, 230);
  scene.add(new THREE.HemisphereLight(0xdfefff, 0x4a4030, 1.1));
  const sun = new THREE.DirectionalLight(0xffffff, 1.6);
  sun.position.set(-300, 500, 200);
  scene.add(sun);
  const controls = new OrbitControls(camera, renderer.domElement);
  controls.target.set(0, 10, 0);
  controls.maxPolarAngle = Math.PI * 0.49;
  controls.enableDamping = true;

  const resize = () => {
    const w = innerWidth, h = innerHeight;
    renderer.setSize(w, h, false);
    camera.aspect = w / h;
    camera.updateProjectionMatrix();
  };
  addEventListener('resize', resize);
  resize();

  const nWorkers = Math.max(1, Math.min(4, (navigator.hardwareConcurrency || 2) - 1));
  const workers = new Workers(nWorkers);
  const presence = new Presence(scene);
  const wsURL = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + location.pathname.replace(/[^/]*$/, '') + 'ws';
  const channel = new Channel(wsURL, worldId, { token: params.get('token') || '', name: params.get('name') || 'browser' });

  const state = {
    worldId, joined: false, caughtUp: false, access: 'read', hash: '', edits: 0, clientId: '',
    terrain: null, lastError: '', verify: '', packets: 0,
  };
  let terrain = null;
  let initDone = null;

  channel.addEventListener('status', (e) => {
    const s = e.detail;
    state.joined = false;
    $('status').textContent = s.state + (s.reason ? ': ' + s.reason : '') + (s.error ? ': ' + s.error : '');
    $('status').className = 'status bad';
  });
  channel.addEventListener('joined', async (e) => {
    const r = e.detail;
    state.clientId = r.client_id;
    state.access = r.access;
    presence.self = r.client_id;
    if (!initDone) {
      state.hash = r.world.hash;
      initDone = workers.init(JSON.stringify(r.world.config)).then((res) => {
        const bad = res.find((x) => x.error || x.hash !== r.world.hash);
        if (bad) throw new Error('the page generates another world: ' + (bad.error || bad.hash));
        terrain = new Terrain(scene, workers, r.world.config.chunk.heightmap, { viewDistance: Number(params.get('view') || 10), maxInFlight: 12 * nWorkers });
        state.terrain = terrain;
        const sea = new THREE.Mesh(new THREE.PlaneGeometry(8000, 8000), new THREE.MeshLambertMaterial({ color: 0x2f6fa8, transparent: true, opacity: 0.55 }));
        sea.rotation.x = -Math.PI / 2;
        sea.position.y = r.world.config.sea_level;
        scene.add(sea);
      }).catch(fail);
    }
    state.joined = true;
    $('status').textContent = 'joined (' + r.access + '), catching up ' + r.catch_up_edits + ' edits';
    $('status').className = 'status ok';
  });
  // Edit packets go to the workers in arrival order; the first worker reports the edits it
  // added, which advance the resume position and invalidate the chunks they touch.
  channel.addEventListener('packet', async (e) => {
    state.packets++;
    await initDone;
    workers.packet(e.detail);
  });
  workers.onEdits = (m) => {
    if (m.error) { fail('edit packet: ' + m.error); return; }
    channel.advance(m.edits);
    state.edits += m.added;
    if (terrain) terrain.invalidate(m.affected);
  };
  channel.addEventListener('caught_up', (e) => {
    state.caughtUp = true;
    $('status').textContent = 'live (' + state.access + ')';
  });
  channel.addEventListener('presence_state', (e) => presence.state(e.detail));
  channel.addEventListener('presence_diff', (e) => presence.diff(e.detail));
  channel.addEventListener('error', (e) => { state.lastError = e.detail.error; fail(e.detail.error); });
  channel.connect();

  // Tools: orbit, or raise/lower terrain where the mouse clicks.
  let tool = 'orbit';
  const setTool = (t) => {
    tool = t;
    document.querySelectorAll('input[name=tool]').forEach((i) => { i.checked = i.value === t; });
    controls.mouseButtons.LEFT = t === 'orbit' ? THREE.MOUSE.ROTATE : null;
  };
  document.querySelectorAll('input[name=tool]').forEach((i) => i.addEventListener('change', () => setTool(i.value)));
  const keys = new Set();
  addEventListener('keydown', (e) => {
    if (e.key === 'o') setTool('orbit');
    if (e.key === 'r') setTool('raise');
    if (e.key === 'l') setTool('lower');
    keys.add(e.key.toLowerCase());
  });
  addEventListener('keyup', (e) => keys.delete(e.key.toLowerCase()));
  controls.mouseButtons.RIGHT = THREE.MOUSE.ROTATE;

  const raycaster = new THREE.Raycaster();
  async function edit(kind, x, z, radius = 10, amount = 4) {
    const r = await channel.push('edit', { kind, x, y: 0, z, radius, amount });
    if (r.status !== 'ok') { fail('edit refused: ' + r.response.error); }
    else $('error').textContent = '';
    return r;
  }
  renderer.domElement.addEventListener('pointerdown', (e) => {
    if (tool === 'orbit' || e.button !== 0 || !terrain) return;
    const rect = renderer.domElement.getBoundingClientRect();
    const ndc = new THREE.Vector2(((e.clientX - rect.left) / rect.width) * 2 - 1, -((e.clientY - rect.top) / rect.height) * 2 + 1);
    raycaster.setFromCamera(ndc, camera);
    const hit = raycaster.intersectObjects(terrain.group.children, false)[0];
    if (hit) edit(tool, Math.round(hit.point.x * 4) / 4, Math.round(hit.point.z * 4) / 4);
  });

  // The camera, for presence, at most 5 times a second and only when it moved.
  let lastCam = '';
  setInterval(() => {
    const pos = camera.position.toArray().map((v) => Math.round(v * 10) / 10);
    const target = controls.target.toArray().map((v) => Math.round(v * 10) / 10);
    const s = JSON.stringify([pos, target]);
    if (s !== lastCam && state.joined) { lastCam = s; channel.sendCamera(pos, target); }
  }, 200);

  // Now and then, check one chunk against the sidecar's native generation.
  async function verify(cx = 0, cz = 0, step = 1) {
    const headers = params.get('token') ? { Authorization: 'Bearer ' + params.get('token') } : {};
    const r = await fetch(`worlds/${encodeURIComponent(worldId)}/chunks/${cx}/${cz}?step=${step}`, { headers });
    const server = await r.json();
    const same = JSON.stringify(sortPos(server.position)) === JSON.stringify(sortPos(channel.position));
    const mine = await workers.hashChunk(cx, cz, step);
    const ok = mine === server.hash;
    if (same) {
      state.verify = ok ? 'ok' : 'mismatch';
      $('verify').textContent = ok ? `chunk (${cx},${cz}) bit-identical to the server ✓` : `chunk (${cx},${cz}) differs from the server ✗`;
      $('verify').className = ok ? 'ok' : 'bad';
    }
    return { browser: mine, server: server.hash, samePosition: same };
  }
  const sortPos = (p) => Object.keys(p || {}).sort().map((k) => [k, p[k]]);
  setInterval(() => { if (state.caughtUp) verify().catch(() => {}); }, 10000);

  const clock = new THREE.Clock();
  let lastGen = -1;
  let needsRender = true;
  controls.addEventListener('change', () => { needsRender = true; });
  addEventListener('resize', () => { needsRender = true; });
  function frame() {
    const dt = Math.min(clock.getDelta(), 0.1);
    const speed = 160 * dt;
    const fwd = new THREE.Vector3(); camera.getWorldDirection(fwd); fwd.y = 0; fwd.normalize();
    const right = new THREE.Vector3().crossVectors(fwd, camera.up).normalize();
    const move = new THREE.Vector3();
    if (keys.has('w') || keys.has('arrowup')) move.add(fwd);
    if (keys.has('s') || keys.has('arrowdown')) move.sub(fwd);
    if (keys.has('d') || keys.has('arrowright')) move.add(right);
    if (keys.has('a') || keys.has('arrowleft')) move.sub(right);
    if (move.lengthSq() > 0) { move.normalize().multiplyScalar(speed); camera.position.add(move); controls.target.add(move); }
    const moved = controls.update();
    if (terrain) terrain.update(controls.target.x, controls.target.z);
    // Render only when something changed: software renderers and laptops thank us.
    const gen = terrain ? terrain.generated : 0;
    if (moved || move.lengthSq() > 0 || gen !== lastGen || presence.changed || needsRender) {
      renderer.render(scene, camera);
      lastGen = gen;
      presence.changed = false;
      needsRender = false;
    }
    const st = terrain ? terrain.stats() : { loaded: 0, pending: 0, generated: 0, genP50: 0 };
    $('stats').textContent = `edits ${state.edits} · chunks ${st.loaded} (${st.pending} to do) · wasm ${st.genP50.toFixed(2)} ms/chunk · viewers ${presence.viewers.size + 1}`;
    requestAnimationFrame(frame);
  }
  requestAnimationFrame(frame);

  // For tests and the console.
  window.procgen = {
    state, channel, presence, camera, controls,
    stats: () => ({ ...(terrain ? terrain.stats() : {}), edits: state.edits, caughtUp: state.caughtUp, joined: state.joined, position: { ...channel.position } }),
    hashChunk: (cx, cz, step = 1) => workers.hashChunk(cx, cz, step),
    height: (x, z) => workers.height(x, z),
    edit, verify, setTool,
    viewers: () => presence.list(),
  };
}

start().catch(fail);
