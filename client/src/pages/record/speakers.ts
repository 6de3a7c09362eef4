import { delegations, parseNameList, type VoteRegistry } from '@concordia/domain';
import type { SpeakerInput } from '@concordia/schema';

const ALSO = /^(?:also on behalf of|également au nom)\s*/i;
const ONLY = /^(?:on behalf of|au nom)\s*(?:de la |de l’|de l'|du |des |de |d’|d')?/i;
/** French names in running text carry « de » and an article (`de l’Australie`); the registry knows the bare name. */
const FR_DE = /^(?:de la |de l’|de l'|du |des |de |d’|d')/i;

/**
 * The registry, forgiving the « de » of running text. Splitting on « et » is left to `parseNameList`, which
 * knows that `Royaume-Uni de Grande-Bretagne et d’Irlande du Nord` is one name.
 */
const lenient: VoteRegistry = {
  all: () => delegations.all(),
  resolve: (text) => {
    const r = delegations.resolve(text);
    const bare = text.replace(FR_DE, '');
    return r.ok || bare === text ? r : delegations.resolve(bare);
  },
};

/** Codes of the names that resolve; the others as typed, for the server to flag with suggestions. */
function names(list: string): string[] {
  return parseNameList(list, lenient).map((n) => (n.result.ok ? n.result.delegation.code : n.text));
}

/**
 * One speaker per line, as the Secretary reads them out: `Canada (also on behalf of Australia, Iceland and
 * New Zealand)`, `Canada (également au nom de l’Australie et de l’Islande)`, `Singapore (on behalf of ASEAN)`.
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
