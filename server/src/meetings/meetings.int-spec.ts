import { DataSource } from 'typeorm';
import { DOSSIER_FORMAT, type DossierInput } from '@concordia/schema';
import { api, databaseKinds, login, startTestApp, type TestApp } from '../../test/harness';
import { UsersService } from '../users/users.service';

const DOSSIER: DossierInput = {
  format: DOSSIER_FORMAT,
  session: 76,
  committee: 'C3',
  agendaItems: [
    {
      number: '108',
      title: { fr: 'Prévention du crime et justice pénale', en: 'Crime prevention and criminal justice' },
    },
  ],
  meetings: [
    { number: 12, date: '2021-11-15', kind: 'formal' },
    { number: 7, date: '2021-11-05', kind: 'formal' },
    { number: 10, date: '2021-11-12', kind: 'formal' },
  ],
  drafts: [
    {
      symbol: 'A/C.3/76/L.10/Rev.1',
      revises: 'A/C.3/76/L.10',
      agendaItem: '108',
      title: {
        fr: 'Amélioration de la coordination de l’action contre la traite des personnes',
        en: 'Improving the coordination of efforts against trafficking in persons',
      },
      origin: { kind: 'delegations' },
      mainSponsors: ['ARM', 'AZE', 'BLR'],
    },
    {
      symbol: 'A/C.3/76/L.9',
      agendaItem: '108',
      title: { en: 'Draft to be voted on' },
      origin: { kind: 'delegations' },
      mainSponsors: ['ITA'],
    },
    {
      symbol: 'A/C.3/76/L.11',
      agendaItem: '108',
      title: { en: 'Draft to be corrected' },
      origin: { kind: 'delegations' },
      mainSponsors: ['FRA'],
    },
  ],
};

const PASSWORD = 'secret-password';

