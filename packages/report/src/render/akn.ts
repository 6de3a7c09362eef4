/**
 * Akoma Ntoso 3.0, following the UN profile (AKN4UN): the report is a `doc name="report"`; its chapters and
 * numbered paragraphs are `chapter` / `paragraph`; each recommended draft is a `statement name="resolutionDraft"`
 * (or `decisionDraft`) in `components`, referred to from chapter III by `componentRef`, with its `preamble` and a
 * `mainBody` of numbered `paragraph`s; sponsors are `TLCOrganization`s in `references`, shown as `docProponent`s in
 * the preface; votes are `voting` elements of the `parliamentary` analysis, one `count` per side, each naming its
 * voters in the Concordia namespace. The informal meeting record is an `attachment`.
 */
import type {
  ComposedReport,
  Footnote,
  Inline,
  RecommendedDraft,
  SubParagraph,
  TextItem,
  TextParagraph,
} from '../model';
import { VOTE_LABELS } from '../phrases';
import { escapeXml as x } from './common';

const AKN_NS = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';
const CC_NS = 'https://concordia.example/ns/report/1';
const LANG3: Record<string, string> = { fr: 'fra', en: 'eng' };

/** An id usable in eId/href: letters, digits, `_`, `-`, `.`. */
function idOf(code: string): string {
  return `org_${code.replace(/[^A-Za-z0-9_.-]/g, '_')}`;
}

function runs(rs: readonly Inline[], notes: Footnote[], eIdPrefix: string): string {
  return rs
    .map((r) => {
      if (typeof r === 'string') return x(r);
      const f = notes[r.fn - 1];
      return `<authorialNote marker="${r.fn}" placement="bottom" eId="${eIdPrefix}__fn_${r.fn}"><p>${x(f?.text ?? '')}</p></authorialNote>`;
    })
    .join('');
}

function meta(opts: {
  work: string;
  name: string;
  lang: string;
  date: string;
  session: number;
  extra?: string;
}): string {
  const l3 = LANG3[opts.lang] ?? opts.lang;
  return `<meta>
<identification source="#concordia">
<FRBRWork><FRBRthis value="${opts.work}/!main"/><FRBRuri value="${opts.work}"/><FRBRdate date="${opts.date}" name="generation"/><FRBRauthor href="#committee"/><FRBRcountry value="un"/><FRBRname value="${x(opts.name)}"/></FRBRWork>
<FRBRExpression><FRBRthis value="${opts.work}/${l3}@/!main"/><FRBRuri value="${opts.work}/${l3}@"/><FRBRdate date="${opts.date}" name="generation"/><FRBRauthor href="#committee"/><FRBRlanguage language="${l3}"/></FRBRExpression>
<FRBRManifestation><FRBRthis value="${opts.work}/${l3}@/!main.xml"/><FRBRuri value="${opts.work}/${l3}@.akn"/><FRBRdate date="${opts.date}" name="generation"/><FRBRauthor href="#concordia"/></FRBRManifestation>
</identification>${opts.extra ?? ''}
</meta>`;
}

function subsAsPoints(list: SubParagraph[], prefix: string, notes: Footnote[]): string {
  return list
    .map((s, i) => {
      const eId = `${prefix}__point_${i + 1}`;
      return `<point eId="${eId}"><num>${x(s.label)}</num>${s.sub.length ? `<intro><p>${runs(s.content, notes, eId)}</p></intro>${subsAsPoints(s.sub, eId, notes)}` : `<content><p>${runs(s.content, notes, eId)}</p></content>`}</point>`;
    })
    .join('');
}

function recital(p: TextParagraph, i: number, notes: Footnote[], prefix: string): string {
  const eId = `${prefix}__recital_${i + 1}`;
  if (p.sub.length === 0) return `<recital eId="${eId}"><p>${runs(p.content, notes, eId)}</p></recital>`;
  // Sub-paragraphs of a preambular paragraph: a blockList inside the recital.
  const items = p.sub
    .map(
      (s, j) =>
        `<item eId="${eId}__list_1__item_${j + 1}"><num>${x(s.label)}</num><p>${runs(s.content, notes, `${eId}__item_${j + 1}`)}</p></item>`,
    )
    .join('');
  return `<recital eId="${eId}"><blockList eId="${eId}__list_1"><listIntroduction>${runs(p.content, notes, eId)}</listIntroduction>${items}</blockList></recital>`;
}

