// Time to build the compilation view of draft VII (A/C.3/76/L.9/Rev.1, 74 PP + 77 OP) with 500 open proposals.
// Run with `pnpm bench:compilation` (builds the packages first). Target: under 100 ms on the server.
// Prints the median and p95 of N runs of the real builder and, as a peer in the same run, of a naive baseline
// (paragraph located by a plain string search per proposal, proposals filtered per paragraph, quadratic LCS diff).
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const neg = require(path.join(root, 'packages/negotiation/dist/index.js'));

const RUNS = Number(process.env.RUNS ?? 50);
const PROPOSALS = Number(process.env.PROPOSALS ?? 500);

// Deterministic pseudo-random numbers, so every run measures the same work.
let seed = 76;
const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = (xs) => xs[Math.floor(rnd() * xs.length)];

function draftVII() {
  const demo = path.join(root, 'server/src/demo/session-76-c3.json');
  if (fs.existsSync(demo)) {
    const d = JSON.parse(fs.readFileSync(demo, 'utf8')).drafts.find((x) => x.symbol === 'A/C.3/76/L.9/Rev.1');
    if (d?.text) return { text: d.text, source: `${path.relative(root, demo)} (A/C.3/76/L.9/Rev.1)` };
  }
  // The demo dossier is not in this tree: a text of the same shape and paragraph lengths (≈ 60 words each).
  const vocab = (
    'Prie instamment les États Membres de renforcer la coopération internationale en matière de prévention du crime et de justice pénale ' +
    'conformément à la Convention des Nations Unies contre la criminalité transnationale organisée et aux protocoles s’y rapportant ' +
    'l’Office des Nations Unies contre la drogue et le crime assistance technique ressources extrabudgétaires à sa soixante-dix-septième session'
  ).split(' ');
  const para = (end) =>
    Array.from({ length: 40 + Math.floor(rnd() * 40) }, () => pick(vocab)).join(' ') + end;
  return {
    text: {
      preamble: Array.from({ length: 74 }, () => para(',')),
      operative: Array.from({ length: 77 }, () => para(' ;')),
    },
    source: 'synthetic text of the shape of draft VII (74 PP + 77 OP), the demo dossier being absent',
  };
}

const { text, source } = draftVII();
const paragraphs = neg.outline(text);
const DELEGATIONS = [
  'EU',
  'RUS',
  'USA',
  'GBR',
  'CHN',
  'BLR',
  'ARM',
  'ITA',
  'FRA',
  'MEX',
  'BRA',
  'EGY',
  'IRN',
  'JPN',
  'CAN',
  'AUS',
];
const proposals = Array.from({ length: PROPOSALS }, (_, i) => {
  const p = pick(paragraphs);
  const kind = rnd() < 0.7 ? 'amend' : rnd() < 0.5 ? 'insert-after' : 'delete';
  const w = p.text.split(' ');
  // Amendments change a few words in the middle, as real ones do.
  const at = Math.floor(rnd() * Math.max(1, w.length - 4));
  const amended = [...w.slice(0, at), 'et', 'notamment', pick(w), ...w.slice(at + 3)].join(' ');
  return {
    id: `p${i}`,
    paragraphId: p.id,
    kind,
    text:
      kind === 'delete'
        ? null
        : kind === 'amend'
          ? amended
          : 'Souligne l’importance de la coopération régionale et sous-régionale ;',
    delegation: pick(DELEGATIONS),
    supporters: rnd() < 0.3 ? [pick(DELEGATIONS)] : [],
    status: 'open',
    baseText: p.text,
  };
});
const statuses = new Map(paragraphs.filter(() => rnd() < 0.4).map((p) => [p.id, 'agreed']));

// --- Naive baseline ----------------------------------------------------------------------------------------------
function lcsDiff(a, b) {
  // Classic quadratic dynamic programming over whitespace-separated words.
  const A = a.split(/\s+/),
    B = b.split(/\s+/);
  const dp = Array.from({ length: A.length + 1 }, () => new Uint16Array(B.length + 1));
  for (let i = A.length - 1; i >= 0; i--)
    for (let j = B.length - 1; j >= 0; j--)
      dp[i][j] = A[i] === B[j] ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
  const ops = [];
  let i = 0,
    j = 0;
  while (i < A.length && j < B.length) {
    if (A[i] === B[j]) {
      ops.push({ op: 'equal', text: A[i++] + ' ' });
      j++;
    } else if (dp[i + 1][j] >= dp[i][j + 1]) ops.push({ op: 'delete', text: A[i++] + ' ' });
    else ops.push({ op: 'insert', text: B[j++] + ' ' });
  }
  return ops;
}
function naive() {
  const flat = paragraphs.map((p) => p.text).join('\n');
  const out = [];
  for (const para of paragraphs) {
    const mine = [];
    for (const pr of proposals) {
      if (pr.status !== 'open') continue;
      // Locate the proposal's paragraph by searching its original wording in the whole text.
      const at = flat.indexOf(pr.baseText);
      const before = flat.slice(0, at);
      let n = 0;
      for (let k = before.indexOf('\n'); k !== -1; k = before.indexOf('\n', k + 1)) n++;
      if (paragraphs[n] !== para) continue;
      mine.push({ ...pr, diff: pr.kind === 'amend' ? lcsDiff(para.text, pr.text) : undefined });
    }
    out.push({ ...para, status: statuses.get(para.id) ?? 'open', proposals: mine });
  }
  return out;
}

function measure(fn) {
  for (let i = 0; i < 3; i++) fn(); // warm-up
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((x, y) => x - y);
  const q = (f) => times[Math.min(times.length - 1, Math.floor(f * times.length))];
  return { median: q(0.5), p95: q(0.95) };
}

const real = () => neg.buildCompilation(paragraphs, proposals, (id) => statuses.get(id), {}, 'fr');
const check = real();
const fast = measure(real);
const slow = measure(naive);
const fmt = (x) => x.toFixed(2).padStart(8);
console.log(`Compilation of ${source}`);
console.log(
  `${paragraphs.length} paragraphs, ${PROPOSALS} open proposals (${check.shown} shown), ${RUNS} runs each, Node ${process.version}`,
);
console.log(`                          median ms   p95 ms`);
console.log(
  `buildCompilation          ${fmt(fast.median)} ${fmt(fast.p95)}   target < 100 ms: ${fast.p95 < 100 ? 'met' : 'NOT MET'}`,
);
console.log(`naive baseline            ${fmt(slow.median)} ${fmt(slow.p95)}`);
console.log(`ratio (baseline / real)   ${(slow.median / fast.median).toFixed(1)}×`);
