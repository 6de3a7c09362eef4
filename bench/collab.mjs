// pnpm bench:collab — live co-editing under load: Concordia's collab server against @hocuspocus/server (in
// memory) with the same workload and the same clients; then cold loads of drafts from PostgreSQL.
//
// Workload: one draft, N connected clients (50 / 200 / 500), one writer typing one character every TYPE_MS.
// Delay = time from the writer's edit to its arrival at a client, over every (edit, client) pair. Clients only
// timestamp and keep the raw frames while the run lasts (decoded afterwards), so the measuring process adds as
// little as possible to the delays it measures. Needs PostgreSQL on 127.0.0.1:5432 (TEST_PG_URL to change).
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(ROOT, 'server/package.json'));
const { WebSocket } = require('ws');
const Y = require('yjs');
const encoding = require('lib0/encoding');
const decoding = require('lib0/decoding');
const { Client: Pg } = require('pg');
const resolution = require(join(ROOT, 'packages/resolution/dist/index.js'));

const SIZES = (process.env.BENCH_SIZES ?? '50,200,500').split(',').map(Number);
const CHARS = Number(process.env.BENCH_CHARS ?? 200);
const TYPE_MS = Number(process.env.BENCH_TYPE_MS ?? 20);
const PG_ADMIN = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const PASSWORD = 'concordia-demo';

// ------------------------------------------------------------------ servers

function startServer(kind, env = {}) {
  const child = fork(join(ROOT, 'bench/collab-server.cjs'), [kind], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (m) => resolve({ child, port: m.port }));
    child.once('exit', (c) => reject(new Error(`${kind} exited with ${c}`)));
  });
}
const stats = (child) =>
  new Promise((resolve) => {
    child.once('message', resolve);
    child.send('stats');
  });
const stop = (child) =>
  new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });

// ------------------------------------------------------------------ the two protocols

/** y-websocket framing (Concordia) or Hocuspocus framing (document name first, auth message first). */
const protocols = {
  concordia: {
    url: (port, draftId, token) => `ws://127.0.0.1:${port}/collab/${draftId}?token=${token}`,
    hello: () => [
      frame(
        null,
        (e) => (
          encoding.writeVarUint(e, 0),
          encoding.writeVarUint(e, 0),
          encoding.writeVarUint8Array(e, Y.encodeStateVector(new Y.Doc()))
        ),
      ),
    ],
    docName: false,
  },
  hocuspocus: {
    url: (port) => `ws://127.0.0.1:${port}`,
    hello: (name) => [
      frame(
        name,
        (e) => (
          encoding.writeVarUint(e, 2),
          encoding.writeVarUint(e, 0),
          encoding.writeVarString(e, 'token')
        ),
      ),
      frame(
        name,
        (e) => (
          encoding.writeVarUint(e, 0),
          encoding.writeVarUint(e, 0),
          encoding.writeVarUint8Array(e, Y.encodeStateVector(new Y.Doc()))
        ),
      ),
    ],
    docName: true,
  },
};
function frame(name, body) {
  const e = encoding.createEncoder();
  if (name !== null) encoding.writeVarString(e, name);
  body(e);
  return encoding.toUint8Array(e);
}
/** Sync messages of a frame: { sub, update } or null. */
function parse(buf, docName) {
  const d = decoding.createDecoder(new Uint8Array(buf));
  if (docName) decoding.readVarString(d);
  if (decoding.readVarUint(d) !== 0) return null;
  const sub = decoding.readVarUint(d);
  return { sub, update: decoding.readVarUint8Array(d) };
}

