/**
 * Word-level diff for negotiated texts. Negotiators read changes word by word, so the unit is the word; punctuation
 * is its own token (a moved comma is a change), and French elisions split after the apostrophe (« l’Assemblée »
 * → « l’ » + « Assemblée ») so that « l’Assemblée » → « l’Organisation » shows one changed word, not two.
 */

export interface Token {
  /** What is compared: the word or punctuation mark, apostrophes normalized. */
  key: string;
  /** The token as written, followed by the whitespace after it. */
  raw: string;
}

export type DiffOp = { op: 'equal' | 'insert' | 'delete'; text: string };

// A word: letters/digits, possibly joined by hyphens, slashes, dots or commas between digits (« 70/175 »,
// « 1,2 », « A/C.3/76/L.9 », « peut-être »), optionally ending in an elision apostrophe. Anything else that is not
// whitespace is a one-character punctuation token.
const TOKEN = /([\p{L}\p{N}]+(?:[-‐‑./,][\p{L}\p{N}]+)*(?:[’'](?=\p{L}))?|[^\s\p{L}\p{N}])(\s*)/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const lead = /^\s+/.exec(text)?.[0] ?? '';
  if (lead) out.push({ key: '', raw: lead });
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const word = m[1]!;
    out.push({ key: word.replace(/'/g, '’'), raw: word + m[2]! });
  }
  return out;
}

/** The comparison key of a word list: lower-cased words only (used for similarity, not for diffs). */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(text)) if (/[\p{L}\p{N}]/u.test(t.key)) out.push(t.key.toLowerCase());
  return out;
}

/**
 * Myers' O(ND) shortest edit script between two sequences, after trimming the common prefix and suffix (most
 * negotiated edits touch a few words of a long paragraph, so the trimmed middle is small).
 * Returns, in order, runs of `equal` / `delete` (from a) / `insert` (from b) as index ranges.
 */
export function diffSequences<T>(
  a: readonly T[],
  b: readonly T[],
  eq: (x: T, y: T) => boolean = Object.is,
): { op: DiffOp['op']; from: number; to: number }[] {
  let pre = 0;
  while (pre < a.length && pre < b.length && eq(a[pre]!, b[pre]!)) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && eq(a[a.length - 1 - suf]!, b[b.length - 1 - suf]!))
    suf++;
  const A = a.slice(pre, a.length - suf);
  const B = b.slice(pre, b.length - suf);
  const ops: { op: DiffOp['op']; from: number; to: number }[] = [];
  const push = (op: DiffOp['op'], from: number, to: number) => {
    if (to <= from) return;
    const last = ops[ops.length - 1];
    if (last && last.op === op && last.to === from) last.to = to;
    else ops.push({ op, from, to });
  };
  push('equal', 0, pre);
  const middle = myers(A, B, eq);
  for (const m of middle) push(m.op, m.from + pre, m.to + pre);
  push('equal', b.length - suf, b.length);
  // Ranges of `equal` and `insert` are in b's indices, `delete` in a's (see myers()).
  return ops;
}

/** Edit script of A → B; `equal`/`insert` ranges index B, `delete` ranges index A. */
function myers<T>(
  A: readonly T[],
  B: readonly T[],
  eq: (x: T, y: T) => boolean,
): { op: DiffOp['op']; from: number; to: number }[] {
  const n = A.length;
  const m = B.length;
  if (n === 0) return m ? [{ op: 'insert', from: 0, to: m }] : [];
  if (m === 0) return [{ op: 'delete', from: 0, to: n }];
  const max = n + m;
  const off = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[off + k - 1]! < v[off + k + 1]!) ? v[off + k + 1]! : v[off + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && eq(A[x]!, B[y]!)) {
        x++;
        y++;
      }
      v[off + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  // Walk the trace back from (n, m), collecting single steps, then merge them into runs.
  const steps: { op: DiffOp['op']; i: number }[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const vd = trace[d]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && vd[off + k - 1]! < vd[off + k + 1]!) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : vd[off + prevK]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      steps.push({ op: 'equal', i: --y });
      x--;
    }
    if (d > 0) {
      if (x === prevX) steps.push({ op: 'insert', i: --y });
      else steps.push({ op: 'delete', i: --x });
    }
  }
  steps.reverse();
  const runs: { op: DiffOp['op']; from: number; to: number }[] = [];
  for (const s of steps) {
    const last = runs[runs.length - 1];
    if (last && last.op === s.op && last.to === s.i) last.to++;
    else runs.push({ op: s.op, from: s.i, to: s.i + 1 });
  }
  return runs;
}

/**
 * Word diff of two paragraphs. Joining the `equal` and `delete` texts gives `before`, joining `equal` and `insert`
 * gives `after` (up to the whitespace of equal runs, which is taken from `after`).
 */
export function diffWords(before: string, after: string): DiffOp[] {
  const a = tokenize(before);
  const b = tokenize(after);
  const ops: DiffOp[] = [];
  for (const r of diffSequences(a, b, (x, y) => x.key === y.key)) {
    const src = r.op === 'delete' ? a : b;
    let text = '';
    for (let i = r.from; i < r.to; i++) text += src[i]!.raw;
    const last = ops[ops.length - 1];
    if (last && last.op === r.op) last.text += text;
    else ops.push({ op: r.op, text });
  }
  return ops;
}

/** Whether a diff changes anything. */
export const isUnchanged = (ops: readonly DiffOp[]) => ops.every((o) => o.op === 'equal');

/** The two sides of a diff, for checks and for "before / after" views. */
export function sides(ops: readonly DiffOp[]): { before: string; after: string } {
  let before = '';
  let after = '';
  for (const o of ops) {
    if (o.op !== 'insert') before += o.text;
    if (o.op !== 'delete') after += o.text;
  }
  return { before, after };
}

/**
 * Similarity of two paragraphs in [0, 1]: Dice coefficient over word multisets. Cheap (no alignment), used to
 * pick the closest paragraph before the exact word diff is computed for that one only.
 */
export function similarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of b) {
    const c = counts.get(w);
    if (c) {
      common++;
      counts.set(w, c - 1);
    }
  }
  return (2 * common) / (a.length + b.length);
}
