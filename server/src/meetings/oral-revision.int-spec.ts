import { DataSource } from 'typeorm';
import { DOSSIER_FORMAT, type DossierInput } from '@concordia/schema';
import { api, databaseKinds, login, startTestApp, type TestApp } from '../../test/harness';
import { UsersService } from '../users/users.service';

const PASSWORD = 'secret-password';
const DOSSIER: DossierInput = {
  format: DOSSIER_FORMAT,
  session: 76,
  committee: 'C3',
  agendaItems: [{ number: '108', title: { fr: 'Prévention du crime et justice pénale' } }],
  meetings: [{ number: 10, date: '2021-11-12', kind: 'formal' }],
  drafts: [
    {
      symbol: 'A/C.3/76/L.10/Rev.1',
      agendaItem: '108',
      title: { fr: 'Amélioration de la coordination de l’action contre la traite des personnes' },
      origin: { kind: 'delegations' },
      mainSponsors: ['BLR'],
      text: {
        language: 'fr',
        preamble: ['Rappelant ses résolutions antérieures,'],
        operative: [
          'Prend note du rapport ;',
          { text: 'Prie le Secrétaire général :', sub: ['de lui présenter un rapport ;', 'de coopérer.'] },
        ],
      },
    },
  ],
};

for (const kind of databaseKinds()) {
  describe(`oral revisions change the text (${kind})`, () => {
    let t: TestApp;
    let sec: ReturnType<typeof api>;
    let draftId: string;
    beforeAll(async () => {
      t = await startTestApp(kind);
      await t.app
        .get(UsersService)
        .create({ email: 'sec@un.test', name: 'Secretariat', password: PASSWORD, role: 'secretariat' });
      sec = api(t.url, await login(t.url, 'sec@un.test', PASSWORD));
      expect((await sec.post('/dossiers', DOSSIER)).status).toBe(201);
      draftId = (await sec.get('/sessions/76/drafts')).body[0].id;
    }, 60_000);
    afterAll(() => t?.close());

    it('applies the new wording to the paragraph and keeps the result as a named version', async () => {
      const res = await sec.post(`/drafts/${draftId}/actions`, {
        action: {
          meeting: 10,
          type: 'oral-revision',
          paragraph: 'OP 2 (a)',
          text: 'de lui présenter, à sa soixante-dix-septième session, un rapport ;',
        },
      });
      expect(res.status).toBe(201);
      const draft = await sec.get(`/drafts/${draftId}?lang=fr`);
      expect(draft.body.text.operative[1]).toEqual({
        text: 'Prie le Secrétaire général :',
        sub: ['de lui présenter, à sa soixante-dix-septième session, un rapport ;', 'de coopérer.'],
      });
      const versions = await sec.get(`/drafts/${draftId}/versions`);
      expect(versions.status).toBe(200);
      const names = (versions.body.versions ?? versions.body).map((v: { name: string }) => v.name);
      expect(names).toContain('As orally revised at the 10th meeting');
    });

    it('records the wording of a revision to a draft whose text the record does not hold', async () => {
      await sec.post('/dossiers', {
        ...DOSSIER,
        drafts: [
          {
            symbol: 'A/C.3/76/L.11',
            agendaItem: '108',
            title: { fr: 'Sans texte' },
            origin: { kind: 'delegations' },
            mainSponsors: ['FRA'],
          },
        ],
      });
      const id = ((await sec.get('/sessions/76/drafts')).body as { id: string; symbol: string }[]).find(
        (d) => d.symbol === 'A/C.3/76/L.11',
      )!.id;
      const res = await sec.post(`/drafts/${id}/actions`, {
        action: { meeting: 10, type: 'oral-revision', paragraph: 'OP 3', text: 'Décide.' },
      });
      expect(res.status).toBe(201);
      expect((await sec.get(`/drafts/${id}?lang=fr`)).body.text).toBeNull();
    });

    it('refuses a paragraph the draft does not have, saying which it has, and records nothing', async () => {
      const before = (
        (await t.app.get(DataSource).query(`SELECT count(*)::int AS n FROM actions`)) as { n: number }[]
      )[0]!.n;
      const res = await sec.post(`/drafts/${draftId}/actions`, {
        action: { meeting: 10, type: 'oral-revision', paragraph: 'OP 7', text: 'Décide.' },
      });
      expect(res.status).toBe(400);
      expect(res.body.message).toBe(
        'The oral revision was not recorded: A/C.3/76/L.10/Rev.1 has no paragraph "OP 7". It has PP 1 to OP 2 (b).',
      );
      const after = (
        (await t.app.get(DataSource).query(`SELECT count(*)::int AS n FROM actions`)) as { n: number }[]
      )[0]!.n;
      expect(after).toBe(before);
    });
  });
}
