import type { StatusOfAction } from '@concordia/domain';
import { renderCsv, renderHtml, renderText } from './render';

const status: StatusOfAction = {
  session: 76,
  lang: 'en',
  items: [
    {
      number: '108',
      title: 'Crime <prevention>',
      proposals: [
        {
          symbol: 'A/C.3/76/L.14',
          title: 'A "quoted", title',
          sponsors: 'Cuba (on behalf of the Group of 77 and China)',
          programmeBudgetImplications: true,
          outcome: '',
          vote: null,
          amendments: [
            {
              symbol: 'A/C.3/76/L.61',
              title: '',
              sponsors: '',
              programmeBudgetImplications: false,
              outcome: 'Rejected by vote — 12th mtg, 15 Nov',
              vote: '1-2-0',
              amendments: [],
            },
          ],
        },
      ],
    },
  ],
};

describe('status of action renderings', () => {
  it('escapes HTML and marks amendments', () => {
    const html = renderHtml(status);
    expect(html).toContain('Crime &lt;prevention&gt;');
    expect(html).toContain('<tr class="amendment">');
    expect(html).toContain('Pending');
  });

  it('quotes CSV cells that need it', () => {
    expect(renderCsv(status).split('\r\n')[1]).toBe(
      '108,A/C.3/76/L.14,,"A ""quoted"", title",Cuba (on behalf of the Group of 77 and China),yes,,',
    );
  });

  it('indents amendments under their draft in text', () => {
    const txt = renderText(status);
    expect(txt).toContain(
      '      Amendment A/C.3/76/L.61\n        Action: Rejected by vote — 12th mtg, 15 Nov (1-2-0)',
    );
  });
});
