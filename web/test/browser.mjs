// Browser tests of the sidecar's page, in headless Chromium driven by playwright-core, with a
// headless Godot server sharing the world through PostgreSQL. Prints one PASS or FAIL line
// per check (scripts/test.d/70-sidecar-web.sh runs it).
//
// Environment: SIDECAR_BIN, WEB_DIST, DATABASE_URL (a fresh schema), OUT (a folder),
// GODOT and GODOT_PROJECT (skip the Godot checks when unset), CHROMIUM (default
// /usr/bin/chromium).
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';

const env = process.env;
const OUT = env.OUT || 'test/out';
fs.mkdirSync(OUT, { recursive: true });
const WORLD = 'web-' + Date.now().toString(36);
const EDIT_X = 96, EDIT_Z = -64; // where the Godot server edits
const EDIT2_X = -96, EDIT2_Z = 64; // where the second Godot server edits
const PROBES = [[0, 0], [EDIT_X, EDIT_Z], [EDIT2_X, EDIT2_Z]];
let failed = 0;
const pass = (name) => console.log('PASS ' + name);
const fail = (name, why) => { failed++; console.log('FAIL ' + name + ': ' + why); };
// fromBits decodes the little-endian hex of a float64 (how the Godot peer prints heights).
const fromBits = (hex) => Buffer.from(hex, 'hex').readDoubleLE(0);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function until(what, f, ms = 60000, every = 200) {
  const end = Date.now() + ms;
  let last;
  while (Date.now() < end) {
    last = await f();
    if (last) return last;
    await sleep(every);
  }
  throw new Error('timed out waiting for ' + what);
}