function openClient(kind, url, name) {
  const p = protocols[kind];
  const ws = new WebSocket(url, { perMessageDeflate: false });
  const c = { ws, frames: [], synced: false, closed: false };
  ws.binaryType = 'nodebuffer';
  ws.on('message', (data) => {
    if (!c.synced) {
      const m = parse(data, p.docName);
      if (m && m.sub === 1) {
        c.synced = true;
        c.initial = m.update;
      }
      return;
    }
    // Measurement hot path: a timestamp and the frame, nothing else.
    c.frames.push(performance.now(), data);
  });
  ws.on('close', () => (c.closed = true));
  ws.on('error', () => undefined);
  ws.on('open', () => {
    for (const f of p.hello(name)) ws.send(f);
  });
  return c;
}

async function until(cond, what, ms = 60_000) {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timeout: ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

const pct = (sorted, p) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;

async function runLoad(kind, port, target, n) {
  const p = protocols[kind];
  const name = `bench-${randomBytes(4).toString('hex')}`;
  const url = p.url(port, target.draftId, target.readerToken);
  const readers = [];
  for (let i = 0; i < n; i += 50) {
    for (let j = i; j < Math.min(n, i + 50); j++) readers.push(openClient(kind, url, name));
    await until(() => readers.every((r) => r.synced), `${kind}: ${n} clients synced`);
  }
  // The writer: a real Y.Doc, synced first, then typing into one paragraph.
  const writer = openClient(kind, p.url(port, target.draftId, target.writerToken), name);
  await until(() => writer.synced, 'writer synced');
  const doc = new Y.Doc();
  Y.applyUpdate(doc, writer.initial);
  const send = (u) =>
    writer.ws.send(
      frame(
        p.docName ? name : null,
        (e) => (encoding.writeVarUint(e, 0), encoding.writeVarUint(e, 2), encoding.writeVarUint8Array(e, u)),
      ),
    );
  doc.on('update', send);
  const frag = doc.getXmlFragment(resolution.FRAGMENT);
  let text;
  if (kind === 'concordia') {
    const op = frag.toArray().find((e) => e.nodeName === resolution.N.operative);
    const para = new Y.XmlElement(resolution.N.para);
    text = new Y.XmlText('Bench: ');
    para.insert(0, [text]);
    op.insert(op.length, [para]);
  } else {
    const para = new Y.XmlElement(resolution.N.para);
    text = new Y.XmlText('Bench: ');
    para.insert(0, [text]);
    frag.insert(frag.length, [para]);
  }
  // Let the paragraph itself arrive everywhere before timing starts.
  await new Promise((r) => setTimeout(r, 300));
  for (const r of readers) r.frames.length = 0;
  await stats(target.child); // resets the event-loop histogram
  const sent = new Map(); // clock -> time
  for (let i = 0; i < CHARS; i++) {
    const clock = Y.getState(doc.store, doc.clientID);
    sent.set(clock, performance.now());
    text.insert(text.length, String.fromCharCode(97 + (i % 26)));
    await new Promise((r) => setTimeout(r, TYPE_MS));
  }
  const expected = CHARS * readers.length;
  const received = () => readers.reduce((s, r) => s + r.frames.length / 2, 0);
  await until(() => received() >= expected, 'all updates received', 10_000).catch(() => undefined);
  const server = await stats(target.child);
  // Decode after the run: which of the writer's characters each frame carried.
  const delays = [];
  let lost = 0;
  for (const r of readers) {
    const got = new Set();
    for (let i = 0; i < r.frames.length; i += 2) {
      const m = parse(r.frames[i + 1], p.docName);
      if (!m || m.sub !== 2) continue;
      for (const s of Y.decodeUpdate(m.update).structs) {
        if (s.id.client !== doc.clientID) continue;
        for (let k = 0; k < s.length; k++) {
          const t0 = sent.get(s.id.clock + k);
          if (t0 === undefined || got.has(s.id.clock + k)) continue;
          got.add(s.id.clock + k);
          delays.push(r.frames[i] - t0);
        }
      }
    }
    lost += CHARS - got.size;
  }
  delays.sort((a, b) => a - b);
  for (const c of [...readers, writer]) c.ws.close();
  await until(() => [...readers, writer].every((c) => c.closed), 'clients closed', 10_000).catch(
    () => undefined,
  );
  doc.destroy();
  return {
    p50: pct(delays, 50),
    p99: pct(delays, 99),
    max: delays[delays.length - 1],
    lost,
    rssMb: server.rss / 2 ** 20,
    loop: server.loop,
  };
}

// ------------------------------------------------------------------ cold loads

async function login(port, email) {
  const res = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (!res.ok) throw new Error(`login ${email}: ${res.status}`);
  return (await res.json()).accessToken;
}

/** The load path of the server (lock, draft, snapshot, tail, Y.Doc), timed from this process. */
async function dbLoad(db, draftId) {
  const t0 = performance.now();
  await db.query('BEGIN');
  await db.query(`SELECT pg_advisory_xact_lock(hashtext('collab:' || $1::text))`, [draftId]);
  await db.query(`SELECT text, title_fr, title_en FROM drafts WHERE id = $1`, [draftId]);
  const snap = await db.query(`SELECT state FROM collab_snapshots WHERE draft_id = $1`, [draftId]);
  const rows = await db.query(`SELECT update FROM collab_updates WHERE draft_id = $1 ORDER BY id`, [draftId]);
  await db.query('COMMIT');
  const doc = new Y.Doc();
  Y.applyUpdate(doc, snap.rows[0].state);
  for (const r of rows.rows) Y.applyUpdate(doc, r.update);
  const ms = performance.now() - t0;
  const paragraphs = resolution.yDocToText(doc).operative.length;
  doc.destroy();
  return { ms, bytes: snap.rows[0].state.length, paragraphs };
}

/** Time from opening a WebSocket on an unloaded draft to the whole document received (server cold load included). */
async function wsColdLoad(port, draftId, token) {
  const t0 = performance.now();
  const c = openClient('concordia', protocols.concordia.url(port, draftId, token), '');
  await until(() => c.synced, 'cold sync');
  const ms = performance.now() - t0;
  c.ws.close();
  await until(() => c.closed, 'closed');
  return ms;
}

function syntheticText(n) {
  const para = (i) =>
    `Prie instamment les États Membres de renforcer la coopération internationale en matière de prévention du crime et de justice pénale, paragraphe ${i + 1}${i % 10 === 0 ? `[^f${i}]` : ''}, notamment par l’échange d’informations;`;
  const footnotes = {};
  for (let i = 0; i < n; i += 10) footnotes[`f${i}`] = `Résolution 76/${i}.`;
  return {
    language: 'fr',
    preamble: Array.from(
      { length: 50 },
      (_, i) => `Rappelant sa résolution 75/${i + 1} du 16 décembre 2020,`,
    ),
    operative: Array.from({ length: n }, (_, i) =>
      i % 25 === 0 ? { text: para(i), sub: ['en soutenant;', 'en obtenant;'] } : para(i),
    ),
    footnotes,
  };
}

// ------------------------------------------------------------------ main

async function main() {
  const dbName = `concordia_bench_${randomBytes(4).toString('hex')}`;
  const admin = new Pg({ connectionString: PG_ADMIN });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  const dbUrl = new URL(PG_ADMIN);
  dbUrl.pathname = `/${dbName}`;
  const results = { concordia: {}, hocuspocus: {} };
  let concordia;
  let hocus;
  const db = new Pg({ connectionString: dbUrl.toString() });
  try {
    concordia = await startServer('concordia', {
      DATABASE_URL: dbUrl.toString(),
      PORT: '0',
      HOST: '127.0.0.1',
      CONCORDIA_DEMO: 'true',
      CONCORDIA_LOG_LEVEL: 'log',
      REDIS_URL: '',
    });
    hocus = await startServer('hocuspocus');
    await db.connect();
    const writerToken = await login(concordia.port, 'belarus@concordia.test');
    const readerToken = await login(concordia.port, 'france@concordia.test');
    const draft = async (symbol) =>
      (await db.query(`SELECT id FROM drafts WHERE symbol = $1`, [symbol])).rows[0].id;
    const l10 = await draft('A/C.3/76/L.10/Rev.1');
    for (const n of SIZES) {
      for (const kind of ['hocuspocus', 'concordia']) {
        const target =
          kind === 'concordia'
            ? { child: concordia.child, draftId: l10, writerToken, readerToken }
            : { child: hocus.child, draftId: 'l10', writerToken: 'x', readerToken: 'x' };
        const port = kind === 'concordia' ? concordia.port : hocus.port;
        const r = await runLoad(kind, port, target, n);
        results[kind][n] = r;
        console.log(
          `${kind.padEnd(10)} ${String(n).padStart(3)} clients  p50 ${r.p50.toFixed(2)} ms  p99 ${r.p99.toFixed(2)} ms  max ${r.max.toFixed(2)} ms  lost ${r.lost}  RSS ${r.rssMb.toFixed(0)} MB  loop p99 ${r.loop.p99.toFixed(2)} ms max ${r.loop.max.toFixed(2)} ms`,
        );
      }
    }

    // Cold loads. Draft VII as imported, and a synthetic 2,000-paragraph draft in the same session.
    const vii = await draft('A/C.3/76/L.9/Rev.1');
    const big = (
      await db.query(
        `INSERT INTO drafts (session_id, symbol, agenda_item_id, title_fr, origin, status, text)
         SELECT session_id, 'A/C.3/76/L.BENCH', agenda_item_id, 'Projet synthétique de 2 000 paragraphes', origin, status, $2::jsonb FROM drafts WHERE id = $1 RETURNING id`,
        [vii, JSON.stringify(syntheticText(2000))],
      )
    ).rows[0].id;
    results.coldLoad = {};
    for (const [label, id] of [
      ['draft VII (A/C.3/76/L.9/Rev.1)', vii],
      ['synthetic 2,000 paragraphs', big],
    ]) {
      const first = await wsColdLoad(concordia.port, id, readerToken); // builds the document from drafts.text
      // Wait for the unload (no connection left) so that the next open is a cold load from the snapshot.
      const unloaded = () => new Promise((r) => setTimeout(r, 2600));
      const ws = [];
      for (let i = 0; i < 3; i++) {
        await unloaded();
        ws.push(await wsColdLoad(concordia.port, id, readerToken));
      }
      await unloaded();
      const dbRuns = [];
      for (let i = 0; i < 20; i++) dbRuns.push(await dbLoad(db, id));
      const ms = dbRuns.map((r) => r.ms).sort((a, b) => a - b);
      const r = {
        firstBuildWsMs: first,
        wsColdMs: ws.sort((a, b) => a - b),
        dbLoadMedianMs: pct(ms, 50),
        dbLoadMaxMs: ms[ms.length - 1],
        snapshotKb: dbRuns[0].bytes / 1024,
        paragraphs: dbRuns[0].paragraphs,
      };
      results.coldLoad[label] = r;
      console.log(
        `cold load ${label}: ${r.paragraphs} operative paragraphs, snapshot ${r.snapshotKb.toFixed(0)} kB; store load (lock + snapshot + tail + Y.Doc) median ${r.dbLoadMedianMs.toFixed(1)} ms, max ${r.dbLoadMaxMs.toFixed(1)} ms; WebSocket open → full document ${r.wsColdMs.map((x) => x.toFixed(1)).join(' / ')} ms; first open (built from drafts.text) ${r.firstBuildWsMs.toFixed(1)} ms`,
      );
    }
    console.log(JSON.stringify(results));
  } finally {
    await db.end().catch(() => undefined);
    if (concordia) await stop(concordia.child);
    if (hocus) await stop(hocus.child);
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
  }
}

await main();
process.exit(0);
