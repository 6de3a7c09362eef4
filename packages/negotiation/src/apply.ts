import {
  isChapeau,
  isHeading,
  type BodyItem,
  type ParagraphInput,
  type ResolutionText,
} from '@concordia/schema';
import type { Part } from './outline';

/** A change to one paragraph, as a proposal describes it and as an accepted proposal applies it. */
export type Change =
  { kind: 'amend'; text: string } | { kind: 'insert-after'; text: string } | { kind: 'delete' };

/**
 * Applies a change to the paragraph at a positional key (`op.5`, `op.5.1`) and returns a new text; the input is
 * not modified. Throws when the key does not exist, so a stale key is never applied to the wrong paragraph.
 */
export function applyChange(text: ResolutionText, key: string, change: Change): ResolutionText {
  const copy = JSON.parse(JSON.stringify(text)) as ResolutionText;
  const [partKey, numberStr, ...subs] = key.split('.');
  const number = Number(numberStr);
  const part = (
    { pp: 'preamble', op: 'operative', 'annex-pp': 'annex-preamble', annex: 'annex' } as Record<string, Part>
  )[partKey ?? ''];
  if (!part || !Number.isInteger(number) || number < 1) throw new Error(`Unknown paragraph ${key}.`);
  // The container of top-level paragraphs, and the index there of paragraph `number` (headings and chapeaux are
  // in the same array in the operative part and the annex, and do not count).
  let items: BodyItem[];
  if (part === 'preamble') items = copy.preamble;
  else if (part === 'operative') items = copy.operative;
  else if (part === 'annex-preamble') items = copy.annex?.preamble ?? [];
  else items = copy.annex?.body ?? [];
  let index = -1;
  let n = 0;
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (isHeading(it) || isChapeau(it)) continue;
    if (++n === number) {
      index = i;
      break;
    }
  }
  if (index < 0) throw new Error(`Unknown paragraph ${key}.`);
  let container = items as ParagraphInput[];
  for (const s of subs.map(Number)) {
    const p = container[index]!;
    const sub = typeof p === 'string' ? undefined : p.sub;
    if (!sub || !Number.isInteger(s) || s < 0 || s >= sub.length)
      throw new Error(`Unknown paragraph ${key}.`);
    container = sub;
    index = s;
  }
  const target = container[index]!;
  if (change.kind === 'amend') {
    container[index] = typeof target === 'string' ? change.text : { ...target, text: change.text };
  } else if (change.kind === 'insert-after') {
    container.splice(index + 1, 0, change.text);
  } else {
    container.splice(index, 1);
    // An object paragraph whose last sub-paragraph goes keeps an empty list out of the text.
  }
  pruneEmptySubs(copy);
  return copy;
}

function pruneEmptySubs(text: ResolutionText) {
  const fix = (list: BodyItem[]) =>
    list.forEach((p, i) => {
      if (typeof p === 'object' && 'text' in p && p.sub) {
        fix(p.sub as BodyItem[]);
        if (p.sub.length === 0) list[i] = p.text;
      }
    });
  fix(text.preamble);
  fix(text.operative);
  if (text.annex) {
    if (text.annex.preamble) fix(text.annex.preamble);
    fix(text.annex.body);
  }
}

/**
 * The ids of the paragraphs after a known change, by position: an amended paragraph keeps its id however much
 * it changed, a deleted one (with its sub-paragraphs) loses it, an inserted one gets `newId()`. Used after an
 * accepted proposal instead of the similarity-based carryIds, because here the change is known exactly.
 */
export function idsAfterChange(
  previous: readonly { id: string; key: string }[],
  key: string,
  change: Change,
  nextKeys: readonly string[],
  newId: () => string,
): string[] {
  const at = previous.findIndex((p) => p.key === key);
  if (at < 0) throw new Error(`Unknown paragraph ${key}.`);
  // The paragraph's own sub-paragraphs follow it in reading order with keys below it.
  let end = at + 1;
  while (end < previous.length && previous[end]!.key.startsWith(`${key}.`)) end++;
  const ids = previous.map((p) => p.id);
  if (change.kind === 'delete') ids.splice(at, end - at);
  else if (change.kind === 'insert-after') ids.splice(end, 0, newId());
  if (ids.length !== nextKeys.length) throw new Error('The text does not match the change.');
  return ids;
}
