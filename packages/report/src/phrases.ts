/**
 * Fixed wording of the report, French and English. French follows A/76/463 (templates.md); English follows the
 * UN's English reports of the Third Committee.
 */
import type { Lang } from './lang';

export interface Phrases {
  /** Successive paragraphs about the same meeting (templates.md §4, `{ENCHAÎNEMENT}`). */
  chain: string[];
  committee: (code: string) => { full: string; short: string; ofThe: string; toThe: string };
}

const ORD_FR = ['Première', 'Deuxième', 'Troisième', 'Quatrième', 'Cinquième', 'Sixième'];
const ORD_EN = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth'];

export function committeeNames(
  code: string,
  lang: Lang,
): { name: string; the: string; ofThe: string; toThe: string; space: string } {
  const i = Math.max(0, Number(code.replace(/\D/g, '')) - 1);
  if (lang === 'fr') {
    const name = `${ORD_FR[i] ?? ORD_FR[2]} Commission`;
    return {
      name,
      the: `la ${name}`,
      ofThe: `de la ${name}`,
      toThe: `à la ${name}`,
      space: `Espace ${name}`,
    };
  }
  const name = `${ORD_EN[i] ?? ORD_EN[2]} Committee`;
  return {
    name,
    the: `the ${name}`,
    ofThe: `of the ${name}`,
    toThe: `to the ${name}`,
    space: `${name} space`,
  };
}

export const CHAIN: Record<Lang, string[]> = {
  fr: ['À la même séance', 'À la même séance également', 'Toujours à la même séance'],
  en: ['At the same meeting', 'Also at the same meeting'],
};

export const VOTE_LABELS: Record<
  Lang,
  { yes: string; no: string; abstain: string; none: string; intro: string }
> = {
  fr: {
    yes: 'Ont voté pour :',
    no: 'Ont voté contre :',
    abstain: 'Se sont abstenus :',
    none: 'Néant',
    intro: 'Les voix se sont réparties comme suit :',
  },
  en: {
    yes: 'In favour:',
    no: 'Against:',
    abstain: 'Abstaining:',
    none: 'None',
    intro: 'The voting was as follows:',
  },
};

/** « par 131 voix contre 2, avec 40 abstentions » / "a recorded vote of 131 to 2, with 40 abstentions". */
export function voteFigures(
  c: { yes: number; no: number; abstain: number },
  recorded: boolean,
  lang: Lang,
): string {
  if (lang === 'fr') {
    const no = c.no === 0 ? 'zéro' : String(c.no);
    const ab =
      c.abstain === 0 ? ', sans abstention' : `, avec ${c.abstain} abstention${c.abstain > 1 ? 's' : ''}`;
    return `${recorded ? 'à l’issue d’un vote enregistré, ' : ''}par ${c.yes} voix contre ${no}${ab}`;
  }
  const no = c.no === 0 ? 'none' : String(c.no);
  const ab =
    c.abstain === 0 ? ', with no abstentions' : `, with ${c.abstain} abstention${c.abstain === 1 ? '' : 's'}`;
  return `by ${recorded ? 'a recorded vote' : 'a vote'} of ${c.yes} to ${no}${ab}`;
}
