import type { SpeakerInput } from '@concordia/schema';

const ALSO = /^(?:also on behalf of|également au nom)\s*(?:de\s+|d’|d')?/i;
const ONLY = /^(?:on behalf of|au nom)\s*(?:de\s+|du\s+|des\s+|d’|d')?/i;
/** French names in running text carry « de » and an article; the registry knows the bare name. */
const FR_DE = /^(?:de la |de l’|de l'|du |des |de |d’|d')/i;

function names(list: string): string[] {
  return list
    .split(/,|\s+(?:et|and)\s+/)
    .map((s) => s.trim().replace(FR_DE, '').trim())
    .filter(Boolean);
}

/**
 * One speaker per line, as the Secretary reads them out: `Canada (also on behalf of Australia, Iceland and
 * New Zealand)`, `Singapore (on behalf of ASEAN)`. The server resolves the names and flags unknown ones.
 */
export function parseSpeakers(text: string): SpeakerInput[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((line) => {
      const m = /^(.*?)\s*\((.*)\)\s*$/.exec(line);
      if (!m) return { delegation: line };
      const delegation = m[1]!.trim();
      const inner = m[2]!.trim();
      if (ALSO.test(inner)) return { delegation, alsoOnBehalfOf: names(inner.replace(ALSO, '')) };
      if (ONLY.test(inner)) return { delegation, onBehalfOfGroup: inner.replace(ONLY, '').trim() };
      return { delegation };
    });
}
