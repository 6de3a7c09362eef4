import { DataSource } from 'typeorm';
import { DOSSIER_FORMAT, type DossierInput } from '@concordia/schema';
import { api, databaseKinds, login, startTestApp, type TestApp } from '../../test/harness';
import { UsersService } from '../users/users.service';

/** A session with one open tabled draft (L.20), one adopted draft (frozen) and one draft of the Chair. */
export const SPONSORSHIP_DOSSIER: DossierInput = {
  format: DOSSIER_FORMAT,
  session: 76,
  committee: 'C3',
  agendaItems: [
    {
      number: '108',
      title: { fr: 'Prévention du crime et justice pénale', en: 'Crime prevention and criminal justice' },
    },
  ],
  meetings: [{ number: 10, date: '2021-11-12', kind: 'formal' }],
  drafts: [
    {
      symbol: 'A/C.3/76/L.20',
      agendaItem: '108',
      title: { en: 'Countering the smuggling of migrants' },
      origin: { kind: 'delegations' },
      mainSponsors: ['ARM'],
    },
    {
      symbol: 'A/C.3/76/L.10/Rev.1',
      revises: 'A/C.3/76/L.10',
      agendaItem: '108',
      title: { en: 'Improving the coordination of efforts against trafficking in persons' },
      origin: { kind: 'delegations' },
      mainSponsors: ['ARM', 'AZE', 'BLR'],
      actions: [{ meeting: 10, type: 'adoption', method: 'without-vote' }],
    },
    {
      symbol: 'A/C.3/76/L.2',
      agendaItem: '108',
      title: { en: 'Fourteenth United Nations Congress on Crime Prevention and Criminal Justice' },
      origin: { kind: 'chair-on-ecosoc-recommendation', ecosocResolution: '2021/20' },
    },
  ],
};

const PASSWORD = 'secret-password';

