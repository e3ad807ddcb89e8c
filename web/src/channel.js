// The sidecar's realtime channel (protocol 1, see sidecar/doc.go): Phoenix-style JSON
// envelopes, netproto binary frames for edits, resume from the last position.
export class Channel extends EventTarget {
  constructor(url, worldId, { token = '', name = '' } = {}) {
    super();
    this.url = url;
    this.topic = 'world:' + worldId;
    this.token = token;
    this.name = name;
    this.position = {}; // origin (decimal string) → highest seq applied
    this.ref = 0;
    this.pending = new Map();
    this.backoff = 500;
    this.closed = false;
    this.camera = null;
  }

  connect() {
    const ws = new WebSocket(this.url, ['procgen.v1']);
    ws.binaryType = 'arraybuffer';
    this.ws = ws;
    ws.onopen = () => {
      this.backoff = 500;
      this.emit('status', { state: 'joining' });
      const payload = { name: this.name, position: this.position };
      if (this.token) payload.token = this.token;
      if (this.camera) payload.camera = this.camera;
      this.push('phx_join', payload).then((r) => {
        if (r.status !== 'ok') {
          this.emit('status', { state: 'refused', error: r.response.error });
          return;
        }
        this.emit('joined', r.response);
      });
      this.heartbeat = setInterval(() => this.send('phoenix', 'heartbeat', {}), 30000);
    };
    ws.onmessage = (e) => {
      if (typeof e.data !== 'string') { this.emit('packet', e.data); return; }
      const m = JSON.parse(e.data);
      if (m.event === 'phx_reply' && m.ref != null && this.pending.has(m.ref)) {
        const resolve = this.pending.get(m.ref);
        this.pending.delete(m.ref);
        resolve(m.payload);
        return;
      }
      this.emit(m.event, m.payload);
    };
    ws.onclose = (e) => {
      clearInterval(this.heartbeat);
      for (const resolve of this.pending.values()) resolve({ status: 'error', response: { error: 'disconnected', reason: 'disconnected' } });
      this.pending.clear();
      this.emit('status', { state: 'closed', code: e.code, reason: e.reason });
      if (this.closed) return;
      setTimeout(() => this.connect(), this.backoff);
      this.backoff = Math.min(this.backoff * 2, 10000);
    };
  }

  emit(type, detail) { this.dispatchEvent(new CustomEvent(type, { detail })); }

  send(topic, event, payload) {
    const ref = String(++this.ref);
    if (this.ws && this.ws.readyState === WebSocket.OPEN) {
      this.ws.send(JSON.stringify({ topic, event, payload, ref }));
    }
    return ref;
  }

  // push sends an event on the world topic and resolves with its reply.
  push(event, payload) {
    return new Promise((resolve) => {
      if (!this.ws || this.ws.readyState !== WebSocket.OPEN) {
        resolve({ status: 'error', response: { error: 'not connected', reason: 'disconnected' } });
        return;
      }
      const ref = this.send(this.topic, event, payload);
      this.pending.set(ref, resolve);
    });
  }

  // advance records edits applied (origin strings and seqs) into the resume position.
  advance(edits) {
    for (const { origin, seq } of edits) {
      if (!(this.position[origin] >= seq)) this.position[origin] = seq;
    }
  }

  sendCamera(pos, target) {
    this.camera = { pos, target };
    if (this.ws && this.ws.readyState === WebSocket.OPEN) this.send(this.topic, 'camera', this.camera);
  }
}
