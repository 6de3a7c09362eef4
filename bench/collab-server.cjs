// One server under test, in its own process so that its memory and event loop are measured alone.
// Usage: node bench/collab-server.cjs concordia|hocuspocus  (env for concordia: DATABASE_URL, …)
// Reports to the parent over IPC: {port} once listening, {rss, loop} when asked with 'stats'.
const path = require('node:path');
const { monitorEventLoopDelay } = require('node:perf_hooks');

const loop = monitorEventLoopDelay({ resolution: 1 });
loop.enable();
process.on('message', (m) => {
  if (m === 'stats') {
    process.send({
      rss: process.memoryUsage().rss,
      loop: { p50: loop.percentile(50) / 1e6, p99: loop.percentile(99) / 1e6, max: loop.max / 1e6 },
    });
    loop.reset();
  }
});

const kind = process.argv[2];
if (kind === 'hocuspocus') {
  const req = require('node:module').createRequire(path.join(__dirname, '../server/package.json'));
  const { Server } = req('@hocuspocus/server');
  // In memory (no extension): the peer does strictly less work per update than Concordia, which also writes to PostgreSQL.
  const server = new Server({ port: 0, address: '127.0.0.1', quiet: true });
  server.listen().then(() => process.send({ port: server.address.port }));
} else {
  // The built Concordia server; its start-up log line carries the port.
  const origLog = process.stdout.write.bind(process.stdout);
  process.stdout.write = (chunk, ...rest) => {
    const m = /listening on http:\/\/localhost:(\d+)/.exec(String(chunk));
    if (m) process.send({ port: Number(m[1]) });
    return origLog(chunk, ...rest);
  };
  require(path.join(__dirname, '../server/dist/main.js'));
}
