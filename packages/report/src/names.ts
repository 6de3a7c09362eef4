/**
 * Delegations as the report prints them, resolved through the registry of @concordia/domain.
 *
 * A dossier names delegations by code or exact name; it may also define delegations the registry does not know
 * (`dossier.delegations`), which are added to a registry of its own. A name that resolves to nothing is printed as
 * written, with a warning.
 */
import {
  compareNames,
  delegations as defaultRegistry,
  DelegationRegistry,
  enRunning,
  frWithDe,
  nameFor,
  namesAt,
  type Delegation,
  type DelegationGroup,
} from '@concordia/domain';
import type { Dossier, SpeakerInput } from '@concordia/schema';
import type { Lang } from './lang';
import { joinWords } from './lang';
import type { Warnings } from './warnings';

const registries = new WeakMap<object, DelegationRegistry>();

function registryFor(dossier: Dossier, warnings: Warnings): DelegationRegistry {
  const defs = dossier.delegations;
  if (!defs || defs.length === 0) return defaultRegistry;
  const cached = registries.get(defs);
  if (cached) return cached;
  const extra: Delegation[] = [];
  defs.forEach((def, i) => {
    if (defaultRegistry.byCode(def.code)) {
      warnings.add(
        `delegations[${i}].code`,
        `${def.code} is already a known delegation; the dossier's definition is ignored`,
      );
      return;
    }
    extra.push({
      code: def.code,
      kind: def.kind,
      en: { short: def.name.en },
      fr: { short: def.name.fr, de: def.frArticle ?? 'de' },
    });
  });
  let reg: DelegationRegistry;
  try {
    reg = new DelegationRegistry(extra);
  } catch (e) {
    warnings.add('delegations', `the dossier's delegations could not be added: ${(e as Error).message}`);
    reg = defaultRegistry;
  }
  registries.set(defs, reg);
  return reg;
}

/** A delegation as resolved for printing: from the registry, or an unknown name kept as written. */
export interface Named {
  code: string;
  kind: string;
  d?: Delegation;
  raw: string;
}

export class Names {
  private readonly registry: DelegationRegistry;
  private readonly cache = new Map<string, Named>();
  /** Every delegation named, by code, for the references of Akoma Ntoso. */
  readonly used = new Map<string, Named>();

  constructor(
    dossier: Dossier,
    private readonly lang: Lang,
    private readonly session: number,
    private readonly warnings: Warnings,
  ) {
    this.registry = registryFor(dossier, warnings);
  }

  resolve(ref: string, path: string): Named {
    let n = this.cache.get(ref);
    if (!n) {
      const r = this.registry.resolve(ref);
      if (r.ok) n = { code: r.delegation.code, kind: r.delegation.kind, d: r.delegation, raw: ref };
      else {
        n = { code: ref, kind: 'unknown', raw: ref };
        this.warnings.add(
          path,
          `unknown delegation “${ref}”${r.suggestions.length ? ` (did you mean ${r.suggestions.join(', ')}?)` : ''}; printed as written`,
        );
      }
      this.cache.set(ref, n);
    } else if (n.kind === 'unknown') {
      this.warnings.add(path, `unknown delegation “${ref}”; printed as written`);
    }
    this.used.set(n.code, n);
    return n;
  }

  /** List form (sponsors, votes): `Venezuela (République bolivarienne du)`, `Netherlands`. */
  list(n: Named, lang: Lang = this.lang): string {
    return n.d ? nameFor(n.d, lang, 'short', this.session) : n.raw;
  }

  /**
   * A name in a list inside a sentence (sponsors, speakers): the list form, and in English « the » before the names
   * that take it (`the Netherlands`, `the Republic of Moldova`, `the United Kingdom of Great Britain and Northern
   * Ireland`) but not before an inverted list form (`Iran (Islamic Republic of)`, `Venezuela (Bolivarian Republic
   * of)`), as the UN's English reports print them. French lists keep the bare list form (A/76/463).
   */
  inList(n: Named): string {
    if (!n.d) return n.raw;
    if (this.lang === 'fr') return nameFor(n.d, 'fr', 'short', this.session);
    const en = namesAt(n.d, this.session).en;
    return en.article && en.short === en.running ? `the ${en.short}` : en.short;
  }

  /**
   * A speaker as printed bare in a list « des pays suivants » (French: running form without article,
   * `République bolivarienne du Venezuela`); in English the running form takes its article (`the United States of America`).
   */
  bare(n: Named): string {
    if (!n.d) return n.raw;
    return this.lang === 'fr' ? nameFor(n.d, 'fr', 'running', this.session) : enRunning(n.d, this.session);
  }

  /** After « de » / "of": `du Bélarus`, `de l’Italie`; `the Netherlands`, `Belarus`. */
  of(n: Named): string {
    if (!n.d) return this.lang === 'fr' ? `de ${n.raw}` : n.raw;
    return this.lang === 'fr' ? frWithDe(n.d, this.session) : enRunning(n.d, this.session);
  }

