// A pool of generation workers, each holding the same replica of the world: every edit
// packet goes to all of them, chunk requests to the least busy one.
export class Workers {
  constructor(n) {
    this.list = [];
    this.nextId = 1;
    this.waiting = new Map(); // id → {resolve, worker}
    this.onEdits = null;
    this.packetSeq = 0;
    for (let i = 0; i < n; i++) {
      const w = new Worker('worker.js');
      w.busy = 0;
      w.onmessage = (e) => this.receive(w, e.data);
      w.onerror = (e) => console.error('worker error', e.message);
      this.list.push(w);
    }
  }

  receive(w, m) {
    if (m.type === 'edits') { if (this.onEdits) this.onEdits(m); return; }
    const p = this.waiting.get(m.id);
    if (!p) return;
    this.waiting.delete(m.id);
    w.busy--;
    p.resolve(m);
  }

  call(w, msg) {
    const id = this.nextId++;
    w.busy++;
    return new Promise((resolve) => {
      this.waiting.set(id, { resolve });
      w.postMessage({ ...msg, id });
    });
  }

  init(config) {
    return Promise.all(this.list.map((w) => new Promise((resolve) => {
      const prev = w.onmessage;
      w.onmessage = (e) => { if (e.data.type === 'init') { w.onmessage = prev; resolve(e.data); } else prev(e); };
      w.postMessage({ type: 'init', config });
    })));
  }

  // packet hands an edit packet to every worker; the first reports what it added.
  packet(data) {
    const seq = ++this.packetSeq;
    this.list.forEach((w, i) => w.postMessage({ type: 'packet', data, seq, report: i === 0 }));
  }

  idlest() { return this.list.reduce((a, b) => (b.busy < a.busy ? b : a)); }

  busy() { return this.list.reduce((n, w) => n + w.busy, 0); }

  chunk(cx, cz, step) { return this.call(this.idlest(), { type: 'chunk', cx, cz, step }); }

  // Heights and verification hashes come from the first worker, which has every packet
  // the page received before the call.
  height(x, z) { return this.call(this.list[0], { type: 'height', x, z }).then((m) => m.height); }

  hashChunk(cx, cz, step) { return this.call(this.list[0], { type: 'chunk', cx, cz, step }).then((m) => m.hash); }
}
