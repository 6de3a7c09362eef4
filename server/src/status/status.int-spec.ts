import * as fs from 'node:fs';
import * as path from 'node:path';
import { api, databaseKinds, login, startTestApp, type TestApp } from '../../test/harness';
import { UsersService } from '../users/users.service';

const MINIMAL: unknown = JSON.parse(
  fs.readFileSync(path.join(__dirname, '../../test/fixtures/minimal-dossier.json'), 'utf8'),
);
const PASSWORD = 'secret-password';

for (const kind of databaseKinds()) {
  describe(`status of action (${kind})`, () => {
    let t: TestApp;
    let sec: ReturnType<typeof api>;
    let blr: ReturnType<typeof api>;

    beforeAll(async () => {
      t = await startTestApp(kind);
      const users = t.app.get(UsersService);
      await users.create({
        email: 'sec@un.test',
        name: 'Secretariat',
        password: PASSWORD,
        role: 'secretariat',
      });
      await users.create({
        email: 'blr@un.test',
        name: 'Belarus',
        password: PASSWORD,
        role: 'delegate',
        delegation: 'BLR',
      });
      sec = api(t.url, await login(t.url, 'sec@un.test', PASSWORD));
      blr = api(t.url, await login(t.url, 'blr@un.test', PASSWORD));
      expect((await sec.post('/dossiers', MINIMAL)).status).toBe(201);
      // A third draft acted on by recorded vote, after a vote on an amendment and an oral revision.
      const dossier = {
        format: 'concordia-dossier/1',
        session: 76,
        committee: 'C3',
        agendaItems: [
          {
            number: '108',
            title: {
              fr: 'Prévention du crime et justice pénale',
              en: 'Crime prevention and criminal justice',
            },
          },
        ],
        meetings: [{ number: 12, date: '2021-11-15', kind: 'formal' }],
        drafts: [
          {
            symbol: 'A/C.3/76/L.14',
            agendaItem: '108',
            title: { en: 'A draft put to the vote', fr: 'Un projet mis aux voix' },
            origin: { kind: 'delegations' },
            mainSponsors: ['CUB'],
            onBehalfOfGroup: 'G77',
          },
        ],
      };
      expect((await sec.post('/dossiers', dossier)).status).toBe(201);
      const drafts = (await sec.get('/sessions/76/drafts')).body as { id: string; symbol: string }[];
      const id = drafts.find((d) => d.symbol === 'A/C.3/76/L.14')!.id;
      for (const body of [
        {
          action: {
            meeting: 12,
            type: 'oral-revision',
            paragraph: 'OP 2',
            text: 'Decides to remain seized of the matter.',
          },
        },
        {
          pastedVote: {
            meeting: 12,
            on: 'amendment',
            target: 'A/C.3/76/L.61',
            yes: 'Belarus',
            no: 'Cuba and China',
            abstain: '',
          },
        },
        { pastedVote: { meeting: 12, yes: 'Cuba, China et Bélarus', no: 'Italie', abstain: 'France' } },
        { action: { meeting: 12, type: 'adoption', method: 'vote' } },
      ]) {
        expect((await sec.post(`/drafts/${id}/actions`, body)).status).toBe(201);
      }
    }, 60_000);
    afterAll(() => t?.close());

    it('answers JSON for the page, in the Committee’s wording', async () => {
      const res = await blr.get('/sessions/76/status?lang=en&format=json');
      expect(res.status).toBe(200);
      const rows = res.body.items[0].proposals;
      expect(rows.map((r: { symbol: string }) => r.symbol)).toEqual([
        'A/C.3/76/L.2',
        'A/C.3/76/L.10/Rev.1',
        'A/C.3/76/L.14',
      ]);
      expect(rows[0]).toMatchObject({
        outcome: 'Adopted — 7th mtg, 5 Nov',
        programmeBudgetImplications: false,
      });
      expect(rows[1]).toMatchObject({
        sponsors: 'Armenia, Azerbaijan and Belarus',
        outcome: 'Adopted — 10th mtg, 12 Nov',
        programmeBudgetImplications: true,
      });
      expect(rows[2]).toMatchObject({
        sponsors: 'Cuba (on behalf of Group of 77 and China)',
        outcome: 'Adopted by vote as orally revised and as a whole — 12th mtg, 15 Nov',
        action: 'Adopted by vote as orally revised and as a whole',
        meeting: 12,
        date: '2021-11-15',
        pbi: 'None',
        vote: '3-1-1',
      });
      expect(rows[2].amendments).toEqual([
        expect.objectContaining({
          symbol: 'A/C.3/76/L.61',
          outcome: 'Rejected by vote — 12th mtg, 15 Nov',
          vote: '1-2-0',
        }),
      ]);
    });

    it('exports html, txt and csv, in French or English', async () => {
      const html = await fetch(`${t.url}/api/sessions/76/status?lang=fr&format=html`, {
        headers: { authorization: `Bearer ${await login(t.url, 'blr@un.test', PASSWORD)}` },
      });
      expect(html.headers.get('content-type')).toContain('text/html');
      const page = await html.text();
      expect(page).toContain('<html lang="fr">');
      expect(page).toContain('Adopté<br>10e séance<br>12 nov.');
      expect(page).toContain('Cuba (au nom du Groupe des 77 et de la Chine)');

      const txt = await sec.get('/sessions/76/status?lang=en&format=txt');
      expect(txt.headers.get('content-type')).toContain('text/plain');
      expect(txt.body).toContain('Agenda item 108 — Crime prevention and criminal justice');
      expect(txt.body).toContain('Amendment A/C.3/76/L.61');

      const csv = await sec.get('/sessions/76/status?lang=en&format=csv');
      expect(csv.headers.get('content-type')).toContain('text/csv');
      const lines = (csv.body as string).trim().split('\r\n');
      expect(lines[0]).toBe(
        'agenda_item,symbol,amends,title,sponsors,programme_budget_implications,outcome,action,meeting,date,vote',
      );
      expect(lines).toContain(
        '108,A/C.3/76/L.61,A/C.3/76/L.14,,,None,"Rejected by vote — 12th mtg, 15 Nov",Rejected by vote,12,2021-11-15,1-2-0',
      );
    });

    it('validates the query and knows only recorded sessions', async () => {
      expect((await sec.get('/sessions/76/status?format=pdf')).status).toBe(400);
      expect((await sec.get('/sessions/99/status')).status).toBe(404);
    });

    it('exports every recorded vote in the UN Digital Library voting-data form, amendment votes included', async () => {
      const res = await fetch(`${t.url}/api/sessions/76/votes`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/csv');
      const lines = (await res.text()).trim().split('\r\n');
      expect(lines[0]).toBe(
        'ms_code,ms_name,ms_vote,date,session,draft,vote_on,target,meeting,total_yes,total_no,total_abstentions,total_non_voting,total_ms',
      );
      expect(lines).toContainEqual(
        expect.stringMatching(
          /^BLR,Belarus,Y,2021-11-15,76,A\/C\.3\/76\/L\.14,amendment,A\/C\.3\/76\/L\.61,12,1,2,0,\d+,\d+$/,
        ),
      );
      expect(lines).toContainEqual(
        expect.stringMatching(/^ITA,Italy,N,2021-11-15,76,A\/C\.3\/76\/L\.14,draft,,12,3,1,1,/),
      );
      const json = await sec.get('/sessions/76/votes?format=json');
      expect(json.body).toHaveLength(2);
    });

    it('is public, as the UN’s own page is: readable without signing in', async () => {
      const anonymous = api(t.url);
      const res = await anonymous.get('/sessions/76/status?lang=en&format=json');
      expect(res.status).toBe(200);
      expect(res.body.items[0].proposals.map((r: { symbol: string }) => r.symbol)).toContain('A/C.3/76/L.14');
      expect((await anonymous.get('/sessions/76/status?lang=en&format=csv')).status).toBe(200);
      expect((await anonymous.get('/sessions/99/status')).status).toBe(404);
    });
  });
}
