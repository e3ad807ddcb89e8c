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

const addrFile = path.join(OUT, 'sidecar.addr');
fs.rmSync(addrFile, { force: true });
const sidecar = start('sidecar', env.SIDECAR_BIN, ['-addr', '127.0.0.1:0', '-addr-file', addrFile, '-store', path.join(OUT, 'sidecar.sqlite'),
  '-world', WORLD, '-seed', '5', '-web', env.WEB_DIST], { PROCGEN_DATABASE_URL: env.DATABASE_URL || '' });
let godot = null;
let browser = null;
let viewer2 = null;
try {
  const addr = await until('the sidecar to listen', () => fs.existsSync(addrFile) && fs.readFileSync(addrFile, 'utf8').trim(), 120000);
  const base = `http://${addr}/`;
  const api = async (p) => (await fetch(base + p)).json();

  if (env.GODOT) {
    godot = start('godot', env.GODOT, ['--headless', '--path', env.GODOT_PROJECT, '-s', 'res://tests/sidecar/godot_peer.gd'], {
      PEER_WORLD: WORLD, PEER_STORE: path.resolve(OUT, 'godot.sqlite'), PEER_X: '0', PEER_Z: '0',
      PEER_EDIT_X: String(EDIT_X), PEER_EDIT_Z: String(EDIT_Z), PEER_DONE: path.resolve(OUT, 'done'),
      PROCGEN_DATABASE_URL: env.DATABASE_URL,
    });
  }

  browser = await chromium.launch({
    executablePath: env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
  });
  const open = async (name) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const log = fs.createWriteStream(path.join(OUT, `page-${name}.log`));
    page.on('console', (m) => log.write(m.type() + ': ' + m.text() + '\n'));
    page.on('pageerror', (e) => { log.write('pageerror: ' + e.message + '\n'); });
    await page.goto(`${base}?world=${WORLD}&name=${name}&view=8`);
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
  if (godot) {
    fs.writeFileSync(path.join(OUT, 'done'), '');
    const r = await Promise.race([godot.exited, sleep(60000).then(() => ({ code: 'timeout' }))]);
    if (r.code !== 0) { fail('the Godot peer exits cleanly', `exit ${r.code ?? r.sig} (see godot.log)`); godot.kill('SIGKILL'); }
    else pass('the Godot peer exits cleanly');
  }
  sidecar.kill('SIGTERM');
  const r = await Promise.race([sidecar.exited, sleep(30000).then(() => ({ code: 'timeout' }))]);
  if (r.code === 0) pass('the sidecar shuts down cleanly on SIGTERM');
  else { fail('the sidecar shuts down cleanly on SIGTERM', `exit ${r.code ?? r.sig}`); sidecar.kill('SIGKILL'); }
}
process.exit(failed ? 1 : 0);
