/**
 * Real reports of other sessions and items (see src/testing/real/README.md for what was found and where): their
 * facts are kept as dossiers, and each test composes the report and checks it paragraph by paragraph against the
 * forms those reports print. Where the generated text still differs, the test says how, classified.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DossierSchema } from '@concordia/schema';
import { composeReport, renderReport, type ComposedReport } from './index';
import { plain } from './render/common';

const REAL = path.join(__dirname, 'testing/real');
const load = (name: string) =>
  DossierSchema.parse(JSON.parse(fs.readFileSync(path.join(REAL, name), 'utf8')));

function para(r: ComposedReport, n: number): string {
  for (const ch of r.chapters)
    for (const b of ch.blocks) if (b.kind === 'paragraph' && b.number === n) return plain(b.content);
  throw new Error(`no paragraph ${n}`);
}

describe('A/62/439/Add.2 — sub-item 70 (b), 62nd session, issued in seven parts', () => {
  const r = composeReport(load('a-62-439-add-2.json'), {
    agendaItem: '70 (b)',
    lang: 'en',
    symbol: 'A/62/439/Add.2',
  });

  it('titles the report « item: sub-item », names the Rapporteur and says the report is issued in parts', () => {
    expect(r.cover.title).toBe(
      'Promotion and protection of human rights: human rights questions, including alternative approaches for improving the effective enjoyment of human rights and fundamental freedoms',
    );
    expect(r.cover.rapporteur).toBe('Rapporteur: Ms. Tebatso Future Baleseng (Botswana)');
    expect(r.cover.partsNote).toBe(
      'The report of the Committee on this item is being issued in seven parts, under the symbol A/62/439 and Add.1-6.',
    );
    const txt = renderReport(r, 'txt');
    expect(txt).toContain(
      'Report of the Third Committee*\n\nRapporteur: Ms. Tebatso Future Baleseng (Botswana)\n\n* The report of the Committee',
    );
  });

  it('names the item the sub-item belongs to (chapter I, par. 1)', () => {
    expect(para(r, 1)).toBe(
      'At its 3rd plenary meeting, on 21 September 2007, the General Assembly, on the recommendation of the General Committee, decided to include in the agenda of its sixty-second session, under the item entitled “Promotion and protection of human rights”, the sub-item entitled “Human rights questions, including alternative approaches for improving the effective enjoyment of human rights and fundamental freedoms” and to allocate it to the Third Committee.',
    );
  });

  it('tells the general discussion held jointly with other sub-items and the action, with the year (par. 2)', () => {
    // Remaining differences with the report, both of the generator: the report groups consecutive days as ranges
    // (« from 24 to 26 and from 29 to 31 October 2007 ») and prints the summary records inline in compact form
    // (« (A/C.3/62/SR.22-33, 39, 43-46, …) »), where the generator lists the days and gives a footnote.
    expect(para(r, 2)).toBe(
      'The Third Committee held a general discussion on the sub-item jointly with sub-items 70 (c) and (e) at its 22nd to 33rd meetings, on 24, 25, 26, 29, 30 and 31 October 2007, and took action on sub-item (b) at its 39th, 43rd to 46th, 48th, 49th and 51st to 54th meetings, on 8, 14, 15, 19, 20, 21, 27 and 28 November 2007. An account of the Committee’s consideration is contained in the relevant summary records.¹',
    );
    expect(r.footnotes[0]!.text).toMatch(/^See A\/C\.3\/62\/SR\.22, .* and A\/C\.3\/62\/SR\.54\.$/);
  });

  it('refers to the first part for the documents (par. 3)', () => {
    expect(para(r, 3)).toBe('For the documents before the Committee under this sub-item, see A/62/439.');
  });

  it('tells the interactive dialogue, with the names in force at the session, the year on chapter I’s summary only (par. 4)', () => {
    expect(para(r, 4)).toBe(
      'At the 22nd meeting, on 24 October, the United Nations High Commissioner for Human Rights addressed the Committee and engaged in a dialogue with the representatives of Portugal (on behalf of the States Members of the United Nations that are members of the European Union), the Russian Federation, Gabon, the Sudan, Switzerland, France, China, India, Indonesia, Benin, Iraq, Nepal, Cuba, Egypt, Canada, Cameroon, Colombia, Algeria, the Libyan Arab Jamahiriya and Morocco (see A/C.3/62/SR.22).',
    );
  });
});
