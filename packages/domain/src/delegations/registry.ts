import { compareNames, sortDelegations } from '../collation';
import { DELEGATIONS } from './data';
import { GROUPS } from './groups';
import {
  enRunning,
  foldName,
  frWithA,
  frWithArticle,
  frWithDe,
  normalizeName,
  type NameLanguage,
} from './names';
import type { Delegation, DelegationGroup } from './types';

export type ResolveResult = { ok: true; delegation: Delegation } | { ok: false; suggestions: string[] };

interface Candidate {
  folded: string;
  /** What to suggest: the current official short name in the language the matched name belongs to. */
  lang: NameLanguage;
  delegation: Delegation;
}

const MAX_SUGGESTIONS = 3;
const byName = compareNames('fr');

/** Every name a delegation may be typed as, with the language it belongs to. */
function namesOf(d: Delegation): { name: string; lang: NameLanguage }[] {
  const out: { name: string; lang: NameLanguage }[] = [];
  const en = (name: string | undefined) => name !== undefined && out.push({ name, lang: 'en' });
  const fr = (name: string | undefined) => name !== undefined && out.push({ name, lang: 'fr' });
  en(d.en.short);
  en(d.en.running);
  en(enRunning(d));
  d.enAliases?.forEach(en);
  fr(d.fr.short);
  fr(d.fr.running);
  d.fr.aliases?.forEach(fr);
  for (const h of d.history ?? []) {
    en(h.en);
    en(h.enRunning);
    // Old names are accepted so that documents of earlier sessions can be read back in.
    if (h.en !== undefined && h.enArticle) en(`the ${h.enRunning ?? h.en}`);
    fr(h.fr);
    fr(h.frRunning);
  }
  return out;
}

/**
 * Optimal string alignment distance: Levenshtein plus adjacent transpositions, so that `Untied` is one edit
 * from `United`, like a single typo.
 */
function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [];
    for (let j = 0; j <= b.length; j++) {
      if (i === 0 || j === 0) {
        row.push(i + j);
        continue;
      }
      const prev = rows[i - 1]!;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      }
      row.push(best);
    }
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

export class DelegationRegistry {
  private readonly list: readonly Delegation[];
  private readonly codes = new Map<string, Delegation>();
  private readonly names = new Map<string, Delegation>();
  private readonly candidates: Candidate[] = [];
  private readonly groupCodes = new Map<string, DelegationGroup>();
  private readonly groupNames = new Map<string, DelegationGroup>();

  /**
   * `extra` adds delegations (a new observer, a test fixture). A code or a name that is already taken throws:
   * resolution must never depend on the order of the data.
   */
  constructor(extra: readonly Delegation[] = [], groups: readonly DelegationGroup[] = GROUPS) {
    this.list = [...DELEGATIONS, ...extra];
    for (const d of this.list) {
      const code = d.code.toUpperCase();
      const taken = this.codes.get(code);
      if (taken)
        throw new Error(`Delegation code ${d.code} is used twice (${taken.en.short}, ${d.en.short})`);
      this.codes.set(code, d);
    }
    for (const d of this.list) {
      const seen = new Set<string>();
      for (const { name, lang } of namesOf(d)) {
        const key = normalizeName(name);
        const other = this.names.get(key) ?? this.codes.get(name.trim().toUpperCase());
        if (other && other !== d) {
          throw new Error(`Name “${name}” of ${d.code} also names ${other.code}`);
        }
        this.names.set(key, d);
        const folded = foldName(name);
        if (!seen.has(`${lang}:${folded}`)) {
          seen.add(`${lang}:${folded}`);
          this.candidates.push({ folded, lang, delegation: d });
        }
      }
    }
    for (const g of groups) {
      const code = g.code.toUpperCase();
      if (this.groupCodes.has(code) || this.codes.has(code))
        throw new Error(`Group code ${g.code} is already taken`);
      this.groupCodes.set(code, g);
      for (const name of [g.en, g.fr, g.enRunning])
        if (name !== undefined) this.groupNames.set(normalizeName(name), g);
    }
  }

  all(): readonly Delegation[] {
    return this.list;
  }

  /** Case-insensitive. */
  /**
   * Codes in the alphabetical order of `lang` (list form of the names at `session`); codes the registry does not
   * know keep their order at the end rather than being dropped.
   */
  sortCodes(codes: readonly string[], lang: 'fr' | 'en', session?: number): string[] {
    const known = codes.map((c) => this.byCode(c)).filter((d): d is Delegation => d !== undefined);
    return [
      ...sortDelegations(known, lang, session).map((d) => d.code),
      ...codes.filter((c) => !this.byCode(c)),
    ];
  }

  byCode(code: string): Delegation | undefined {
    return this.codes.get(code.trim().toUpperCase());
  }

  /**
   * A code, or an exact name in English or French: list or running form, alias, or a former name. Apostrophes,
   * case and spacing do not matter; accents do. On failure, up to three close names are suggested.
   */
  resolve(ref: string): ResolveResult {
    const byCode = this.byCode(ref);
    if (byCode) return { ok: true, delegation: byCode };
    const byName = this.names.get(normalizeName(ref));
    if (byName) return { ok: true, delegation: byName };
    return { ok: false, suggestions: this.suggest(ref) };
  }

  /** Case-insensitive. */
  groupByCode(code: string): DelegationGroup | undefined {
    return this.groupCodes.get(code.trim().toUpperCase());
  }

  /** A group code or its exact English or French name. */
  resolveGroup(ref: string): DelegationGroup | undefined {
    return this.groupByCode(ref) ?? this.groupNames.get(normalizeName(ref));
  }

  frWithDe(d: Delegation, session?: number): string {
    return frWithDe(d, session);
  }

  frWithA(d: Delegation, session?: number): string {
    return frWithA(d, session);
  }

  frWithArticle(d: Delegation, session?: number): string {
    return frWithArticle(d, session);
  }

  enRunning(d: Delegation, session?: number): string {
    return enRunning(d, session);
  }

  private suggest(ref: string): string[] {
    const input = foldName(ref);
    if (input === '') return [];
    // Beyond this the "closest" name is noise: one typo per four letters, and at least two.
    const limit = Math.max(2, Math.floor(input.length / 4));
    const best = new Map<Delegation, { distance: number; lang: NameLanguage }>();
    for (const c of this.candidates) {
      const distance = editDistance(input, c.folded);
      if (distance > limit) continue;
      const current = best.get(c.delegation);
      if (!current || distance < current.distance) best.set(c.delegation, { distance, lang: c.lang });
    }
    return [...best.entries()]
      .map(([d, { distance, lang }]) => ({ distance, name: lang === 'en' ? d.en.short : d.fr.short }))
      .sort((a, b) => a.distance - b.distance || byName(a.name, b.name))
      .slice(0, MAX_SUGGESTIONS)
      .map((s) => s.name);
  }
}

/** The shared registry of all known delegations and groups. */
export const delegations = new DelegationRegistry();
