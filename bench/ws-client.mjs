// A minimal WebSocket client (RFC 6455) over a plain TCP socket, for the co-editing benchmark. With hundreds of
// clients in the measuring process, the per-frame cost of a full client library (a stream parser per socket, an
// event per message) would queue up behind every broadcast and be counted as server delay. Here a client in
// "recording" mode only copies each TCP read into one growing buffer and notes its arrival time; frames are
// parsed after the run, each dated by the read that completed it. Copying, rather than keeping each read's
// Buffer, leaves nothing for the garbage collector to promote: hundreds of thousands of retained Buffers would
// bring collection pauses into the measuring process, counted as delay.
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import { performance } from 'node:perf_hooks';

const OP = { binary: 2, close: 8, ping: 9, pong: 10 };
const READ_BUFFER = Buffer.allocUnsafe(256 * 1024);

/** Incremental parser of unmasked server frames; calls `onFrame(opcode, payload, t)` for each complete one. */
class FrameParser {
  pending = null;
  constructor(onFrame) {
    this.onFrame = onFrame;
  }
  push(chunk, t) {
    let buf = this.pending ? Buffer.concat([this.pending, chunk]) : chunk;
    let at = 0;
    for (;;) {
      if (buf.length - at < 2) break;
      const b0 = buf[at];
      const b1 = buf[at + 1];
      let len = b1 & 0x7f;
      let head = 2;
      if (len === 126) {
        if (buf.length - at < 4) break;
        len = buf.readUInt16BE(at + 2);
        head = 4;
      } else if (len === 127) {
        if (buf.length - at < 10) break;
        len = Number(buf.readBigUInt64BE(at + 2));
        head = 10;
      }
      if (buf.length - at < head + len) break;
      this.onFrame(b0 & 0x0f, buf.subarray(at + head, at + head + len), t);
      at += head + len;
    }
    this.pending = at < buf.length ? Buffer.from(buf.subarray(at)) : null;
  }
}

/** A copy of a Buffer or Float64Array at least `need` long (doubling, so growth costs O(1) per element). */
function grow(a, need) {
  let n = a.length * 2;
  while (n < need) n *= 2;
  const b = a instanceof Buffer ? Buffer.allocUnsafe(n) : new Float64Array(n);
  b.set(a);
  return b;
}

/** A masked client frame (clients must mask, RFC 6455 §5.3). */
function clientFrame(opcode, payload) {
  const n = payload.length;
  const head = n < 126 ? 2 : n < 65536 ? 4 : 10;
  const out = Buffer.allocUnsafe(head + 4 + n);
  out[0] = 0x80 | opcode;
  if (n < 126) out[1] = 0x80 | n;
  else if (n < 65536) {
    out[1] = 0x80 | 126;
    out.writeUInt16BE(n, 2);
  } else {
    out[1] = 0x80 | 127;
    out.writeBigUInt64BE(BigInt(n), 2);
  }
  const mask = randomBytes(4);
  mask.copy(out, head);
  for (let i = 0; i < n; i++) out[head + 4 + i] = payload[i] ^ mask[i & 3];
  return out;
}

/**
 * Opens a WebSocket to `ws://127.0.0.1:<port><path>`. `onMessage(payload)` receives binary messages until
 * `record()` is called; from then on reads are only stored, and `recorded()` parses them afterwards.
 */
export function openRaw(port, path, { onOpen, onMessage }) {
  // `onread` reads into one shared buffer and calls back without a Buffer per read or a stream event: the
  // cheapest read Node offers, so the measuring process keeps up with the servers it measures.
  const socket = net.connect({ host: '127.0.0.1', port, onread: { buffer: READ_BUFFER, callback: onRead } });
  socket.setNoDelay(true);
  const c = {
    socket,
    open: false,
    closed: false,
    recording: false,
    /** While recording: the bytes read, where each read ends in them, and when it arrived. */
    bytes: Buffer.allocUnsafe(16 * 1024),
    used: 0,
    ends: new Float64Array(1024),
    times: new Float64Array(1024),
    reads: 0,
    /** Arrival time of the last read while recording (0 before any). */
    lastRead: () => (c.reads ? c.times[c.reads - 1] : 0),
    send: (payload) => socket.write(clientFrame(OP.binary, payload)),
    close: () => {
      if (c.closed) return;
      if (c.open) socket.write(clientFrame(OP.close, Buffer.from([0x03, 0xe8])));
      socket.end();
    },
    record: () => {
      c.recording = true;
    },
    /** Every message received while recording, in order: [{ t, payload }]. */
    recorded: () => {
      const out = [];
      const tail = new FrameParser((op, payload, t) => op === OP.binary && out.push({ t, payload }));
      tail.pending = parser.pending;
      let from = 0;
      for (let i = 0; i < c.reads; i++) {
        tail.push(c.bytes.subarray(from, c.ends[i]), c.times[i]);
        from = c.ends[i];
      }
      return out;
    },
  };
  const parser = new FrameParser((op, payload) => {
    if (op === OP.binary) onMessage(payload);
    else if (op === OP.ping) socket.write(clientFrame(OP.pong, payload));
    else if (op === OP.close) socket.end();
  });
  let handshake = Buffer.alloc(0);
  socket.on('connect', () => {
    socket.write(
      `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
        `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\nSec-WebSocket-Version: 13\r\n\r\n`,
    );
  });
  function onRead(nread, buf) {
    let chunk = buf.subarray(0, nread);
    if (c.recording) {
      // Measurement hot path: a timestamp and a copy of the bytes, nothing else.
      const t = performance.now();
      if (c.used + chunk.length > c.bytes.length) c.bytes = grow(c.bytes, c.used + chunk.length);
      if (c.reads === c.times.length) {
        c.times = grow(c.times, c.reads + 1);
        c.ends = grow(c.ends, c.reads + 1);
      }
      chunk.copy(c.bytes, c.used);
      c.used += chunk.length;
      c.ends[c.reads] = c.used;
      c.times[c.reads++] = t;
      return true;
    }
    // Outside measurement, keep a copy: the read buffer is reused by the next read of any socket.
    chunk = Buffer.from(chunk);
    if (!c.open) {
      handshake = Buffer.concat([handshake, chunk]);
      const end = handshake.indexOf('\r\n\r\n');
      if (end < 0) return;
      const status = handshake.subarray(0, handshake.indexOf('\r\n')).toString();
      if (!/^HTTP\/1\.1 101/.test(status)) {
        socket.destroy(new Error(`upgrade refused: ${status}`));
        return false;
      }
      c.open = true;
      onOpen(c);
      chunk = handshake.subarray(end + 4);
      if (!chunk.length) return true;
    }
    parser.push(chunk, performance.now());
    return true;
  }
  socket.on('close', () => (c.closed = true));
  socket.on('error', () => undefined);
  return c;
}
