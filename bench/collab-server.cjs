// One server under test, in its own process so that its memory and event loop are measured alone.
// Usage: node bench/collab-server.cjs concordia|hocuspocus  (env for concordia: DATABASE_URL, …)
// Reports to the parent over IPC: {port} once listening; {rss, loop, fanout, append, gc} when asked with 'stats'
// (and starts counting afresh); {cpuUs} (CPU time used so far, user + system) when asked with 'cpu'; {gc: true}
// after a full garbage collection when asked with 'gc'.
//
// `fanout` times each server's own broadcast of a document change to its connections (the loop that writes one
// message to every socket), measured inside the process by wrapping that one method: the part of the delay that
// is the server's work alone, free of the measuring clients' share. `append` is Concordia's write of an update to
// the PostgreSQL log, which comes before its broadcast.
const path = require('node:path');
const { constants, monitorEventLoopDelay, performance, PerformanceObserver } = require('node:perf_hooks');

const loop = monitorEventLoopDelay({ resolution: 1 });
loop.enable();
const samples = { fanout: [], append: [], compact: [] };
// Garbage collection pauses, to tell a stall of the server's own work from the collector's.
const gc = { n: 0, ms: 0, max: 0, major: 0 };
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    gc.n += 1;
    gc.ms += e.duration;
    gc.max = Math.max(gc.max, e.duration);
    if (e.detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) gc.major += 1;
  }
}).observe({ entryTypes: ['gc'] });
const summary = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return s.length ? { n: s.length, p50: at(0.5), p99: at(0.99), max: s[s.length - 1] } : null;
};
process.on('message', (m) => {
  if (m === 'stats') {
    process.send({
      rss: process.memoryUsage().rss,
      loop: { p50: loop.percentile(50) / 1e6, p99: loop.percentile(99) / 1e6, max: loop.max / 1e6 },
      fanout: summary(samples.fanout),
      append: summary(samples.append),
      gc: { ...gc },
      compact: summary(samples.compact),
    });
    Object.assign(gc, { n: 0, ms: 0, max: 0, major: 0 });
    loop.reset();
    samples.fanout.length = 0;
    samples.append.length = 0;
    samples.compact.length = 0;
  } else if (m === 'gc') {
    // A full collection between runs (the bench starts servers with --expose-gc).
    global.gc();
    process.send({ gc: true });
  } else if (m === 'cpu') {
    const u = process.cpuUsage();
    process.send({ cpuUs: u.user + u.system });
  }
});

/** Wraps `proto[name]` to record its duration into `into` when `when(this, args)` holds (awaits promises). */
function timed(proto, name, into, when = () => true) {
  const original = proto[name];
  if (typeof original !== 'function') throw new Error(`bench: no method ${name} to time`);
  proto[name] = function (...args) {
    if (!when(this, args)) return original.apply(this, args);
    const t0 = performance.now();
    const out = original.apply(this, args);
    if (out && typeof out.then === 'function') return out.finally(() => into.push(performance.now() - t0));
    into.push(performance.now() - t0);
    return out;
  };
}
// Only broadcasts to the crowd count: presence messages to a handful of sockets while clients connect do not.
const crowd = 50;

const kind = process.argv[2];
const req = require('node:module').createRequire(path.join(__dirname, '../server/package.json'));
if (kind === 'hocuspocus') {
  const { Server, Document } = req('@hocuspocus/server');
  timed(Document.prototype, 'broadcast', samples.fanout, (doc) => doc.getConnectionsCount() >= crowd);
  // The same draft as Concordia serves: the bench sends its state ({ seed: base64 }) before the first run, and
  // every document the peer opens starts from it, so both servers sync, hold and update a document of one size.
  const Y = req('yjs');
  let seed = null;
  process.on('message', (m) => {
    if (m && typeof m === 'object' && typeof m.seed === 'string') {
      seed = Buffer.from(m.seed, 'base64');
      process.send({ seeded: seed.length });
    }
  });
  // In memory (no persistence extension): the peer does strictly less work per update than Concordia, which
  // also writes to PostgreSQL.
  const server = new Server({
    port: 0,
    address: '127.0.0.1',
    quiet: true,
    onLoadDocument: ({ document }) => {
      if (seed) Y.applyUpdate(document, seed);
    },
  });
  server.listen().then(() => process.send({ port: server.address.port }));
} else {
  const { CollabService } = require(path.join(__dirname, '../server/dist/collab/collab.service.js'));
  const { CollabStore } = require(path.join(__dirname, '../server/dist/collab/collab.store.js'));
  timed(CollabService.prototype, 'broadcast', samples.fanout, (_s, [live]) => live.conns.size >= crowd);
  timed(CollabStore.prototype, 'append', samples.append);
  // Compactions during a run (they should wait for a pause in typing).
  timed(CollabStore.prototype, 'compact', samples.compact);
  // The built Concordia server; its start-up log line carries the port.
  const origLog = process.stdout.write.bind(process.stdout);
  process.stdout.write = (chunk, ...rest) => {
    const m = /listening on http:\/\/localhost:(\d+)/.exec(String(chunk));
    if (m) process.send({ port: Number(m[1]) });
    return origLog(chunk, ...rest);
  };
  require(path.join(__dirname, '../server/dist/main.js'));
}