for (const kind of databaseKinds()) {
  describe(`meeting record (${kind})`, () => {
    let t: TestApp;
    let sec: ReturnType<typeof api>;
    let ita: ReturnType<typeof api>;
    const ids: Record<string, string> = {};
    const count = async (table: string) => {
      const [row] = (await t.app.get(DataSource).query(`SELECT count(*)::int AS n FROM ${table}`)) as {
        n: number;
      }[];
      return row!.n;
    };

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
        email: 'ita@un.test',
        name: 'Italy',
        password: PASSWORD,
        role: 'delegate',
        delegation: 'ITA',
      });
      sec = api(t.url, await login(t.url, 'sec@un.test', PASSWORD));
      ita = api(t.url, await login(t.url, 'ita@un.test', PASSWORD));
      expect((await sec.post('/dossiers', DOSSIER)).status).toBe(201);
      for (const d of (await sec.get('/sessions/76/drafts')).body as { id: string; symbol: string }[])
        ids[d.symbol] = d.id;
    }, 60_000);
    afterAll(() => t?.close());

    const L10 = () => `/drafts/${ids['A/C.3/76/L.10/Rev.1']}/actions`;

    it('records meeting 10 on A/C.3/76/L.10/Rev.1 in order and moves the draft to adopted', async () => {
      const steps = [
        { meeting: 10, type: 'programme-budget-implications' },
        {
          meeting: 10,
          type: 'statement',
          timing: 'before-action',
          speakers: [{ delegation: 'Bélarus', gender: 'male' }],
        },
        { meeting: 10, type: 'adoption', method: 'without-vote' },
        {
          meeting: 10,
          type: 'statement',
          timing: 'after-action',
          speakers: [
            { delegation: 'United States of America' },
            { delegation: 'Holy See' },
            { delegation: 'Canada', alsoOnBehalfOf: ['Australie', 'ISL', 'New Zealand'] },
          ],
        },
        {
          meeting: 10,
          type: 'right-of-reply',
          speakers: [{ delegation: 'BLR' }, { delegation: 'Lituanie' }, { delegation: 'Poland' }],
        },
      ];
      const statuses: string[] = [];
      for (const action of steps) {
        const res = await sec.post(L10(), { action });
        expect(res.status).toBe(201);
        statuses.push(res.body.status);
      }
      expect(statuses).toEqual(['revised', 'revised', 'adopted', 'adopted', 'adopted']);

      const meeting = await sec.get('/sessions/76/meetings/10');
      expect(meeting.status).toBe(200);
      expect(meeting.body.drafts.map((d: { symbol: string }) => d.symbol)).toEqual(['A/C.3/76/L.10/Rev.1']);
      expect(meeting.body.actions.map((a: { type: string }) => a.type)).toEqual([
        'programme-budget-implications',
        'statement',
        'adoption',
        'statement',
        'right-of-reply',
      ]);
      // Names were stored as codes; the observer moved to the end, as the record prints it.
      const after = meeting.body.actions[3].payload;
      expect(after.speakers.map((s: { delegation: string }) => s.delegation)).toEqual(['USA', 'CAN']);
      expect(after.speakers[1].alsoOnBehalfOf).toEqual(['AUS', 'ISL', 'NZL']);
      expect(after.observers).toEqual([{ delegation: 'VAT' }]);
      expect(meeting.body.actions[1].payload.speakers).toEqual([{ delegation: 'BLR', gender: 'male' }]);

      const list = await ita.get('/sessions/76/meetings');
      expect(list.body.map((m: { number: number }) => m.number)).toEqual([7, 10, 12]);
      expect(list.body[1].drafts.map((d: { status: string }) => d.status)).toEqual(['adopted']);
    });

    it('refuses transitions that make no sense, with the reason, and saves nothing', async () => {
      const before = await count('actions');
      const again = await sec.post(L10(), { action: { meeting: 12, type: 'withdrawal' } });
      expect(again.status).toBe(409);
      expect(again.body.message).toContain('already been adopted');
      const early = await sec.post(`/drafts/${ids['A/C.3/76/L.9']}/actions`, {
        action: { meeting: 10, type: 'statement', timing: 'after-action', speakers: [{ delegation: 'ITA' }] },
      });
      expect(early.status).toBe(409);
      expect(early.body.message).toContain('No action has been taken');
      const noMeeting = await sec.post(`/drafts/${ids['A/C.3/76/L.9']}/actions`, {
        action: { meeting: 99, type: 'introduction', speaker: { delegation: 'ITA' } },
      });
      expect(noMeeting.status).toBe(400);
      expect(noMeeting.body.issues).toEqual([
        { path: 'action.meeting', message: expect.stringContaining('meeting 99') },
      ]);
      expect(await count('actions')).toBe(before);
    });

    it('refuses a pasted vote with unknown names, flagging every one, and saves nothing', async () => {
      const before = { actions: await count('actions'), audit: await count('audit_log') };
      const res = await sec.post(`/drafts/${ids['A/C.3/76/L.9']}/actions`, {
        pastedVote: {
          meeting: 12,
          yes: 'Armenia, Frnace and Italy',
          no: 'Belarus et Untied Kingdom of Great Britain and Northern Ireland',
          abstain: 'Holy See',
        },
      });
      expect(res.status).toBe(400);
      expect(
        res.body.issues.map((i: { path: string; message: string }) => [i.path, i.message.split('.')[0]]),
      ).toEqual([
        ['pastedVote.yes', 'Unknown name “Frnace”'],
        ['pastedVote.no', 'Unknown name “Untied Kingdom of Great Britain and Northern Ireland”'],
        ['pastedVote.abstain', 'Holy See is not a Member State: only Members vote'],
      ]);
      expect(res.body.message).toContain('Nothing was saved');
      expect({ actions: await count('actions'), audit: await count('audit_log') }).toEqual(before);
      // Unknown names in lists given directly are refused the same way.
      const direct = await sec.post(`/drafts/${ids['A/C.3/76/L.9']}/actions`, {
        action: {
          meeting: 12,
          type: 'vote',
          on: 'draft',
          recorded: { yes: ['ARM', 'Atlantis'], no: [], abstain: [] },
        },
      });
      expect(direct.status).toBe(400);
      expect(direct.body.issues[0].path).toBe('action.recorded.yes');
    });

    it('records a pasted vote with its computed tally, then the adoption by vote', async () => {
      const id = ids['A/C.3/76/L.9'];
      const amendment = await sec.post(`/drafts/${id}/actions`, {
        pastedVote: {
          meeting: 12,
          on: 'amendment',
          target: 'A/C.3/76/L.60',
          yes: 'France',
          no: 'Italie, Arménie et Bélarus',
          abstain: '',
        },
      });
      expect(amendment.status).toBe(201);
      expect(amendment.body.action.tally).toEqual({ yes: 1, no: 3, abstain: 0, nonVoting: 189 });
      const res = await sec.post(`/drafts/${id}/actions`, {
        pastedVote: {
          meeting: 12,
          yes: 'In favour: Armenia, Bosnia and Herzegovina, Italy, Zambia and United Kingdom of Great Britain and Northern Ireland.',
          no: 'Against: Belarus.',
          abstain: 'Abstaining: France and China.',
        },
      });
      expect(res.status).toBe(201);
      expect(res.body.action.payload.recorded).toEqual({
        yes: ['ARM', 'BIH', 'ITA', 'ZMB', 'GBR'],
        no: ['BLR'],
        abstain: ['FRA', 'CHN'],
      });
      expect(res.body.action.tally).toEqual({ yes: 5, no: 1, abstain: 2, nonVoting: 185 });
      expect(res.body.status).toBe('tabled');
      const typed = await sec.post(`/drafts/${id}/actions`, {
        action: {
          meeting: 12,
          type: 'vote',
          on: 'draft',
          recorded: { yes: ['ARM'], no: [], abstain: [] },
          counts: { yes: 90, no: 0, abstain: 0 },
        },
      });
      expect(typed.status).toBe(400);
      expect(typed.body.message).toContain('not both');
      const adoption = await sec.post(`/drafts/${id}/actions`, {
        action: { meeting: 12, type: 'adoption', method: 'vote' },
      });
      expect(adoption.body.status).toBe('adopted');
    });

    it('previews pasted lists without saving', async () => {
      const before = await count('actions');
      const res = await sec.post('/votes/parse?lang=fr', {
        yes: 'Arménie, Bélarus',
        no: 'Italy and Frnace',
        abstain: '',
      });
      expect(res.status).toBe(200);
      expect(res.body.lists.yes.map((d: { code: string }) => d.code)).toEqual(['ARM', 'BLR']);
      expect(res.body.problems).toHaveLength(1);
      expect(res.body.tally).toMatchObject({ yes: 2, no: 1, abstain: 0, result: 'adopted' });
      expect(res.body.tally.nonVoting).toHaveLength(190);
      expect(await count('actions')).toBe(before);
    });

    it('corrects by superseding and strikes without deleting, replaying the lifecycle', async () => {
      const path = `/drafts/${ids['A/C.3/76/L.11']}/actions`;
      const intro = await sec.post(path, {
        action: { meeting: 12, type: 'introduction', speaker: { delegation: 'ITA' } },
      });
      const revision = await sec.post(path, {
        action: {
          meeting: 12,
          type: 'oral-revision',
          paragraph: 'OP 5',
          text: 'Requests the Secretary-General to report.',
        },
      });
      expect(revision.status).toBe(201);
      const adoption = await sec.post(path, {
        action: { meeting: 12, type: 'adoption', method: 'without-vote' },
      });
      expect(adoption.body.status).toBe('adopted');

      // The introducer was France, not Italy: the correction takes the old action's place.
      const fixed = await sec.post(`/actions/${intro.body.action.id}/supersede`, {
        action: { meeting: 12, type: 'introduction', speaker: { delegation: 'France' } },
        reason: 'wrong speaker',
      });
      expect(fixed.status).toBe(201);
      expect(fixed.body.action.seq).toBe(intro.body.action.seq);
      expect((await sec.post(`/actions/${intro.body.action.id}/supersede`, {})).status).toBe(409);

      // Striking the adoption reopens the draft; striking the introduction would not be refused, but an
      // outcome after a withdrawal would.
      const struck = await sec.post(`/actions/${adoption.body.action.id}/supersede`, {
        reason: 'recorded on the wrong draft',
      });
      expect(struck.status).toBe(201);
      expect(struck.body.status).toBe('tabled');
      await sec.post(path, { action: { meeting: 12, type: 'withdrawal' } });
      const refused = await sec.post(`/actions/${revision.body.action.id}/supersede`, {
        action: { meeting: 12, type: 'adoption', method: 'without-vote' },
      });
      expect(refused.status).toBe(409);
      expect(refused.body.message).toMatch(/step 3/);

      const record = await ita.get(path);
      expect(record.body.status).toBe('withdrawn');
      expect(
        record.body.actions.map((a: { type: string; supersededBy: string | null }) => [
          a.type,
          a.supersededBy === null,
        ]),
      ).toEqual([
        ['introduction', false],
        ['introduction', true],
        ['oral-revision', true],
        ['adoption', false],
        ['withdrawal', true],
      ]);
      const audit = await sec.get(`/audit?entityId=${ids['A/C.3/76/L.11']}`);
      const correction = audit.body.find((e: { operation: string }) => e.operation === 'action.supersede');
      expect(correction.before.action.speaker).toEqual({ delegation: 'ITA' });
      expect(correction.after.action.speaker).toEqual({ delegation: 'FRA' });
      expect(correction.summary).toContain('wrong speaker');
      expect(audit.body.map((e: { operation: string }) => e.operation)).toContain('action.strike');
    });

    it('lets only the Secretariat record, and creates meetings once', async () => {
      expect(
        (
          await ita.post(L10(), {
            action: { meeting: 10, type: 'right-of-reply', speakers: [{ delegation: 'ITA' }] },
          })
        ).status,
      ).toBe(403);
      expect((await ita.post('/votes/parse', { yes: '', no: '', abstain: '' })).status).toBe(403);
      const created = await sec.post('/sessions/76/meetings', { number: 46, date: '2021-11-10' });
      expect(created.status).toBe(201);
      expect((await sec.post('/sessions/76/meetings', { number: 46, date: '2021-11-10' })).status).toBe(409);
      expect((await ita.post('/sessions/76/meetings', { number: 47, date: '2021-11-10' })).status).toBe(403);
      const list = await sec.get('/sessions/76/meetings');
      expect(list.body.map((m: { number: number }) => m.number)).toEqual([7, 46, 10, 12]);
    });
  });
}