// A child process whose stdout lines can be awaited.
function start(name, cmd, args, extraEnv) {
  const log = fs.createWriteStream(path.join(OUT, name + '.log'));
  const p = spawn(cmd, args, { env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines = [];
  const waiters = [];
  const rl = readline.createInterface({ input: p.stdout });
  rl.on('line', (l) => {
    log.write(l + '\n');
    lines.push(l);
    for (const w of [...waiters]) if (l.startsWith(w.prefix)) { waiters.splice(waiters.indexOf(w), 1); w.resolve(l); }
  });
  p.stderr.on('data', (d) => log.write(d));
  p.exited = new Promise((r) => p.on('exit', (code, sig) => r({ code, sig })));
  p.line = (prefix, ms = 120000) => {
    const seen = lines.find((l) => l.startsWith(prefix));
    if (seen) return Promise.resolve(seen);
    const fl = lines.find((l) => l.startsWith('FAIL'));
    if (fl) return Promise.reject(new Error(fl));
    return new Promise((resolve, reject) => {
      const w = { prefix, resolve };
      waiters.push(w);
      const failW = { prefix: 'FAIL', resolve: (l) => reject(new Error(l)) };
      waiters.push(failW);
      setTimeout(() => reject(new Error(`${name}: no "${prefix}" line in ${ms / 1000} s (see ${name}.log)`)), ms);
      p.exited.then((x) => reject(new Error(`${name} exited (${x.code ?? x.sig}) before "${prefix}" (see ${name}.log)`)));
    });
  };
  return p;
}

function startSidecar(name) {
  const addrFile = path.join(OUT, name + '.addr');
  fs.rmSync(addrFile, { force: true });
  const p = start(name, env.SIDECAR_BIN, ['-addr', '127.0.0.1:0', '-addr-file', addrFile, '-store', path.join(OUT, name + '.sqlite'),
    '-world', WORLD, '-seed', '5', '-web', env.WEB_DIST], { PROCGEN_DATABASE_URL: env.DATABASE_URL || '' });
  p.addr = () => until(name + ' to listen', () => fs.existsSync(addrFile) && fs.readFileSync(addrFile, 'utf8').trim(), 120000);
  return p;
}
function startGodot(name, ex, ez) {
  return start(name, env.GODOT, ['--headless', '--path', env.GODOT_PROJECT, '-s', 'res://tests/sidecar/godot_peer.gd'], {
    PEER_WORLD: WORLD, PEER_STORE: path.resolve(OUT, name + '.sqlite'), PEER_X: '0', PEER_Z: '0',
    PEER_EDIT_X: String(ex), PEER_EDIT_Z: String(ez), PEER_DONE: path.resolve(OUT, 'done'),
    PEER_PROBES: PROBES.map((p) => p.join(',')).join(';'), PROCGEN_DATABASE_URL: env.DATABASE_URL,
  });
}
const sidecar = startSidecar('sidecar');
let sidecarB = null;
let godot = null;
let godot2 = null;
let browser = null;
let viewer2 = null;
try {
  const base = `http://${await sidecar.addr()}/`;
  const api = async (p, b = base) => (await fetch(b + p)).json();
  // A second sidecar on the same database, once the first has stored the world.
  if (env.DATABASE_URL) sidecarB = startSidecar('sidecar-b');

  if (env.GODOT) {
    godot = startGodot('godot', EDIT_X, EDIT_Z);
    if (env.DATABASE_URL) godot2 = startGodot('godot-b', EDIT2_X, EDIT2_Z);
  }

  browser = await chromium.launch({
    executablePath: env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
  });
  const open = async (name, url) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const log = fs.createWriteStream(path.join(OUT, `page-${name}.log`));
    page.on('console', (m) => log.write(m.type() + ': ' + m.text() + '\n'));
    page.on('pageerror', (e) => { log.write('pageerror: ' + e.message + '\n'); });
    await page.goto(`${url || base}?world=${WORLD}&name=${name}&view=8`);
    return page;
  };
  const page = await open('page-one');
  const stats = () => page.evaluate(() => window.procgen && window.procgen.stats());

  // 1. The page loads, joins and streams the terrain around the camera.
  try {
    const s = await until('the page to stream its view', async () => {
      const s = await stats();
      return s && s.caughtUp && s.loaded >= 150 && s.pending === 0 && s;
    }, 180000);
    const hud = await page.evaluate(() => document.getElementById('stats').textContent);
    pass(`page loads and streams (${s.loaded} chunks, wasm p50 ${s.genP50.toFixed(2)} ms/chunk; HUD: ${hud})`);
  } catch (e) { fail('page loads and streams', e.message); throw e; }

  // 2. An edit made with the mouse in the page reaches the Godot server.
  if (godot) {
    try {
      const ready = await godot.line('READY');
      const [, h0bits, godotHash] = ready.split(' ');
      const h0 = fromBits(h0bits);
      const info = await api(`worlds/${WORLD}`);
      if (godotHash !== info.hash) throw new Error(`Godot runs world ${godotHash}, the sidecar ${info.hash}`);
      // Aim the camera at the surface at (0, 0), pick the raise tool, click the centre.
      await page.evaluate(async () => {
        const p = window.procgen;
        const h = await p.height(0, 0);
        const dy = h - p.controls.target.y;
        p.controls.target.set(0, h, 0);
        p.camera.position.y += dy;
        p.controls.update();
        p.setTool('raise');
      });
      await sleep(300);
      const before = (await stats()).edits;
      await page.mouse.click(640, 360);
      await until('the page to receive its own edit', async () => (await stats()).edits > before, 30000);
      const line = await godot.line('SAW_BROWSER_EDIT', 60000);
      pass(`an edit made with the mouse in the page reaches the Godot server (get_height(0, 0) ${h0.toFixed(3)} → ${fromBits(line.split(' ')[1]).toFixed(3)})`);
    } catch (e) { fail('an edit made in the page reaches the Godot server', e.message); }

    // 3. The Godot server's edit appears in the page, to the bit.
    try {
      const line = await godot.line('GODOT_EDIT', 60000);
      const hGodot = fromBits(line.split(' ')[2]);
      const h = await until('the Godot edit in the page', async () => {
        const h = await page.evaluate(([x, z]) => window.procgen.height(x, z), [EDIT_X, EDIT_Z]);
        return h === hGodot && h;
      }, 60000);
      await until('the page to regenerate the chunks', async () => (await stats()).pending === 0, 60000);
      pass(`an edit made on the Godot server appears in the page (height ${h} at (${EDIT_X}, ${EDIT_Z}) equals Godot's get_height)`);
    } catch (e) { fail('an edit made on the Godot server appears in the page', e.message); }
  }

  // 3b. Two sidecars and two Godot servers on one PostgreSQL converge: both sidecars reach
  // the same position, a page on the second sidecar and both Godot servers see the same
  // heights, to the bit, where the page and each Godot server edited.
  if (godot2 && sidecarB) {
    try {
      const baseB = `http://${await sidecarB.addr()}/`;
      await godot2.line('GODOT_EDIT', 120000);
      const posA = await until('both sidecars to converge', async () => {
        const a = await api(`worlds/${WORLD}`), b = await api(`worlds/${WORLD}`, baseB);
        const pa = JSON.stringify(Object.entries(a.position).sort()), pb = JSON.stringify(Object.entries(b.position).sort());
        return Object.keys(a.position).length === 3 && pa === pb && a.position;
      }, 90000);
      const page3 = await open('page-three', baseB);
      const p3stats = () => page3.evaluate(() => window.procgen && window.procgen.stats());
      await until('the page on the second sidecar to catch up', async () => {
        const s = await p3stats();
        return s && s.caughtUp && JSON.stringify(Object.entries(s.position).sort()) === JSON.stringify(Object.entries(posA).sort());
      }, 120000);
      const h1 = await page.evaluate((pts) => Promise.all(pts.map(([x, z]) => window.procgen.height(x, z))), PROBES);
      const h3 = await page3.evaluate((pts) => Promise.all(pts.map(([x, z]) => window.procgen.height(x, z))), PROBES);
      fs.writeFileSync(path.join(OUT, 'done'), '');
      const f1 = (await godot.line('FINAL', 60000)).split(' ').slice(1).map(fromBits);
      const f2 = (await godot2.line('FINAL', 60000)).split(' ').slice(1).map(fromBits);
      const same = (a, b) => a.length === b.length && a.every((v, i) => v === b[i]);
      if (!same(h1, h3) || !same(h1, f1) || !same(h1, f2)) {
        throw new Error(`heights at ${JSON.stringify(PROBES)}: page on A ${h1}, page on B ${h3}, Godot 1 ${f1}, Godot 2 ${f2}`);
      }
      await page3.close();
      pass(`two sidecars and two Godot servers on one PostgreSQL converge (3 origins; heights ${h1.map((h) => h.toFixed(3)).join(', ')} equal everywhere)`);
    } catch (e) { fail('two sidecars and two Godot servers converge', e.message); }
  }

  // 4. Chunk hashes computed in the browser (wasm) equal the sidecar's native ones, edits included.
  try {
    await until('positions to agree', async () => {
      const info = await api(`worlds/${WORLD}`);
      const s = await stats();
      return JSON.stringify(Object.entries(info.position).sort()) === JSON.stringify(Object.entries(s.position).sort());
    }, 30000);
    const chunks = [[0, 0, 1], [-1, -1, 1], [-1, 0, 2], [1, -1, 1], [1, -2, 2], [3, 2, 4], [-6, 5, 8], [2, 2, 1]];
    const bad = [];
    for (const [cx, cz, step] of chunks) {
      const mine = await page.evaluate(([a, b, c]) => window.procgen.hashChunk(a, b, c), [cx, cz, step]);
      const native = (await api(`worlds/${WORLD}/chunks/${cx}/${cz}?step=${step}`)).hash;
      if (mine !== native) bad.push(`(${cx},${cz}) step ${step}: browser ${mine.slice(0, 12)} native ${native.slice(0, 12)}`);
    }
    if (bad.length) throw new Error(bad.join('; '));
    pass(`browser chunk hashes equal the Go-native ones (${chunks.length} chunks, steps 1-8, with the edits)`);
  } catch (e) { fail('browser chunk hashes equal the Go-native ones', e.message); }

  // 5. Presence: a second viewer (kept open for the screenshot) appears, with its camera, in the first page.
  try {
    const page2 = await open('page-two');
    await until('the second viewer in the first page', async () => {
      const v = await page.evaluate(() => window.procgen.viewers());
      return v.some((x) => x.name === 'page-two' && x.camera);
    }, 60000);
    // Move the second camera so that the first page shows it in view.
    await page2.evaluate(() => {
      const p = window.procgen;
      p.camera.position.set(40, 90, -40);
      p.controls.target.set(-60, 0, 60);
      p.controls.update();
    });
    await until('the moved camera', async () => {
      const v = await page.evaluate(() => window.procgen.viewers());
      return v.some((x) => x.name === 'page-two' && x.camera && x.camera.pos[0] === 40);
    }, 30000);
    pass('presence: the second viewer and its camera are shown in the first page');
    viewer2 = page2;
  } catch (e) { fail('presence shows other viewers', e.message); }

  // 6. Screenshot.
  try {
    await page.evaluate(() => {
      const p = window.procgen;
      p.setTool('orbit');
      p.controls.target.set(0, 10, 0);
      p.camera.position.set(-170, 190, 230);
      p.controls.update();
    });
    await sleep(1500);
    await until('a settled view', async () => (await stats()).pending === 0, 60000);
    await page.screenshot({ path: path.join(OUT, 'page.png') });
    pass(`screenshot saved (${path.join(OUT, 'page.png')})`);
    if (viewer2) await viewer2.close();
  } catch (e) { fail('screenshot', e.message); }
} catch (e) {
  if (!failed) fail('browser test', e.stack || e.message);
} finally {
  if (browser) await browser.close().catch(() => {});
  fs.writeFileSync(path.join(OUT, 'done'), '');
  let bad = 0;
  for (const g of [godot, godot2].filter(Boolean)) {
    const r = await Promise.race([g.exited, sleep(60000).then(() => ({ code: 'timeout' }))]);
    if (r.code !== 0) { bad++; fail('the Godot peer exits cleanly', `exit ${r.code ?? r.sig} (see the godot logs)`); g.kill('SIGKILL'); }
  }
  if (godot && !bad) pass('the Godot peers exit cleanly');
  bad = 0;
  for (const sc of [sidecar, sidecarB].filter(Boolean)) {
    sc.kill('SIGTERM');
    const r = await Promise.race([sc.exited, sleep(30000).then(() => ({ code: 'timeout' }))]);
    if (r.code !== 0) { bad++; fail('the sidecar shuts down cleanly on SIGTERM', `exit ${r.code ?? r.sig}`); sc.kill('SIGKILL'); }
  }
  if (!bad) pass('the sidecars shut down cleanly on SIGTERM');
}
process.exit(failed ? 1 : 0);