for (const kind of databaseKinds()) {
  describe(`sponsorship (${kind})`, () => {
    let t: TestApp;
    const as: Record<string, ReturnType<typeof api>> = {};
    const ids: Record<string, string> = {};
    const events = async () => {
      const [row] = (await t.app
        .get(DataSource)
        .query('SELECT count(*)::int AS n FROM sponsorship_events')) as { n: number }[];
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
      const sec = api(t.url, await login(t.url, 'sec@un.test', PASSWORD));
      for (const [key, delegation] of [
        ['arm', 'ARM'],
        ['ita', 'ITA'],
        ['blr', 'BLR'],
        ['fra', 'FRA'],
        ['usa', 'USA'],
        ['vat', 'VAT'],
      ]) {
        const res = await sec.post('/users', {
          email: `${key}@un.test`,
          name: key,
          password: PASSWORD,
          role: 'delegate',
          delegation,
        });
        expect(res.status).toBe(201);
      }
      expect(
        (
          await sec.post('/users', {
            email: 'obs@un.test',
            name: 'Observer',
            password: PASSWORD,
            role: 'observer',
          })
        ).status,
      ).toBe(201);
      for (const key of ['arm', 'ita', 'blr', 'fra', 'usa', 'vat', 'obs'])
        as[key] = api(t.url, await login(t.url, `${key}@un.test`, PASSWORD));
      as.sec = sec;
      expect((await sec.post('/dossiers', SPONSORSHIP_DOSSIER)).status).toBe(201);
      const drafts = (await sec.get('/sessions/76/drafts')).body as { id: string; symbol: string }[];
      for (const d of drafts) ids[d.symbol] = d.id;
    }, 60_000);
    afterAll(() => t?.close());

    const L20 = () => `/drafts/${ids['A/C.3/76/L.20']}/sponsorship`;

    it('lets a delegate sign their own delegation on and withdraw it, keeping the history', async () => {
      const joined = await as.ita!.post(`${L20()}?lang=fr`, { change: 'join' });
      expect(joined.status).toBe(201);
      expect(joined.body.main.map((d: { code: string }) => d.code)).toEqual(['ARM']);
      expect(joined.body.additional.map((d: { code: string }) => d.code)).toEqual(['ITA']);
      expect(joined.body.count).toEqual({ main: 1, additional: 1, total: 2 });
      expect(joined.body.you).toMatchObject({
        sponsor: 'additional',
        mayJoin: { ok: false },
        mayWithdraw: { ok: true },
      });

      const withdrawn = await as.ita!.post(L20(), { change: 'withdraw' });
      expect(withdrawn.status).toBe(201);
      expect(withdrawn.body.count.total).toBe(1);
      expect(
        withdrawn.body.history
          .slice(-2)
          .map((h: { delegation: { code: string }; change: string; via: string; recordedBy: string }) => [
            h.delegation.code,
            h.change,
            h.via,
            h.recordedBy,
          ]),
      ).toEqual([
        ['ITA', 'joined', 'e-sponsorship', 'ita@un.test'],
        ['ITA', 'withdrew', 'e-sponsorship', 'ita@un.test'],
      ]);
    });

    it('lists sponsors in the alphabetical order of the interface language', async () => {
      // Italy/Italie and France/France; Belarus/Bélarus: B < F < I in both, so use Armenia's list with USA.
      await as.usa!.post(L20(), { change: 'join' });
      await as.blr!.post(L20(), { change: 'join' });
      const en = await as.sec!.get(`${L20()}?lang=en`);
      const fr = await as.sec!.get(`${L20()}?lang=fr`);
      expect(en.body.additional.map((d: { name: { en: string } }) => d.name.en)).toEqual([
        'Belarus',
        'United States of America',
      ]);
      // « États-Unis d’Amérique » sorts under É, before nothing here but after « Bélarus ».
      expect(fr.body.additional.map((d: { name: { fr: string } }) => d.name.fr)).toEqual([
        'Bélarus',
        'États-Unis d’Amérique',
      ]);
      expect((await as.usa!.post(L20(), { change: 'withdraw' })).status).toBe(201);
      expect((await as.blr!.post(L20(), { change: 'withdraw' })).status).toBe(201);
    });

    it('refuses a delegate acting for another delegation, and writes nothing', async () => {
      const before = await events();
      const res = await as.ita!.post(L20(), { change: 'join', delegation: 'BLR' });
      expect(res.status).toBe(403);
      expect(res.body).toMatchObject({
        code: 'other-delegation',
        message: expect.stringContaining('your own delegation (ITA)'),
      });
      const byName = await as.ita!.post(L20(), { change: 'withdraw', delegation: 'Arménie' });
      expect(byName.status).toBe(403);
      expect(await events()).toBe(before);
    });

    it('lets the main sponsors or the Secretariat close and reopen the list', async () => {
      expect((await as.ita!.put(`${L20()}/open`, { open: false })).body).toMatchObject({
        code: 'not-main-sponsor',
      });
      const closed = await as.arm!.put(`${L20()}/open`, { open: false });
      expect(closed.status).toBe(200);
      expect(closed.body.open).toBe(false);
      const refused = await as.fra!.post(L20(), { change: 'join' });
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({ code: 'closed', message: expect.stringContaining('closed') });
      expect((await as.sec!.put(`${L20()}/open`, { open: true })).body.open).toBe(true);
      expect((await as.fra!.post(L20(), { change: 'join' })).status).toBe(201);
    });

    it('freezes the list once the Committee has acted on the draft', async () => {
      const before = await events();
      const frozen = `/drafts/${ids['A/C.3/76/L.10/Rev.1']}/sponsorship`;
      const res = await as.ita!.post(frozen, { change: 'join' });
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({ code: 'frozen', message: expect.stringContaining('frozen') });
      expect((await as.blr!.post(frozen, { change: 'withdraw' })).body.code).toBe('frozen');
      expect((await as.sec!.put(`${frozen}/open`, { open: false })).body.code).toBe('frozen');
      expect((await as.sec!.get(frozen)).body).toMatchObject({
        frozen: true,
        you: { mayJoin: { ok: false } },
      });
      expect(await events()).toBe(before);
    });

    it('refuses drafts of the Chair', async () => {
      const res = await as.ita!.post(`/drafts/${ids['A/C.3/76/L.2']}/sponsorship`, { change: 'join' });
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('chair-draft');
    });

    it('refuses observers unless the Secretariat allows them for the session, and says why', async () => {
      const refused = await as.vat!.post(L20(), { change: 'join' });
      expect(refused.status).toBe(403);
      expect(refused.body).toMatchObject({
        code: 'observers-not-allowed',
        message: expect.stringContaining('Holy See is an observer State'),
      });
      const observer = await as.obs!.post(L20(), { change: 'join' });
      expect(observer.status).toBe(403);
      expect(observer.body.message).toContain('Observer accounts do not represent a delegation');

      expect((await as.ita!.put('/sessions/76/settings', { observersMaySponsor: true })).status).toBe(403);
      expect((await as.vat!.get('/sessions/76/settings')).body).toEqual({ observersMaySponsor: false });
      expect((await as.sec!.put('/sessions/76/settings', { observersMaySponsor: true })).body).toEqual({
        observersMaySponsor: true,
      });
      expect((await as.vat!.post(L20(), { change: 'join' })).status).toBe(201);
      await as.sec!.put('/sessions/76/settings', { observersMaySponsor: false });
    });

    it('lets the Secretariat record a delegation, and requires it to say which', async () => {
      expect((await as.sec!.post(L20(), { change: 'join' })).status).toBe(400);
      const res = await as.sec!.post(L20(), { change: 'join', delegation: 'Italie' });
      expect(res.status).toBe(201);
      expect(res.body.history.at(-1)).toMatchObject({
        via: 'secretariat',
        recordedBy: 'sec@un.test',
        delegation: { code: 'ITA' },
      });
      expect((await as.sec!.post(L20(), { change: 'join', delegation: 'Italyy' })).body.message).toMatch(
        /Did you mean Italy/,
      );
    });

    it('gives simultaneous sign-ons consecutive places in the history', async () => {
      const before = await events();
      const results = await Promise.all([as.blr!, as.usa!].map((c) => c.post(L20(), { change: 'join' })));
      expect(results.map((r) => r.status)).toEqual([201, 201]);
      const view = await as.sec!.get(L20());
      expect(view.body.history.map((h: { seq: number }) => h.seq)).toEqual([...view.body.history.keys()]);
      expect(await events()).toBe(before + 2);
    });

    it('keeps every change in the audit log, readable by the Secretariat only', async () => {
      const res = await as.sec!.get(`/audit?entityType=draft&entityId=${ids['A/C.3/76/L.20']}`);
      expect(res.status).toBe(200);
      const ops = (res.body as { operation: string; actor: string; summary: string }[]).map(
        (e) => e.operation,
      );
      expect(ops).toEqual(
        expect.arrayContaining([
          'sponsorship.join',
          'sponsorship.withdraw',
          'sponsorship.close',
          'sponsorship.open',
        ]),
      );
      expect(res.body.find((e: { operation: string }) => e.operation === 'sponsorship.close')).toMatchObject({
        actor: 'arm@un.test',
        before: { open: true },
        after: { open: false },
      });
      const settings = await as.sec!.get('/audit?session=76&entityType=session');
      expect(settings.body.length).toBe(2);
      expect((await as.ita!.get('/audit')).status).toBe(403);
    });
  });
}
