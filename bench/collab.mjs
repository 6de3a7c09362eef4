// pnpm bench:collab — live co-editing under load: Concordia's collab server against @hocuspocus/server (in
// memory) with the same workload and the same clients; then cold loads of drafts from PostgreSQL.
//
// Workload: one draft, N connected clients (50 / 200 / 500), one writer typing one character every TYPE_MS.
// Delay = time from the writer's edit to its arrival at a client, over every (edit, client) pair. Clients only
// timestamp and keep the raw bytes while the run lasts (decoded afterwards), so the measuring process adds as
// little as possible to the delays it measures. Needs PostgreSQL on 127.0.0.1:5432 (TEST_PG_URL to change).
//
// Fairness on a small machine: the server under test runs on its own core(s) and the measuring process (all the
// clients and the writer) on another (taskset), so the two do not take turns on one core; each size is run
// ROUNDS times, alternating which server goes first, and the summary compares medians over the rounds.
import { execFileSync, fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { openRaw } from './ws-client.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(ROOT, 'server/package.json'));
const Y = require('yjs');
const encoding = require('lib0/encoding');
const decoding = require('lib0/decoding');
const { Client: Pg } = require('pg');
const resolution = require(join(ROOT, 'packages/resolution/dist/index.js'));

// BENCH_SIZES=0: cold loads only.
const SIZES = (process.env.BENCH_SIZES ?? '50,200,500')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const CHARS = Number(process.env.BENCH_CHARS ?? 300);
const TYPE_MS = Number(process.env.BENCH_TYPE_MS ?? 20);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const PG_ADMIN = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const PASSWORD = 'concordia-demo';

// ------------------------------------------------------------------ cores

/** Servers on every core but the last, this process (clients and writer) on the last; null where impossible. */
function cores() {
  const n = availableParallelism();
  if (n < 2 || process.env.BENCH_PIN === '0') return null;
  try {
    execFileSync('taskset', ['-V'], { stdio: 'ignore' });
  } catch {
    return null;
  }
  return { servers: n === 2 ? '0' : `0-${n - 2}`, clients: String(n - 1) };
}
const CORES = cores();
const pin = (pid, list) =>
  CORES && execFileSync('taskset', ['-a', '-cp', list, String(pid)], { stdio: 'ignore' });

/**
 * Moves the local PostgreSQL server (its postmaster and every process of it, and so every backend it forks
 * later) off the servers' core, onto the measuring one; returns a function that puts it back. In production the
 * database is on a machine of its own. Left floating here, its processes (the append's backend, the WAL writer,
 * autovacuum of the log) preempt Concordia's broadcast loop on the servers' core, which Hocuspocus, having no
 * database, never suffers; on the measuring core they only delay the clients' reads of Concordia's messages,
 * which counts against Concordia. Null when PostgreSQL is not a local process this user may pin.
 */
async function pinPostgres(admin) {
  if (!CORES) return null;
  try {
    const backend = (await admin.query('SELECT pg_backend_pid() AS pid')).rows[0].pid;
    const status = readFileSync(`/proc/${backend}/status`, 'utf8');
    const postmaster = Number(/^PPid:\s+(\d+)/m.exec(status)[1]);
    const processes = () => [
      postmaster,
      ...execFileSync('pgrep', ['-P', String(postmaster)], { encoding: 'utf8' })
        .split(/\s+/)
        .filter(Boolean),
    ];
    const before = /: (.+)$/.exec(
      execFileSync('taskset', ['-cp', String(postmaster)], { encoding: 'utf8' }).trim(),
    )[1];
    for (const pid of processes()) pin(pid, CORES.clients);
    return () => {
      for (const pid of processes()) {
        try {
          pin(pid, before);
        } catch {
          // A process that ended meanwhile.
        }
      }
    };
  } catch {
    return null;
  }
}

// ------------------------------------------------------------------ servers

function startServer(kind, env = {}) {
  const child = fork(join(ROOT, 'bench/collab-server.cjs'), [kind], {
    env: { ...process.env, ...env },
    // BENCH_PROFILE=DIR: a V8 CPU profile of each server, written to DIR when it stops.
    execArgv: [
      '--expose-gc',
      ...(process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : []),
    ],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  pin(child.pid, CORES?.servers);
  return new Promise((resolve, reject) => {
    child.once('message', (m) => resolve({ child, port: m.port }));
    child.once('exit', (c) => reject(new Error(`${kind} exited with ${c}`)));
  });
}
/** One request to a server process over IPC ('stats', 'cpu' or 'gc', see collab-server.cjs) and its answer. */
const ask = (child, what) =>
  new Promise((resolve) => {
    child.once('message', resolve);
    child.send(what);
  });
const stats = (child) => ask(child, 'stats');
const cpuUs = async (child) => (await ask(child, 'cpu')).cpuUs;
/**
 * Waits until every server has used under 2% of a core for half a second, then has each collect its garbage.
 * A server's work after a run (closing 500 sockets; for Concordia, unloading and compacting the document) must
 * not land in the next server's run on the same core; nor must the collection of what that run left behind
 * (in one run, full collections of leftovers fell in the rounds where Concordia ran twice in a row).
 */
async function quiet(children, { collect = true } = {}) {
  const end = Date.now() + 20_000;
  for (;;) {
    const before = await Promise.all(children.map(cpuUs));
    await new Promise((r) => setTimeout(r, 500));
    const after = await Promise.all(children.map(cpuUs));
    if (after.every((a, i) => a - before[i] < 10_000) || Date.now() > end) break;
  }
  if (collect) for (const c of children) await ask(c, 'gc');
}
const stop = (child) =>
  new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });

// ------------------------------------------------------------------ the two protocols

/** y-websocket framing (Concordia) or Hocuspocus framing (document name first, auth message first). */
const protocols = {
  concordia: {
    // The writer asks for `saved` acknowledgements, as the app's editor does (Hocuspocus sends its writer a
    // SyncStatus per update unasked), so both servers answer the writer as well as fanning out.
    path: (draftId, token, writer = false) => `/collab/${draftId}?token=${token}${writer ? '&acks=1' : ''}`,
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
    path: () => '/',
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

/** A benchmark client: y-websocket or Hocuspocus framing on the minimal raw client (ws-client.mjs). */
function openClient(kind, port, path, name) {
  const p = protocols[kind];
  const c = openRaw(port, path, {
    onOpen: (raw) => {
      for (const f of p.hello(name)) raw.send(f);
    },
    onMessage: (payload) => {
      const m = parse(payload, p.docName);
      if (m && m.sub === 1 && !c.synced) {
        c.synced = true;
        c.initial = m.update;
      } else if (m && m.sub === 2 && c.synced) c.updates += 1;
    },
  });
  c.synced = false;
  /** Updates received after the sync, before recording. */
  c.updates = 0;
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

async function runLoad(kind, port, target, n, everyone) {
  const p = protocols[kind];
  const name = `bench-${randomBytes(4).toString('hex')}`;
  const path = p.path(target.draftId, target.readerToken);
  const readers = [];
  for (let i = 0; i < n; i += 50) {
    for (let j = i; j < Math.min(n, i + 50); j++) readers.push(openClient(kind, port, path, name));
    await until(() => readers.every((r) => r.synced), `${kind}: ${n} clients synced`);
  }
  // The writer: a real Y.Doc, synced first, then typing into one paragraph.
  const writer = openClient(kind, port, p.path(target.draftId, target.writerToken, true), name);
  await until(() => writer.synced, 'writer synced');
  const doc = new Y.Doc();
  Y.applyUpdate(doc, writer.initial);
  const send = (u) =>
    writer.send(
      frame(
        p.docName ? name : null,
        (e) => (encoding.writeVarUint(e, 0), encoding.writeVarUint(e, 2), encoding.writeVarUint8Array(e, u)),
      ),
    );
  doc.on('update', send);
  // Both servers hold the same draft (the peer was seeded with it): a new last operative paragraph.
  const op = doc
    .getXmlFragment(resolution.FRAGMENT)
    .toArray()
    .find((e) => e.nodeName === resolution.N.operative);
  const para = new Y.XmlElement(resolution.N.para);
  const text = new Y.XmlText('Bench: ');
  para.insert(0, [text]);
  op.insert(op.length, [para]);
  // Timing starts in the steady state of a full room: the paragraph has arrived everywhere, and the server has
  // finished with the connections (500 syncs of the whole draft) and collected what they left behind, which
  // would otherwise fall inside the first seconds of typing.
  await until(() => readers.every((r) => r.updates > 0), 'paragraph everywhere');
  await quiet(everyone);
  for (const r of readers) r.record();
  await stats(target.child); // resets the event-loop histogram
  const sent = new Map(); // clock -> time
  for (let i = 0; i < CHARS; i++) {
    const clock = Y.getState(doc.store, doc.clientID);
    sent.set(clock, performance.now());
    text.insert(text.length, String.fromCharCode(97 + (i % 26)));
    await new Promise((r) => setTimeout(r, TYPE_MS));
  }
  // Quiet for 500 ms: whatever has not arrived by then counts as lost.
  const lastRead = () => Math.max(0, ...readers.map((r) => r.lastRead()));
  await until(() => performance.now() - lastRead() > 500, 'traffic settled', 10_000).catch(() => undefined);
  const server = await stats(target.child);
  // Decode after the run: which of the writer's characters each message carried.
  const delays = [];
  let lost = 0;
  for (const r of readers) {
    const got = new Set();
    for (const { t, payload } of r.recorded()) {
      const m = parse(payload, p.docName);
      if (!m || m.sub !== 2) continue;
      for (const s of Y.decodeUpdate(m.update).structs) {
        if (s.id.client !== doc.clientID) continue;
        for (let k = 0; k < s.length; k++) {
          const t0 = sent.get(s.id.clock + k);
          if (t0 === undefined || got.has(s.id.clock + k)) continue;
          got.add(s.id.clock + k);
          delays.push(t - t0);
        }
      }
    }
    lost += CHARS - got.size;
  }
  delays.sort((a, b) => a - b);
  for (const c of [...readers, writer]) c.close();
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
    fanout: server.fanout,
    append: server.append,
    gc: server.gc,
    compactions: server.compact?.n ?? 0,
  };
}

const median = (xs) =>
  pct(
    [...xs].sort((a, b) => a - b),
    50,
  );
const ms = (x) => `${x.toFixed(2)} ms`;

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
  const c = openClient('concordia', port, protocols.concordia.path(draftId, token), '');
  await until(() => c.synced, 'cold sync');
  const elapsed = performance.now() - t0;
  c.close();
  await until(() => c.closed, 'closed');
  return elapsed;
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
  let unpinPostgres = null;
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
    // The demo's draft under negotiation (the text of L.10/Rev.1; an adopted draft is read-only for Belarus).
    const working = await draft('A/C.3/76/CRP.1');
    // The peer serves the same draft: its documents start from its state as Concordia sends it.
    const seed = openClient('concordia', concordia.port, protocols.concordia.path(working, readerToken), '');
    await until(() => seed.synced, 'state of A/C.3/76/CRP.1');
    seed.close();
    await ask(hocus.child, { seed: Buffer.from(seed.initial).toString('base64') });
    pin(process.pid, CORES?.clients);
    unpinPostgres = await pinPostgres(admin);
    // Interrupted (Ctrl+C), the database must not stay on one core.
    process.once('SIGINT', () => {
      unpinPostgres?.();
      process.exit(130);
    });
    console.log(
      CORES
        ? `servers on core(s) ${CORES.servers}, clients, writer${unpinPostgres ? ' and PostgreSQL' : ''} on core ${CORES.clients}; ${ROUNDS} rounds per size, ${CHARS} characters per round`
        : `not pinned to cores (taskset missing, one core, or BENCH_PIN=0); ${ROUNDS} rounds per size`,
    );
    const targets = {
      concordia: { child: concordia.child, port: concordia.port, draftId: working, writerToken, readerToken },
      hocuspocus: {
        child: hocus.child,
        port: hocus.port,
        draftId: 'crp1',
        writerToken: 'x',
        readerToken: 'x',
      },
    };
    results.rounds = ROUNDS;
    for (const n of SIZES) {
      const runs = { concordia: [], hocuspocus: [] };
      for (let round = 0; round < ROUNDS; round++) {
        // Alternate who goes first, so neither always runs on a machine warmed (or tired) by the other.
        const order = round % 2 ? ['concordia', 'hocuspocus'] : ['hocuspocus', 'concordia'];
        for (const kind of order) {
          const t = targets[kind];
          await quiet([concordia.child, hocus.child]);
          const r = await runLoad(kind, t.port, t, n, [concordia.child, hocus.child]);
          runs[kind].push(r);
          console.log(
            `  round ${round + 1} ${kind.padEnd(10)} ${String(n).padStart(3)} clients  p50 ${ms(r.p50)}  p99 ${ms(r.p99)}  max ${ms(r.max)}  lost ${r.lost}  fan-out p50 ${ms(r.fanout?.p50 ?? NaN)} p99 ${ms(r.fanout?.p99 ?? NaN)}${r.append ? `  append p50 ${ms(r.append.p50)} p99 ${ms(r.append.p99)}` : ''}  RSS ${r.rssMb.toFixed(0)} MB  loop p99 ${ms(r.loop.p99)} max ${ms(r.loop.max)}  GC ${r.gc.n} (${r.gc.major} major) ${ms(r.gc.ms)} in all, max ${ms(r.gc.max)}${r.compactions ? `  compactions ${r.compactions}` : ''}`,
          );
        }
      }
      for (const kind of ['hocuspocus', 'concordia']) {
        const rs = runs[kind];
        const sum = {
          p50: median(rs.map((r) => r.p50)),
          p99: median(rs.map((r) => r.p99)),
          max: median(rs.map((r) => r.max)),
          p99s: rs.map((r) => r.p99),
          lost: rs.reduce((a, r) => a + r.lost, 0),
          rssMb: Math.max(...rs.map((r) => r.rssMb)),
          loopP99: median(rs.map((r) => r.loop.p99)),
          loopMax: Math.max(...rs.map((r) => r.loop.max)),
          fanoutP50: median(rs.map((r) => r.fanout?.p50 ?? NaN)),
          fanoutP99: median(rs.map((r) => r.fanout?.p99 ?? NaN)),
          ...(rs[0].append && {
            appendP50: median(rs.map((r) => r.append.p50)),
            appendP99: median(rs.map((r) => r.append.p99)),
          }),
        };
        results[kind][n] = sum;
        console.log(
          `${kind.padEnd(10)} ${String(n).padStart(3)} clients, median of ${ROUNDS}: p50 ${ms(sum.p50)}  p99 ${ms(sum.p99)}  max ${ms(sum.max)}  (p99 per round ${sum.p99s.map((x) => x.toFixed(2)).join(' / ')})  lost ${sum.lost}  fan-out p50 ${ms(sum.fanoutP50)} p99 ${ms(sum.fanoutP99)}${sum.appendP50 !== undefined ? `  append p50 ${ms(sum.appendP50)} p99 ${ms(sum.appendP99)}` : ''}  RSS ≤ ${sum.rssMb.toFixed(0)} MB  loop p99 ${ms(sum.loopP99)} max ${ms(sum.loopMax)}`,
        );
      }
      const perRound = runs.concordia.map((r, i) => r.p99 / runs.hocuspocus[i].p99);
      results.ratio ??= {};
      results.ratio[n] = { medians: results.concordia[n].p99 / results.hocuspocus[n].p99, perRound };
      console.log(
        `p99 Concordia / Hocuspocus at ${n} clients: ${results.ratio[n].medians.toFixed(2)} (medians); per round ${perRound.map((x) => x.toFixed(2)).join(' / ')}`,
      );
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
      // Wait for the unload (no connection left, then 2 s) and its compaction, so that the next open is a cold
      // load from the snapshot on a quiet server.
      const unloaded = async () => {
        await new Promise((r) => setTimeout(r, 2600));
        // No forced collection here: it would also drop the compiled code of the load path (V8 flushes the
        // bytecode of functions idle across collections), and a cold load would then time the compiler too.
        await quiet([concordia.child], { collect: false });
      };
      const ws = [];
      for (let i = 0; i < 5; i++) {
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
    unpinPostgres?.();
    await db.end().catch(() => undefined);
    if (concordia) await stop(concordia.child);
    if (hocus) await stop(hocus.child);
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
  }
}

await main();
process.exit(0);