function bodyItems(items: TextItem[], prefix: string, notes: Footnote[]): string {
  const out: string[] = [];
  let hcount = 0;
  let ccount = 0;
  for (const it of items) {
    if (it.type === 'heading') {
      hcount++;
      out.push(
        `<crossHeading eId="${prefix}__crossHeading_${hcount}">${it.number ? `${x(it.number)} ` : ''}${x(it.text)}</crossHeading>`,
      );
    } else if (it.type === 'chapeau') {
      ccount++;
      out.push(
        `<crossHeading eId="${prefix}__chapeau_${ccount}" class="chapeau">${runs(it.content, notes, `${prefix}__chapeau_${ccount}`)}</crossHeading>`,
      );
    } else if (it.type === 'paragraph') {
      const eId = `${prefix}__para_${it.num}`;
      if (it.sub.length)
        out.push(
          `<paragraph eId="${eId}"><num>${it.num}.</num><intro><p>${runs(it.content, notes, eId)}</p></intro>${subsAsPoints(it.sub, eId, notes)}</paragraph>`,
        );
      else
        out.push(
          `<paragraph eId="${eId}"><num>${it.num}.</num><content><p>${runs(it.content, notes, eId)}</p></content></paragraph>`,
        );
    } else {
      ccount++;
      out.push(
        `<crossHeading eId="${prefix}__text_${ccount}">${runs(it.content, notes, `${prefix}__text_${ccount}`)}</crossHeading>`,
      );
    }
  }
  // A mainBody cannot hold crossHeadings directly: a body with headings or chapeaux goes in an hcontainer.
  if (items.some((it) => it.type !== 'paragraph'))
    return `<hcontainer name="body" eId="${prefix}__hcontainer_1">${out.join('\n')}</hcontainer>`;
  return out.join('\n');
}

function statement(r: ComposedReport, d: RecommendedDraft, index: number, date: string): string {
  const name = d.kind === 'decision' ? 'decisionDraft' : 'resolutionDraft';
  const work = `/akn/un/statement/${name}/${r.session}/${encodeURIComponent(d.symbol.replace(/\//g, '-'))}`;
  const delegations = new Map(r.delegations.map((dl) => [dl.code, dl]));
  const orgs = [...new Set([...d.sponsors.main, ...d.sponsors.additional])];
  const refs = `
<references source="#concordia">
<TLCOrganization eId="concordia" href="/ontology/organization/concordia" showAs="Concordia"/>
<TLCOrganization eId="committee" href="/ontology/organization/un/${r.committee.code}" showAs="${x(r.committee.name)}"/>
<TLCOrganization eId="generalAssembly" href="/ontology/organization/un/generalAssembly" showAs="${r.lang === 'fr' ? 'Assemblée générale' : 'General Assembly'}"/>
${orgs.map((c) => `<TLCOrganization eId="${idOf(c)}" href="/ontology/organization/un/${encodeURIComponent(c)}" showAs="${x(delegations.get(c)?.name ?? c)}"/>`).join('\n')}
<TLCRole eId="mainSponsor" href="/ontology/role/un/mainSponsor" showAs="${r.lang === 'fr' ? 'auteur' : 'sponsor'}"/>
<TLCRole eId="additionalSponsor" href="/ontology/role/un/additionalSponsor" showAs="${r.lang === 'fr' ? 'coauteur' : 'co-sponsor'}"/>
</references>`;
  const proponents = [
    ...d.sponsors.main.map(
      (c) =>
        `<docProponent refersTo="#${idOf(c)}" as="#mainSponsor">${x(delegations.get(c)?.name ?? c)}</docProponent>`,
    ),
    ...d.sponsors.additional.map(
      (c) =>
        `<docProponent refersTo="#${idOf(c)}" as="#additionalSponsor">${x(delegations.get(c)?.name ?? c)}</docProponent>`,
    ),
  ];
  const n = d.footnotes;
  const preamble = d.preamble.length
    ? `<preamble><formula name="enactingFormula" eId="formula_1"><p>${x(d.formula)}</p></formula><recitals eId="recs_1">${d.preamble.map((p, i) => recital(p, i, n, 'recs_1')).join('\n')}</recitals></preamble>`
    : `<preamble><formula name="enactingFormula" eId="formula_1"><p>${x(d.formula)}</p></formula></preamble>`;
  const main = d.operative.length
    ? bodyItems(d.operative, 'body', n)
    : `<paragraph eId="body__para_0"><content><p/></content></paragraph>`;
  let attachments = '';
  if (d.annex) {
    const a = d.annex;
    const aWork = `${work}/annex_1`;
    const recs = a.preamble.length
      ? `<preamble><recitals eId="annex_recs_1">${a.preamble.map((p, i) => recital(p, i, n, 'annex_recs_1')).join('\n')}</recitals></preamble>`
      : '';
    attachments = `<attachments><attachment eId="att_1"><doc name="annex">${meta({ work: aWork, name: 'annex', lang: d.textLanguage, date, session: r.session })}<preface><p class="title"><docTitle>${x(a.title)}</docTitle></p></preface>${recs}<mainBody>${bodyItems(a.body, 'annex', n) || '<p/>'}</mainBody></doc></attachment></attachments>`;
  }
  const body = `<statement name="${name}" contains="originalVersion">
${meta({ work, name, lang: d.textLanguage, date, session: r.session, extra: refs })}
<preface><p class="draftNumber"><docNumber>${x(d.label)}</docNumber></p><p class="title"><docTitle>${x(d.title)}</docTitle></p><p class="symbol"><docNumber refersTo="#symbol">${x(d.symbol)}</docNumber></p>${proponents.length ? `<p class="sponsors">${proponents.join(', ')}</p>` : ''}</preface>
${preamble}
<mainBody>${main}</mainBody>${attachments}
</statement>`;
  // eIds are unique over the whole report: prefix every id and local reference of the component.
  const p = `cmp_${index}__`;
  const prefixed = body
    .replace(/ eId="([^"]+)"/g, ` eId="${p}$1"`)
    .replace(/ (refersTo|as|href|src)="#([^"]+)"/g, ` $1="#${p}$2"`);
  return `<component eId="cmp_${index}">${prefixed}</component>`;
}