  /** With its article, as a subject or object: `le Mexique`, `l’Italie`; `Mexico`, `the Netherlands`. */
  subject(n: Named): string {
    if (!n.d) return n.raw;
    return this.lang === 'fr' ? this.registry.frWithArticle(n.d, this.session) : enRunning(n.d, this.session);
  }

  /** Sorted in the alphabetical order of the language, by list form. */
  sort(list: Named[], lang: Lang = this.lang): Named[] {
    const compare = compareNames(lang);
    return list
      .map((n) => ({ n, key: this.list(n, lang) }))
      .sort((a, b) => compare(a.key, b.key))
      .map((x) => x.n);
  }

  group(ref: string, path: string): DelegationGroup | undefined {
    const g = this.registry.resolveGroup(ref);
    if (!g) this.warnings.add(path, `unknown group “${ref}”; printed as written`);
    return g;
  }

  /**
   * « du Groupe des 77 et de la Chine » / "the Group of 77 and China" (after « au nom » / "on behalf of"). A group the
   * registry knows, else a delegation (the European Union speaks « au nom de ses États membres » but may be named as a
   * group), else the name given in both languages; a name in one language only is printed with a warning rather
   * than half-translated (« au nom de the European Union »).
   */
  groupOf(ref: string | { fr?: string; en?: string }, path: string): string {
    const fr = this.lang === 'fr';
    if (typeof ref !== 'string') {
      const own = ref[this.lang];
      if (own !== undefined) return fr ? this.frDe(own) : own;
      this.warnings.add(
        `${path}.${this.lang}`,
        `the group is named in ${fr ? 'English' : 'French'} only; it is printed as given`,
      );
      return fr ? this.frDe(ref.en ?? '') : (ref.fr ?? '');
    }
    const g = this.registry.resolveGroup(ref);
    if (g) return fr ? g.frDe : (g.enRunning ?? g.en);
    const r = this.registry.resolve(ref);
    if (r.ok) {
      const n: Named = { code: r.delegation.code, kind: r.delegation.kind, d: r.delegation, raw: ref };
      this.used.set(n.code, n);
      return this.of(n);
    }
    this.warnings.add(path, `unknown group “${ref}”; printed as written`);
    return fr ? this.frDe(ref) : ref;
  }

  /** « de » before a name the registry does not know: `de l’…` before a vowel, `d’…` never guessed further. */
  private frDe(name: string): string {
    return /^[aeiouàâäéèêëîïôöùûüh]/i.test(name) ? `de l’${name}` : `de ${name}`;
  }

  /**
   * The qualifier of a speaker, in parentheses, or '' (templates.md §4, par. 20):
   * « (également au nom de l’Australie et des Pays-Bas) », « (au nom de ses États membres, ainsi que de …) »,
   * « (au nom de l’Association des nations de l’Asie du Sud-Est) ».
   */
  qualifier(s: SpeakerInput, path: string): string {
    const parts: string[] = [];
    const fr = this.lang === 'fr';
    if (s.onBehalfOfGroup !== undefined) {
      parts.push(
        `${fr ? 'au nom' : 'on behalf of'} ${this.groupOf(s.onBehalfOfGroup, `${path}.onBehalfOfGroup`)}`,
      );
    }
    if (s.onBehalfOfMemberStatesAnd !== undefined) {
      const others = s.onBehalfOfMemberStatesAnd.map((r, i) =>
        this.of(this.resolve(r, `${path}.onBehalfOfMemberStatesAnd[${i}]`)),
      );
      if (others.length === 0)
        parts.push(fr ? 'au nom de ses États membres' : 'on behalf of its member States');
      else
        parts.push(
          fr
            ? `au nom de ses États membres, ainsi que ${joinWords(others, 'fr')}`
            : `on behalf of its member States, as well as ${joinWords(others, 'en')}`,
        );
    }
    if (s.alsoOnBehalfOf !== undefined && s.alsoOnBehalfOf.length > 0) {
      const others = s.alsoOnBehalfOf.map((r, i) => this.of(this.resolve(r, `${path}.alsoOnBehalfOf[${i}]`)));
      parts.push(
        fr ? `également au nom ${joinWords(others, 'fr')}` : `also on behalf of ${joinWords(others, 'en')}`,
      );
    }
    return parts.length ? ` (${parts.join('; ')})` : '';
  }
}

export function hasQualifier(s: SpeakerInput): boolean {
  return (
    s.onBehalfOfGroup !== undefined ||
    s.onBehalfOfMemberStatesAnd !== undefined ||
    (s.alsoOnBehalfOf !== undefined && s.alsoOnBehalfOf.length > 0)
  );
}
