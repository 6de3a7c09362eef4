import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { composeReport, renderReport, renderReportDocx } from '../index';
import type { Dossier } from '@concordia/schema';
import { AKN_XSD_PATH, crime76, DEMO_PATH, tiny } from '../testing/fixtures.test';

const XSD = AKN_XSD_PATH;
const hasXmllint = (() => {
  try {
    execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

const voted = tiny((d) => {
  d.drafts[0]!.actions = [
    {
      meeting: 47,
      type: 'vote',
      on: 'draft',
      recorded: { yes: ['MEX', 'ITA', 'FRA'], no: ['CHN'], abstain: ['IND'] },
    },
    { meeting: 47, type: 'adoption', method: 'vote' },
  ];
  d.drafts[0]!.text!.annex = {
    title: 'Déclaration',
    preamble: ['Nous, États Membres,'],
    body: [
      { heading: 'Prévention', number: 'I' },
      { chapeau: 'Déclarons ce qui suit :' },
      'Nous nous engageons[^3] ;',
    ],
  };
  d.drafts[0]!.text!.footnotes!['3'] = 'Voir A/77/101.';
});

describe('txt', () => {
  it('prints the report as plain text, footnotes after their part', () => {
    const txt = renderReport(composeReport(voted, { agendaItem: '68 (b)', lang: 'en' }), 'txt');
    expect(
      txt.startsWith('A/77/…\n\nGeneral Assembly\n\nSeventy-seventh session\n\nAgenda item 68 (b)\n\n'),
    ).toBe(true);
    expect(txt).toContain(
      'In favour:\n\n  France, Italy, Mexico.\n\nAgainst:\n\n  China.\n\nAbstaining:\n\n  India.',
    );
    expect(txt).toContain(
      'Draft resolution\n\nMoratoire sur l’application de la peine de mort\n\nThe General Assembly,',
    ); // the record has the French text only
    expect(txt).toContain('__________________\n\n1 Charte, Art. 1.\n\n2 Voir A/77/100.\n\n3 Voir A/77/101.');
  });
});

describe('html', () => {
  it('is a print-ready page with the UN layout', () => {
    const html = renderReport(composeReport(crime76(), { agendaItem: '108', lang: 'fr' }), 'html');
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="fr">/);
    expect(html).toContain('@page { size: A4;');
    expect(html).toContain('@media print');
    expect(html).toContain('<div class="symbol">A/76/…</div>');
    expect(html).toContain('<p>Point 108 de l’ordre du jour</p>');
    expect(html).toContain('<h2 id="chap-I"><span class="num">I.</span>Introduction</h2>');
    expect(html).toContain(
      '<h3><span class="num">F.</span>Projet de résolution <a href="https://undocs.org/fr/A/C.3/76/L.10/Rev.1">A/C.3/76/L.10/Rev.1</a></h3>',
    );
    expect(html).toContain(
      '<p class="para" id="para-7"><span class="num">7.</span>À sa 7<sup>e</sup> séance',
    );
    expect(html).toContain('<sup><a href="#r-fn1" id="r-ref1">1</a></sup>');
    expect(html).toContain('<p id="r-fn1"><span class="fnum"><sup>1</sup></span>Voir');
  });
});

describe('akn', () => {
  const xml = renderReport(composeReport(voted, { agendaItem: '68 (b)', lang: 'fr' }), 'akn');
  it('is Akoma Ntoso: a doc with resolutionDraft statements, sponsors as references, votes in analysis', () => {
    expect(xml).toContain('<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"');
    expect(xml).toContain('<doc name="report" contains="originalVersion">');
    expect(xml).toContain('<statement name="resolutionDraft" contains="originalVersion">');
    expect(xml).toContain(
      '<TLCOrganization eId="cmp_1__org_MEX" href="/ontology/organization/un/MEX" showAs="Mexique"/>',
    );
    expect(xml).toContain(
      '<docProponent refersTo="#cmp_1__org_BEL" as="#cmp_1__mainSponsor">Belgique</docProponent>',
    );
    expect(xml).toMatch(
      /<analysis source="#concordia"><parliamentary><voting eId="vote_1" href="#para_\d+" outcome="#adopted" refersTo="#recordedVote"><count eId="vote_1__yes" value="3" refersTo="#inFavour"><cc:voter refersTo="#org_FRA"\/>/,
    );
    expect(xml).toContain('<paragraph eId="cmp_1__body__para_1"><num>1.</num>');
    expect(xml).toContain('<authorialNote marker="1" placement="bottom"');
  });
  (hasXmllint ? it : it.skip)('validates against akomantoso30.xsd (xmllint)', () => {
    for (const [name, doc] of [
      ['tiny', xml],
      ['crime76', renderReport(composeReport(crime76(), { agendaItem: '108', lang: 'en' }), 'akn')],
      ...(fs.existsSync(DEMO_PATH)
        ? [
            [
              'demo',
              renderReport(
                composeReport(JSON.parse(fs.readFileSync(DEMO_PATH, 'utf8')) as Dossier, {
                  agendaItem: '108',
                  lang: 'fr',
                }),
                'akn',
              ),
            ] as const,
          ]
        : []),
    ] as const) {
      const file = path.join(os.tmpdir(), `report-${name}-${process.pid}.xml`);
      fs.writeFileSync(file, doc);
      const out = execFileSync('xmllint', ['--noout', '--schema', XSD, file], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      expect(out).toBe('');
      fs.unlinkSync(file);
    }
  });
});

describe('docx', () => {
  it('has real headings, Word-numbered paragraphs and real footnotes restarting in each draft', async () => {
    const buf = await renderReportDocx(composeReport(voted, { agendaItem: '68 (b)', lang: 'fr' }));
    expect(buf.subarray(0, 2).toString()).toBe('PK');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-docx-'));
    const file = path.join(dir, 'r.docx');
    fs.writeFileSync(file, buf);
    const unzip = (part: string) => execFileSync('unzip', ['-p', file, part], { encoding: 'utf8' });
    const doc = unzip('word/document.xml');
    const notes = unzip('word/footnotes.xml');
    expect(doc).toContain('<w:pStyle w:val="Heading1"/>');
    expect(doc).toContain('<w:pStyle w:val="Heading2"/>');
    expect(doc).toContain('<w:pStyle w:val="Heading3"/>');
    expect((doc.match(/<w:numPr>/g) ?? []).length).toBeGreaterThanOrEqual(7 + 3); // 7 report paragraphs, 3 operative
    expect((doc.match(/<w:footnoteReference w:id="\d+"\/>/g) ?? []).length).toBe(4); // 1 in the report, 3 in the draft
    expect(doc).toContain('<w:numRestart w:val="eachSect"/>');
    expect(notes).toContain('Voir A/C.3/77/SR.47.');
    expect(notes).toContain('Charte, Art. 1.');
    // The text reads in order.
    const text = doc.replace(/<w:tab\/>/g, '\t').replace(/<[^>]+>/g, '');
    expect(text).toContain('Ont voté pour');
    expect(text.indexOf('Moratoire sur l’application de la peine de mort')).toBeGreaterThan(0);
    fs.rmSync(dir, { recursive: true });
  });
});
