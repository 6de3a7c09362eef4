import { z } from 'zod';

/**
 * Characters no text in Concordia may hold. C0 controls (and DEL) other than tab, line feed and carriage return
 * print nothing a delegate could read, and NUL cannot be stored at all: PostgreSQL refuses `\u0000` in `text`
 * and `jsonb`, so a single one would make every later write of the value fail.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/**
 * Characters that change how a text reads without being seen: bidirectional embeddings, overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069: "Trojan Source", CVE-2021-42574) and zero-width characters (U+200B–U+200D,
 * U+FEFF). In a name or a delegation they can make one account pass for another, so they are refused there; in
 * running text they have legitimate uses (Arabic or Hebrew quotations), so they are only flagged.
 */
export const INVISIBLE_CHARS = /[\u202A-\u202E\u2066-\u2069\u200B-\u200D\uFEFF]/g;

const first = (re: RegExp, s: string): RegExpExecArray | null => {
  re.lastIndex = 0;
  const m = re.exec(s);
  re.lastIndex = 0;
  return m;
};

/** `U+0000`: how a character is named in messages. */
export const codePoint = (ch: string) =>
  `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** The string without its control characters (tab, line feed and carriage return are kept). */
export const stripControls = (s: string): string => s.replace(CONTROL_CHARS, '');

/** True when `s` holds a control character that `stripControls` would remove. */
export const hasControls = (s: string): boolean => first(CONTROL_CHARS, s) !== null;

/** A copy of a JSON-like value with control characters removed from every string (keys included). */
export function stripControlsDeep<T>(value: T): T {
  if (typeof value === 'string') return stripControls(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => stripControlsDeep(v)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[stripControls(k)] = stripControlsDeep(v);
    return out as T;
  }
  return value;
}

export interface TextFinding {
  /** Where in the value: `drafts[0].text.operative[2]` (keys are reported at their own path). */
  path: (string | number)[];
  /** `control-character`: refused everywhere; `invisible-character`: refused in names, flagged in text. */
  code: 'control-character' | 'invisible-character';
  /** The first offending character, as `U+0000`. */
  char: string;
}

/** Every string of a JSON-like value (and every key) that holds a control or an invisible character. */
export function findUnsafeText(value: unknown, path: (string | number)[] = []): TextFinding[] {
  const out: TextFinding[] = [];
  const check = (s: string, at: (string | number)[]) => {
    const c = first(CONTROL_CHARS, s);
    if (c) out.push({ path: at, code: 'control-character', char: codePoint(c[0]) });
    const i = first(INVISIBLE_CHARS, s);
    if (i) out.push({ path: at, code: 'invisible-character', char: codePoint(i[0]) });
  };
  const walk = (v: unknown, at: (string | number)[]) => {
    if (typeof v === 'string') check(v, at);
    else if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...at, i]));
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) {
        check(k, [...at, k]);
        walk(x, [...at, k]);
      }
  };
  walk(value, path);
  return out;
}

/** Running text: no control characters (refused with the character named); invisible ones are allowed. */
export const safeText = () =>
  z.string().superRefine((s, ctx) => {
    const c = first(CONTROL_CHARS, s);
    if (c)
      ctx.addIssue({
        code: 'custom',
        message: `control character ${codePoint(c[0])} is not allowed in text`,
        params: { code: 'control-character', char: codePoint(c[0]) },
      });
  });

/** A name or an identifier: neither control nor invisible (bidirectional, zero-width) characters. */
export const safeName = () =>
  z.string().superRefine((s, ctx) => {
    const c = first(CONTROL_CHARS, s) ?? first(INVISIBLE_CHARS, s);
    if (c)
      ctx.addIssue({
        code: 'custom',
        message: `character ${codePoint(c[0])} is not allowed in a name (it cannot be seen, or reorders the text)`,
        params: {
          code: hasControls(c[0]) ? 'control-character' : 'invisible-character',
          char: codePoint(c[0]),
        },
      });
  });

/**
 * For a whole request (`.superRefine(refuseControls)`): every string and key with a control character is an
 * issue at its path, so a body carrying one is refused before anything is written.
 */
export function refuseControls(value: unknown, ctx: z.RefinementCtx): void {
  for (const f of findUnsafeText(value))
    if (f.code === 'control-character')
      ctx.addIssue({
        code: 'custom',
        path: f.path,
        message: `control character ${f.char} is not allowed`,
        params: { code: f.code, char: f.char },
      });
}
