import type { Dossier } from '@concordia/schema';
import { composeReport, renderReport, type ComposedReport, type Paragraph } from './index';
import { NBSP } from './lang';
import { plain } from './render/common';
import { crime76, tiny } from './testing/fixtures.test';

/** Paragraph text with ordinary spaces (the expected strings below are easier to read that way). */
function para(r: ComposedReport, n: number): string {
  for (const ch of r.chapters)
    for (const b of ch.blocks)
      if (b.kind === 'paragraph' && b.number === n) return plain(b.content, 'drop').replace(/\u00A0/g, ' ');
  throw new Error(`no paragraph ${n}`);
}
function paraBlock(r: ComposedReport, n: number): Paragraph {
  for (const ch of r.chapters)
    for (const b of ch.blocks) if (b.kind === 'paragraph' && b.number === n) return b;
  throw new Error(`no paragraph ${n}`);
}

describe('French report on item 108 (templates.md)', () => {
  const r = composeReport(crime76(), { agendaItem: '108', lang: 'fr' });

  it('§1 allocation by the plenary', () => {
    expect(para(r, 1)).toBe(
      'À sa 2e séance plénière, le 17 septembre 2021, l’Assemblée générale a décidé, sur la recommandation du Bureau, d’inscrire à l’ordre du jour de sa soixante-seizième session la question intitulée « Prévention du crime et justice pénale » et de la renvoyer à la Troisième Commission.',
    );
  });
  it('§2 meetings, summary records in footnotes, general debate', () => {
    expect(para(r, 2)).toBe(
      'La Commission a examiné un projet de texte relatif à la question et s’est prononcée à son sujet à ses 7e, 10e et 12e séances, les 5, 12 et 15 novembre. Ses débats sont consignés dans les comptes rendus analytiques correspondants. On se référera aussi au débat général que la Commission a tenu à ses 1re à 6e séances, le 30 septembre et le 7 octobre.',
    );
    expect(r.footnotes.map((f) => f.text.replace(/\u00A0/g, ' '))).toEqual([
      'Voir A/C.3/76/SR.7, A/C.3/76/SR.10 et A/C.3/76/SR.12.',
      'Voir A/C.3/76/SR.1, A/C.3/76/SR.2, A/C.3/76/SR.3, A/C.3/76/SR.4, A/C.3/76/SR.5 et A/C.3/76/SR.6. Conformément à l’organisation des travaux adoptée à sa 1re séance, le 30 septembre, les textes des déclarations reçus par le Secrétariat pour être chargés dans le référentiel eStatements sont disponibles à l’adresse suivante : https://journal.un.org/.',
    ]);
    // The footnote references sit before the full stops.
    expect(paraBlock(r, 2).content.filter((x) => typeof x !== 'string')).toEqual([{ fn: 1 }, { fn: 2 }]);
  });
  it('§5 documents, lettered, with French punctuation', () => {
    const p = paraBlock(r, 5);
    expect(plain(p.content)).toBe(
      `Pour l’examen de la question, la Commission était saisie des documents suivants${NBSP}:`,
    );
    expect(p.items!.map((i) => `${i.label} ${plain(i.content)}`)).toEqual([
      `a) Rapport du Secrétaire général sur l’amélioration de la coordination de l’action contre la traite des personnes (A/76/120)${NBSP};`,
      'b) Rapport du Secrétaire général sur l’exécution des mandats relevant du programme des Nations Unies pour la prévention du crime et la justice pénale, s’agissant en particulier des activités de coopération technique de l’Office des Nations Unies contre la drogue et le crime (A/76/122).',
    ]);
  });
  it('§3 sections follow the order of action, ECOSOC drafts', () => {
    const headings = r.chapters[1]!.blocks.filter((b) => b.kind === 'heading').map(
      (b) => `${b.number}. ${b.kind === 'heading' ? b.text : ''}`,
    );
    expect(headings).toEqual([
      'A. Projet de résolution A/C.3/76/L.2',
      'B. Projet de résolution A/C.3/76/L.3',
      'C. Projet de résolution A/C.3/76/L.4',
      'D. Projet de résolution A/C.3/76/L.5',
      'E. Projet de résolution A/C.3/76/L.6',
      'F. Projet de résolution A/C.3/76/L.10/Rev.1',
      'G. Projet de résolution A/C.3/76/L.9/Rev.1',
    ]);
    expect(para(r, 6)).toBe(
      'Dans sa résolution 2021/20, le Conseil économique et social a recommandé à l’Assemblée générale d’adopter un projet de résolution intitulé « Quatorzième Congrès des Nations Unies pour la prévention du crime et la justice pénale ». Le projet de résolution a été déposé par le Président sur la recommandation du Conseil (A/C.3/76/L.2).',
    );
    expect(para(r, 7)).toBe(
      'À sa 7e séance, le 5 novembre, la Commission a adopté le projet de résolution A/C.3/76/L.2 (voir par. 26 ci-après, projet de résolution I).',
    );
    expect(para(r, 15)).toBe(
      'À sa 7e séance, le 5 novembre, la Commission a adopté le projet de résolution A/C.3/76/L.6 (voir par. 26 ci-après, projet de résolution V).',
    );
  });
  it('§4 drafts tabled by delegations: sponsors, PBI, rotation, statements, right of reply', () => {
    expect(para(r, 16)).toMatch(
      /^À sa 10e séance, le 12 novembre, la Commission était saisie d’un projet de résolution révisé intitulé « Amélioration de la coordination de l’action contre la traite des personnes » \(A\/C\.3\/76\/L\.10\/Rev\.1\), déposé par les pays suivants : Arménie, Azerbaïdjan, Bélarus, Bolivie \(État plurinational de\), Chine, .* Turkménistan et Venezuela \(République bolivarienne du\)\. Par la suite, les pays suivants se sont joints aux auteurs du projet de résolution : Algérie, Antigua-et-Barbuda, .* Viet Nam et Zimbabwe\.$/,
    );
    expect(para(r, 17)).toBe(
      'À la même séance, le Secrétaire de la Commission a donné lecture d’un état des incidences du projet de résolution sur le budget-programme.',
    );
    expect(para(r, 18)).toBe(
      'À la même séance également, le représentant du Bélarus a fait une déclaration.',
    );
    expect(para(r, 19)).toBe(
      'Toujours à la même séance, la Commission a adopté le projet de résolution A/C.3/76/L.10/Rev.1 (voir par. 26 ci-après, projet de résolution VI).',
    );
    expect(para(r, 20)).toBe(
      'Après l’adoption du projet de résolution, des déclarations ont été faites par les représentants des pays suivants : États-Unis d’Amérique, Canada (également au nom de l’Australie, de l’Islande, de la Nouvelle-Zélande, de la Norvège, de la Suisse et du Royaume-Uni de Grande-Bretagne et d’Irlande du Nord), Union européenne (au nom de ses États membres, ainsi que de l’Albanie, de la Bosnie-Herzégovine, de Monaco, du Monténégro, de la Macédoine du Nord, de l’Ukraine et des États-Unis d’Amérique), Érythrée, Liechtenstein (également au nom de l’Australie et des Pays-Bas), Danemark, Pologne, Croatie, Allemagne, Estonie, Cuba, Finlande, Fédération de Russie, Royaume-Uni de Grande-Bretagne et d’Irlande du Nord, Tchéquie, Lettonie, Autriche, Luxembourg, Pays-Bas, Slovaquie, Slovénie, République populaire démocratique de Corée, Lituanie, République arabe syrienne, République bolivarienne du Venezuela, Chine et Grèce, ainsi que l’observateur du Saint-Siège.',
    );
    expect(para(r, 21)).toBe(
      'À la même séance, les représentants du Bélarus, de la Lituanie et de la Pologne ont pris la parole pour exercer leur droit de réponse.',
    );
    expect(para(r, 23)).toBe('À la même séance, le représentant de l’Italie a fait une déclaration.');
    expect(para(r, 24)).toBe(
      'À la même séance également, la Commission a adopté le projet de résolution A/C.3/76/L.9/Rev.1 (voir par. 26 ci-après, projet de résolution VII).',
    );
    expect(para(r, 25)).toBe(
      'Avant l’adoption du projet de résolution, les représentants du Mexique et du Royaume-Uni de Grande-Bretagne et d’Irlande du Nord ont fait des déclarations. Après son adoption, les représentants de la Fédération de Russie, de la République islamique d’Iran, de la Chine et de l’Australie ont fait des déclarations.',
    );
  });
  it('§5 recommendations and §6 annex', () => {
    expect(para(r, 26)).toBe(
      'La Troisième Commission recommande à l’Assemblée générale d’adopter les projets de résolution suivants :',
    );
    const drafts = r.chapters[2]!.drafts![0]!.drafts;
    expect(drafts.map((d) => `${d.label} — ${d.symbol}`)).toEqual([
      'Projet de résolution I — A/C.3/76/L.2',
      'Projet de résolution II — A/C.3/76/L.3',
      'Projet de résolution III — A/C.3/76/L.4',
      'Projet de résolution IV — A/C.3/76/L.5',
      'Projet de résolution V — A/C.3/76/L.6',
      'Projet de résolution VI — A/C.3/76/L.10/Rev.1',
      'Projet de résolution VII — A/C.3/76/L.9/Rev.1',
    ]);
    expect(drafts[0]!.formula).toBe('L’Assemblée générale,');
    const annex = r.annexes[0]!;
    expect(annex.title).toBe(
      'Séance informelle virtuelle convoquée afin d’entendre des déclarations liminaires et de tenir un dialogue interactif au sujet des points 108, 109 et 110 de l’ordre du jour',
    );
    expect(plain(annex.paragraphs[0]!)).toBe(
      'À la 5e séance informelle virtuelle que la Commission a tenue dans l’après-midi du 11 octobre 2021, le Directeur de la Division de l’analyse des politiques et des relations publiques de l’Office des Nations Unies contre la drogue et le crime a fait une déclaration liminaire et a répondu aux questions et aux observations des représentants de la République bolivarienne du Venezuela, du Nigéria, de l’Union européenne, de Singapour (au nom de l’Association des nations de l’Asie du Sud-Est), de la République arabe syrienne, du Mexique, du Bélarus, des États-Unis d’Amérique, de la Chine, du Qatar, de la Colombie et de l’Algérie.',
    );
    expect(plain(annex.paragraphs[1]!)).toBe('La représentante du Maroc a fait une déclaration.');
  });
  it('uses no-break spaces and ’, never a plain space before : ; or inside « »', () => {
    const txt = renderReport(r, 'txt');
    expect(txt).not.toMatch(/ [:;!?»]/);
    expect(txt).not.toMatch(/« /);
    expect(txt).not.toMatch(/'/);
    expect(txt).toContain(`suivants${NBSP}:`);
  });
  it('warns about the meetings without a date, and nothing else but the missing texts', () => {
    expect(r.warnings.filter((w) => !w.path.endsWith('.text'))).toEqual(
      [2, 3, 4, 5].map((n) => ({
        path: `meetings[${n}].date`,
        message: `meeting ${n} has no date in the record; printed without a date`,
      })),
    );
  });
});

describe('English report on item 108', () => {
  const d = crime76();
  for (const it of d.agendaItems)
    it.title.en = it.number === '108' ? 'Crime prevention and criminal justice' : 'Other item';
  for (const dr of d.drafts) dr.title.en = `Title of ${dr.symbol}`;
  for (const doc of d.agendaItems[0]!.documents!) doc.title.en = `Report ${doc.symbol}`;
  const r = composeReport(d, { agendaItem: '108', lang: 'en' });
  it('follows the English forms', () => {
    expect(para(r, 1)).toBe(
      'At its 2nd plenary meeting, on 17 September 2021, the General Assembly, on the recommendation of the General Committee, decided to include in the agenda of its seventy-sixth session the item entitled “Crime prevention and criminal justice” and to allocate it to the Third Committee.',
    );
    expect(para(r, 2)).toBe(
      'The Committee considered the item and took action on it at its 7th, 10th and 12th meetings, on 5, 12 and 15 November. An account of the discussion is contained in the relevant summary records. Attention is also drawn to the general debate held by the Committee at its 1st to 6th meetings, on 30 September and 7 October.',
    );
    expect(para(r, 6)).toBe(
      'In its resolution 2021/20, the Economic and Social Council recommended to the General Assembly the adoption of a draft resolution entitled “Title of A/C.3/76/L.2”. The draft resolution was submitted by the Chair on the recommendation of the Council (A/C.3/76/L.2).',
    );
    expect(para(r, 7)).toBe(
      'At its 7th meeting, on 5 November, the Committee adopted draft resolution A/C.3/76/L.2 (see para. 26, draft resolution I).',
    );
    expect(para(r, 16)).toMatch(
      /^At its 10th meeting, on 12 November, the Committee had before it a revised draft resolution entitled “Title of A\/C\.3\/76\/L\.10\/Rev\.1” \(A\/C\.3\/76\/L\.10\/Rev\.1\), submitted by Armenia, Azerbaijan, Belarus, Bolivia \(Plurinational State of\), the Central African Republic, China, .*, the Russian Federation, .* and Venezuela \(Bolivarian Republic of\)\. Subsequently, Algeria, Antigua and Barbuda, .* and Zimbabwe joined in sponsoring the draft resolution\.$/,
    );
    expect(para(r, 18)).toBe('Also at the same meeting, the representative of Belarus made a statement.');
    expect(para(r, 20)).toMatch(
      /^After the adoption of the draft resolution, statements were made by the representatives of the United States of America, Canada \(also on behalf of Australia, Iceland, New Zealand, Norway, Switzerland and the United Kingdom of Great Britain and Northern Ireland\), the European Union \(on behalf of its member States, as well as Albania, .*\), Eritrea, .* China and Greece, as well as by the observer for the Holy See\.$/,
    );
    expect(para(r, 21)).toBe(
      'Also at the same meeting, statements in exercise of the right of reply were made by the representatives of Belarus, Lithuania and Poland.',
    );
    expect(para(r, 25)).toBe(
      'Before the adoption of the draft resolution, statements were made by the representatives of Mexico and the United Kingdom of Great Britain and Northern Ireland. After its adoption, statements were made by the representatives of the Russian Federation, Iran (Islamic Republic of), China and Australia.',
    );
    expect(para(r, 26)).toBe(
      'The Third Committee recommends to the General Assembly the adoption of the following draft resolutions:',
    );
    expect(r.chapters.map((c) => `${c.number}. ${c.title}`)).toEqual([
      'I. Introduction',
      'II. Consideration of proposals',
      'III. Recommendations of the Third Committee',
    ]);
    expect(r.cover).toEqual({
      body: 'General Assembly',
      sessionLine: 'Seventy-sixth session',
      itemLine: 'Agenda item 108',
      title: 'Crime prevention and criminal justice',
      subtitle: 'Report of the Third Committee',
    });
  });
  it('sorts sponsor lists in English order', () => {
    const p = para(r, 22);
    // Netherlands (N) and Czechia (C) move in English; in French Pays-Bas and Tchéquie are under P and T.
    expect(p.indexOf('Czechia')).toBeLessThan(p.indexOf('Equatorial Guinea'));
    expect(p).toContain('Netherlands');
  });
});

const recorded = { yes: ['MEX', 'ITA', 'FRA', 'BEL', 'ALB'], no: ['CHN', 'EGY'], abstain: ['IND'] };

describe('votes, oral revisions and amendments', () => {
  const dossier = (lang: 'fr' | 'en', patch: (d: Dossier) => void) =>
    composeReport(tiny(patch), { agendaItem: '68 (b)', lang });

  it('recorded vote with oral revision, French and English', () => {
    const patch = (d: Dossier) => {
      d.drafts[0]!.actions = [
        {
          meeting: 47,
          type: 'introduction',
          speaker: { delegation: 'MEX', gender: 'female' },
          onBehalfOf: 'sponsors',
        },
        {
          meeting: 47,
          type: 'oral-revision',
          paragraph: 'OP 1',
          text: 'Réaffirme le droit souverain de tous les pays de se doter de leur propre système juridique ;',
          by: { delegation: 'MEX', gender: 'female' },
        },
        { meeting: 47, type: 'vote', on: 'draft', requestedBy: 'CHN', recorded },
        { meeting: 47, type: 'adoption', method: 'vote' },
      ];
    };
    const fr = dossier('fr', patch);
    expect(para(fr, 5)).toBe(
      'À la même séance, la représentante du Mexique a présenté le projet de résolution au nom des auteurs.',
    );
    expect(para(fr, 6)).toBe(
      'À la même séance également, la représentante du Mexique a révisé oralement le projet de résolution.',
    );
    expect(para(fr, 7)).toBe(
      'Toujours à la même séance, le représentant de la Chine a demandé qu’il soit procédé à un vote enregistré sur le projet de résolution.',
    );
    expect(para(fr, 8)).toBe(
      'À la même séance, la Commission a adopté le projet de résolution A/C.3/77/L.21/Rev.1, tel que révisé oralement, à l’issue d’un vote enregistré, par 5 voix contre 2, avec 1 abstention (voir par. 9 ci-après). Les voix se sont réparties comme suit :',
    );
    expect(
      paraBlock(fr, 8).vote!.groups.map((g) => [g.label.replace(NBSP, ' '), g.names.join(', ')]),
    ).toEqual([
      ['Ont voté pour :', 'Albanie, Belgique, France, Italie, Mexique'],
      ['Ont voté contre :', 'Chine, Égypte'],
      ['Se sont abstenus :', 'Inde'],
    ]);
    const txt = renderReport(fr, 'txt');
    expect(txt).toContain(`Ont voté pour${NBSP}:\n\n  Albanie, Belgique, France, Italie, Mexique.`);
    // The recommended text has the revision applied.
    const op1 = fr.chapters[2]!.drafts![0]!.drafts[0]!.operative[0]!;
    expect(op1.type === 'paragraph' && plain(op1.content)).toBe(
      `Réaffirme le droit souverain de tous les pays de se doter de leur propre système juridique${NBSP};`,
    );

    const en = dossier('en', patch);
    expect(para(en, 5)).toBe(
      'At the same meeting, the representative of Mexico, on behalf of the sponsors, introduced the draft resolution.',
    );
    expect(para(en, 8)).toBe(
      'Also at the same meeting, the Committee adopted draft resolution A/C.3/77/L.21/Rev.1, as orally revised, by a recorded vote of 5 to 2, with 1 abstention (see para. 9). The voting was as follows:',
    );
    expect(paraBlock(en, 8).vote!.groups.map((g) => [g.label, g.names.join(', ')])).toEqual([
      ['In favour:', 'Albania, Belgium, France, Italy, Mexico'],
      ['Against:', 'China, Egypt'],
      ['Abstaining:', 'India'],
    ]);
    expect(en.votes).toEqual([
      {
        id: 'vote_1',
        paragraph: 8,
        draft: 'A/C.3/77/L.21/Rev.1',
        on: 'draft',
        outcome: 'adopted',
        recorded: true,
        counts: { yes: 5, no: 2, abstain: 1 },
        lists: { yes: ['ALB', 'BEL', 'FRA', 'ITA', 'MEX'], no: ['CHN', 'EGY'], abstain: ['IND'] },
      },
    ]);
  });

  it('rejection by a non-recorded vote, then statements in explanation of vote', () => {
    const patch = (d: Dossier) => {
      d.drafts[0]!.actions = [
        { meeting: 47, type: 'statement', timing: 'before-action', speakers: [{ delegation: 'USA' }] },
        { meeting: 47, type: 'vote', on: 'draft', counts: { yes: 40, no: 90, abstain: 0 } },
        { meeting: 47, type: 'rejection' },
        {
          meeting: 47,
          type: 'statement',
          timing: 'after-action',
          speakers: [{ delegation: 'NLD' }, { delegation: 'JPN' }],
        },
      ];
    };
    const fr = dossier('fr', patch);
    expect(para(fr, 5)).toBe(
      'À la même séance, la Commission a rejeté le projet de résolution A/C.3/77/L.21/Rev.1, par 40 voix contre 90, sans abstention.',
    );
    expect(para(fr, 6)).toBe(
      // Session 77: the Netherlands still had their old name (Pays-Bas, « des »).
      'Avant le vote, le représentant des États-Unis d’Amérique a fait une déclaration au titre des explications de vote. Après le vote, les représentants des Pays-Bas et du Japon ont fait des déclarations au titre des explications de vote.',
    );
    expect(fr.chapters.map((c) => c.number)).toEqual(['I', 'II']);
    const en = dossier('en', patch);
    expect(para(en, 5)).toBe(
      'At the same meeting, the Committee rejected draft resolution A/C.3/77/L.21/Rev.1 by a vote of 40 to 90, with no abstentions.',
    );
    expect(para(en, 6)).toBe(
      'Before the vote, the representative of the United States of America made a statement in explanation of vote. After the vote, statements in explanation of vote were made by the representatives of the Netherlands and Japan.',
    );
  });

  it('amendment tabled, rejected by recorded vote; vote on a paragraph', () => {
    const patch = (d: Dossier) => {
      d.drafts.push({
        symbol: 'A/C.3/77/L.45',
        kind: 'amendment',
        amends: 'A/C.3/77/L.21/Rev.1',
        agendaItem: '68 (b)',
        title: { fr: 'Amendement', en: 'Amendment' },
        origin: { kind: 'delegations' },
        mainSponsors: ['EGY'],
        actions: [{ meeting: 47, type: 'introduction', speaker: { delegation: 'EGY' } }],
      });
      d.drafts[0]!.actions = [
        {
          meeting: 47,
          type: 'vote',
          on: 'amendment',
          target: 'A/C.3/77/L.45',
          recorded: { yes: ['EGY'], no: ['MEX', 'ITA'], abstain: [] },
        },
        {
          meeting: 47,
          type: 'vote',
          on: 'paragraph',
          target: 'OP 2',
          recorded: { yes: ['MEX', 'ITA'], no: ['EGY'], abstain: ['IND'] },
          result: 'retained',
        },
        {
          meeting: 47,
          type: 'vote',
          on: 'paragraph',
          target: 'PP 2',
          counts: { yes: 10, no: 50, abstain: 3 },
          result: 'deleted',
        },
        { meeting: 47, type: 'adoption', method: 'without-vote' },
      ];
    };
    const fr = dossier('fr', patch);
    expect(para(fr, 5)).toBe(
      'À la même séance, la Commission était saisie d’un projet d’amendement au projet de résolution A/C.3/77/L.21/Rev.1 (A/C.3/77/L.45), déposé par l’Égypte.',
    );
    expect(para(fr, 6)).toBe(
      'À la même séance également, le représentant de l’Égypte a présenté le projet d’amendement.',
    );
    expect(para(fr, 7)).toBe(
      'Toujours à la même séance, la Commission a rejeté le projet d’amendement figurant dans le document A/C.3/77/L.45, à l’issue d’un vote enregistré, par 1 voix contre 2, sans abstention. Les voix se sont réparties comme suit :',
    );
    expect(paraBlock(fr, 7).vote!.groups[2]!.names).toEqual([]);
    expect(renderReport(fr, 'txt')).toContain(`Se sont abstenus${NBSP}:\n\n  Néant.`);
    expect(para(fr, 8)).toBe(
      'À la même séance, la Commission a décidé, à l’issue d’un vote enregistré, par 2 voix contre 1, avec 1 abstention, de maintenir le paragraphe 2 du dispositif du projet de résolution. Les voix se sont réparties comme suit :',
    );
    expect(para(fr, 9)).toBe(
      'À la même séance également, la Commission a décidé, par 10 voix contre 50, avec 3 abstentions, de supprimer le deuxième alinéa du préambule du projet de résolution.',
    );
    expect(para(fr, 10)).toBe(
      'Toujours à la même séance, la Commission a adopté le projet de résolution A/C.3/77/L.21/Rev.1 (voir par. 11 ci-après).',
    );
    // The deleted preambular paragraph is not in the recommended text.
    const draft = fr.chapters[2]!.drafts![0]!.drafts[0]!;
    expect(draft.preamble).toHaveLength(1);
    const en = dossier('en', patch);
    expect(para(en, 5)).toBe(
      'At the same meeting, the Committee had before it a proposed amendment to draft resolution A/C.3/77/L.21/Rev.1 (A/C.3/77/L.45), submitted by Egypt.',
    );
    expect(para(en, 7)).toBe(
      'At the same meeting, the Committee rejected the proposed amendment contained in document A/C.3/77/L.45 by a recorded vote of 1 to 2, with no abstentions. The voting was as follows:',
    );
    expect(para(en, 8)).toBe(
      'Also at the same meeting, the Committee decided to retain operative paragraph 2 of the draft resolution by a recorded vote of 2 to 1, with 1 abstention. The voting was as follows:',
    );
    expect(para(en, 9)).toBe(
      'At the same meeting, the Committee decided to delete the second preambular paragraph of the draft resolution by a vote of 10 to 50, with 3 abstentions.',
    );
  });

  it('an adopted amendment makes the draft “as amended”, with a warning that its text is not applied', () => {
    const r = dossier('en', (d) => {
      d.drafts[0]!.actions = [
        {
          meeting: 47,
          type: 'vote',
          on: 'amendment',
          target: 'A/C.3/77/L.46',
          counts: { yes: 80, no: 60, abstain: 20 },
        },
        { meeting: 47, type: 'vote', on: 'draft', counts: { yes: 120, no: 10, abstain: 30 } },
        { meeting: 47, type: 'adoption', method: 'vote' },
      ];
    });
    expect(para(r, 5)).toBe(
      'At the same meeting, the Committee adopted the proposed amendment contained in document A/C.3/77/L.46 by a vote of 80 to 60, with 20 abstentions.',
    );
    expect(para(r, 6)).toBe(
      'Also at the same meeting, the Committee adopted draft resolution A/C.3/77/L.21/Rev.1, as amended, by a vote of 120 to 10, with 30 abstentions (see para. 7).',
    );
    expect(r.warnings).toContainEqual({
      path: 'drafts[A/C.3/77/L.46]',
      message:
        'amendment A/C.3/77/L.46 was adopted; the record does not give the text it produces, so the recommended text of A/C.3/77/L.21/Rev.1 does not include it',
    });
  });
});

describe('warnings', () => {
  it('says exactly what the record lacks and where', () => {
    const d = tiny((x) => {
      delete x.agendaItems[0]!.allocation;
      x.drafts[0]!.title = { fr: 'Moratoire' };
      x.meetings[0]!.date = undefined;
      delete x.meetings[0]!.summaryRecord;
      x.drafts[0]!.actions = [
        { meeting: 47, type: 'oral-revision', paragraph: 'OP 9', text: 'x' },
        { meeting: 47, type: 'adoption', method: 'without-vote' },
        { meeting: 48, type: 'right-of-reply', speakers: [{ delegation: 'Atlantis' }] },
      ];
    });
    const r = composeReport(d, { agendaItem: '68 (b)', lang: 'en' });
    expect(r.warnings).toEqual([
      {
        path: 'agendaItems[68 (b)].parentTitle',
        message:
          'the record does not give the title of item 68, to which the sub-item belongs; the sub-item is printed without it',
      },
      {
        path: 'agendaItems[68 (b)].allocation',
        message:
          'the record does not say when the plenary allocated the item; the first paragraph is printed without the meeting and date',
      },
      {
        path: 'meetings[47].summaryRecord',
        message: 'no summary record symbol in the record; A/C.3/77/SR.47 is assumed',
      },
      {
        path: 'meetings[48].summaryRecord',
        message: 'no summary record symbol in the record; A/C.3/77/SR.48 is assumed',
      },
      { path: 'meetings[47].date', message: 'meeting 47 has no date in the record; printed without a date' },
      { path: 'meetings[48]', message: 'meeting 48 is not in the record; printed without a date' },
      {
        path: 'drafts[A/C.3/77/L.21/Rev.1].title.en',
        message: 'no English text in the record; the French text is printed',
      },
      {
        path: 'drafts[A/C.3/77/L.21/Rev.1].actions[2].speakers[0].delegation',
        message: 'unknown delegation “Atlantis”; printed as written',
      },
      {
        path: 'drafts[A/C.3/77/L.21/Rev.1].text.en',
        message: 'the record has the text in French only; that text is printed',
      },
      {
        path: 'drafts[A/C.3/77/L.21/Rev.1].actions[0].paragraph',
        message: 'the text has no paragraph OP 9; the revision is not applied',
      },
    ]);
    // Still produced: the paragraphs without the missing facts.
    expect(para(r, 1)).toBe(
      'The General Assembly decided to include in the agenda of its seventy-seventh session the sub-item entitled “Promotion and protection of human rights: human rights questions” and to allocate it to the Third Committee.',
    );
    expect(para(r, 2)).toBe(
      'The Committee considered the item and took action on it at its 47th and 48th meetings. An account of the discussion is contained in the relevant summary records.',
    );
    expect(para(r, 5)).toBe('At the same meeting, the draft resolution was orally revised.');
    expect(para(r, 6)).toBe(
      'Also at the same meeting, the Committee adopted draft resolution A/C.3/77/L.21/Rev.1, as orally revised (see para. 8).',
    );
    expect(para(r, 7)).toBe(
      'At its 48th meeting, the representative of Atlantis made a statement in exercise of the right of reply.',
    );
  });
  it('throws on an unknown agenda item, naming it', () => {
    expect(() => composeReport(tiny(), { agendaItem: '999', lang: 'fr' })).toThrow(
      'Unknown agenda item "999": the dossier has item 68 (b)',
    );
  });
  it('a draft without action is left out, with a warning', () => {
    const r = composeReport(tiny(), { agendaItem: '68 (b)', lang: 'fr' });
    expect(r.chapters.map((c) => c.number)).toEqual(['I']);
    expect(r.warnings).toContainEqual({
      path: 'drafts[A/C.3/77/L.21/Rev.1].actions',
      message: 'no action on the draft in the record; it is left out of the report',
    });
  });
});