export function renderAkn(r: ComposedReport): string {
  const date = new Date().toISOString().slice(0, 10);
  const work = `/akn/un/doc/report/${r.session}/${r.committee.code}-${encodeURIComponent(r.agendaItem.number.replace(/[^0-9a-z]/gi, ''))}`;
  const labels = VOTE_LABELS[r.lang];
  const outcomeIds = ['adopted', 'rejected', 'retained', 'deleted'];
  const votes = r.votes.length
    ? `<parliamentary>${r.votes
        .map(
          (v) =>
            `<voting eId="${v.id}" href="#para_${v.paragraph}" outcome="#${v.outcome}" refersTo="#${v.recorded ? 'recordedVote' : 'vote'}">` +
            (['yes', 'no', 'abstain'] as const)
              .map((k) => {
                const list = v.lists?.[k] ?? [];
                const voters = list.map((c) => `<cc:voter refersTo="#${idOf(c)}"/>`).join('');
                return `<count eId="${v.id}__${k}" value="${v.counts[k]}" refersTo="#${k === 'yes' ? 'inFavour' : k === 'no' ? 'against' : 'abstaining'}">${voters}</count>`;
              })
              .join('') +
            `</voting>`,
        )
        .join('\n')}</parliamentary>`
    : '';
  const refs = `
<references source="#concordia">
<TLCOrganization eId="concordia" href="/ontology/organization/concordia" showAs="Concordia"/>
<TLCOrganization eId="committee" href="/ontology/organization/un/${r.committee.code}" showAs="${x(r.committee.name)}"/>
${r.delegations.map((d) => `<TLCOrganization eId="${idOf(d.code)}" href="/ontology/organization/un/${encodeURIComponent(d.code)}" showAs="${x(d.name)}"/>`).join('\n')}
${outcomeIds.map((o) => `<TLCConcept eId="${o}" href="/ontology/concept/un/vote/${o}" showAs="${o}"/>`).join('\n')}
<TLCConcept eId="recordedVote" href="/ontology/concept/un/vote/recorded" showAs="recorded vote"/>
<TLCConcept eId="vote" href="/ontology/concept/un/vote/nonRecorded" showAs="vote"/>
<TLCConcept eId="inFavour" href="/ontology/concept/un/vote/inFavour" showAs="${x(labels.yes.replace(/\s*:$/, ''))}"/>
<TLCConcept eId="against" href="/ontology/concept/un/vote/against" showAs="${x(labels.no.replace(/\s*:$/, ''))}"/>
<TLCConcept eId="abstaining" href="/ontology/concept/un/vote/abstaining" showAs="${x(labels.abstain.replace(/\s*:$/, ''))}"/>
</references>`;
  const analysis = votes ? `\n<analysis source="#concordia">${votes}</analysis>` : '';
  const out: string[] = [];
  out.push(`<?xml version="1.0" encoding="UTF-8"?>`);
  out.push(`<akomaNtoso xmlns="${AKN_NS}" xmlns:cc="${CC_NS}">`);
  out.push(`<doc name="report" contains="originalVersion">`);
  out.push(meta({ work, name: 'report', lang: r.lang, date, session: r.session, extra: analysis + refs }));
  out.push(
    `<preface><p class="symbol"><docNumber>${x(r.symbol)}</docNumber></p><p class="body">${x(r.cover.body)}</p><p class="session"><session value="${r.session}">${x(r.cover.sessionLine)}</session></p><p class="agendaItem">${x(r.cover.itemLine)}</p><p class="title"><docTitle>${x(r.cover.title)}</docTitle></p><p class="subtitle"><docType>${x(r.cover.subtitle)}</docType></p></preface>`,
  );
  out.push('<mainBody>');
  let cmp = 0;
  const components: string[] = [];
  for (const ch of r.chapters) {
    out.push(`<chapter eId="chp_${ch.number}"><num>${x(ch.number)}.</num><heading>${x(ch.title)}</heading>`);
    let section: string | undefined;
    for (const b of ch.blocks) {
      if (b.kind === 'heading') {
        if (section) out.push('</section>');
        section = b.number ?? '';
        out.push(
          `<section eId="chp_${ch.number}__sec_${section}"><num>${x(section)}.</num><heading>${x(b.text)}</heading>`,
        );
        continue;
      }
      const eId = `para_${b.number}`;
      const ps = [`<p>${runs(b.content, r.footnotes, eId)}</p>`];
      for (const it of b.items ?? [])
        ps.push(
          `<p class="item">${it.label ? `${x(it.label)} ` : ''}${runs(it.content, r.footnotes, eId)}</p>`,
        );
      if (b.vote)
        for (const g of b.vote.groups)
          ps.push(
            `<p class="voteLabel">${x(g.label)}</p>`,
            `<p class="voteList" refersTo="#${b.vote.voteId}">${x(g.names.length ? g.names.join(', ') : labels.none)}.</p>`,
          );
      const drafts = ch.drafts?.find((d) => d.afterParagraph === b.number);
      out.push(
        `<paragraph eId="${eId}"><num>${b.number}.</num><content>${ps.join('')}</content></paragraph>`,
      );
      if (drafts) {
        for (const d of drafts.drafts) {
          cmp++;
          out.push(`<componentRef eId="${eId}__cref_${cmp}" src="#cmp_${cmp}" showAs="${x(d.label)}"/>`);
          components.push(statement(r, d, cmp, date));
        }
      }
    }
    if (section) out.push('</section>');
    out.push('</chapter>');
  }
  out.push('</mainBody>');
  if (r.annexes.length) {
    out.push('<attachments>');
    r.annexes.forEach((a, i) => {
      out.push(
        `<attachment eId="att_${i + 1}"><doc name="annex">${meta({ work: `${work}/annex_${i + 1}`, name: 'annex', lang: r.lang, date, session: r.session })}<preface><p class="label">${x(a.label)}</p><p class="title"><docTitle>${x(a.title)}</docTitle></p></preface><mainBody>${a.paragraphs.map((p) => `<p>${runs(p, r.footnotes, `att_${i + 1}`)}</p>`).join('')}</mainBody></doc></attachment>`,
      );
    });
    out.push('</attachments>');
  }
  if (components.length) out.push(`<components>${components.join('\n')}</components>`);
  out.push('</doc>', '</akomaNtoso>', '');
  return out.join('\n');
}
