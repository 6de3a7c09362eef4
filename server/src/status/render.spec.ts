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
          sponsors: 'Cuba (on behalf of Group of 77 and China)',
          programmeBudgetImplications: true,
          pbi: 'Oral statement',
          outcome: '',
          action: '',
          meeting: null,
          date: null,
          vote: null,
          amendments: [
            {
              symbol: 'A/C.3/76/L.61',
              title: '',
              sponsors: '',
              programmeBudgetImplications: false,
              pbi: 'None',
              outcome: 'Rejected by vote — 12th mtg, 15 Nov',
              action: 'Rejected by vote',
              meeting: 12,
              date: '2021-11-15',
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
    expect(html).toContain('<td>Oral statement</td>');
    expect(html).toContain('Rejected by vote (1-2-0)<br>12th mtg<br>15 Nov');
  });

  it('quotes CSV cells that need it; action, meeting and date have columns of their own', () => {
    const lines = renderCsv(status).split('\r\n');
    expect(lines[0]).toBe(
      'agenda_item,symbol,amends,title,sponsors,programme_budget_implications,outcome,action,meeting,date,vote',
    );
    expect(lines[1]).toBe(
      '108,A/C.3/76/L.14,,"A ""quoted"", title",Cuba (on behalf of Group of 77 and China),Oral statement,,,,,',
    );
    expect(lines[2]).toBe(
      '108,A/C.3/76/L.61,A/C.3/76/L.14,,,None,"Rejected by vote — 12th mtg, 15 Nov",Rejected by vote,12,2021-11-15,1-2-0',
    );
  });

  it('indents amendments under their draft in text', () => {
    const txt = renderText(status);
    expect(txt).toContain(
      '      Amendment A/C.3/76/L.61\n        Action: Rejected by vote — 12th mtg, 15 Nov (1-2-0)',
    );
  });
});
