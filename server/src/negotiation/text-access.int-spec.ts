import { api, databaseKinds, login, startTestApp, type TestApp } from '../../test/harness';
import { DEMO_PASSWORD, DEMO_WORKING_DRAFT } from '../demo/demo.service';

/**
 * Regression (issue 12 §3): a main sponsor rewrote an adopted draft by restoring an older version (201), and the
 * report printed wording the Committee never adopted. Every REST path that changes a text or its negotiation
 * asks `textAccess`; the socket already did.
 */
for (const kind of databaseKinds()) {
  describe(`one rule for who changes a text (${kind})`, () => {
    let t: TestApp;
    let sec: ReturnType<typeof api>;
    let blr: ReturnType<typeof api>;
    let fra: ReturnType<typeof api>;
    let adopted: string; // A/C.3/76/L.10/Rev.1: Belarus is a main sponsor, the Committee adopted it
    let working: string; // CRP.1, under negotiation, Belarus writes it

    beforeAll(async () => {
      t = await startTestApp(kind, { CONCORDIA_DEMO: 'true' });
      sec = api(t.url, await login(t.url, 'secretariat@concordia.test', DEMO_PASSWORD));
      blr = api(t.url, await login(t.url, 'belarus@concordia.test', DEMO_PASSWORD));
      fra = api(t.url, await login(t.url, 'france@concordia.test', DEMO_PASSWORD));
      const drafts = (await sec.get('/sessions/76/drafts')).body as { id: string; symbol: string }[];
      adopted = drafts.find((d) => d.symbol === 'A/C.3/76/L.10/Rev.1')!.id;
      working = drafts.find((d) => d.symbol === DEMO_WORKING_DRAFT)!.id;
    }, 120_000);
    afterAll(() => t?.close());

    const text = async (id: string) => JSON.stringify((await sec.get(`/drafts/${id}?lang=fr`)).body.text);

    it('refuses a main sponsor restoring a version of an adopted draft, and changes nothing', async () => {
      const v = await sec.post(`/drafts/${adopted}/versions`, { name: 'Secretariat snapshot' });
      expect(v.status).toBe(201);
      const before = await text(adopted);
      const versions = (await sec.get(`/drafts/${adopted}/versions`)).body.length;
      const res = await blr.post(`/drafts/${adopted}/versions/${v.body.id}/restore`);
      expect([res.status, res.body.code]).toEqual([409, 'acted-on']);
      expect(res.body.message).toMatch(/adopted/);
      expect(await text(adopted)).toBe(before);
      expect((await sec.get(`/drafts/${adopted}/versions`)).body).toHaveLength(versions);
    });

    it('refuses every other change of an adopted draft’s negotiation to its main sponsor', async () => {
      const paragraphs = (await sec.get(`/drafts/${adopted}/negotiation/compilation`)).body.paragraphs;
      const pid = paragraphs[0].id as string;
      const tries = [
        await blr.post(`/drafts/${adopted}/versions`, { name: 'after adoption' }),
        await blr.post(`/drafts/${adopted}/silence`, { deadline: '2099-01-01T12:00' }),
        await blr.put(`/drafts/${adopted}/negotiation/paragraphs/${pid}/status`, { status: 'agreed' }),
        await blr.put(`/drafts/${adopted}/negotiation/predecessor`, { label: 'x', pasted: '1. Texte.' }),
        await blr.post(`/drafts/${adopted}/negotiation/comments`, { paragraphId: pid, body: 'Après coup' }),
        await fra.post(`/drafts/${adopted}/negotiation/comments`, { paragraphId: pid, body: 'Après coup' }),
      ];
      expect(tries.map((r) => [r.status, r.body.code])).toEqual(tries.map(() => [409, 'acted-on']));
    });

    it('still lets the Secretariat correct an adopted text, and the main sponsor restore under negotiation', async () => {
      const v = await sec.post(`/drafts/${adopted}/versions`, { name: 'before correction' });
      expect((await sec.post(`/drafts/${adopted}/versions/${v.body.id}/restore`)).status).toBe(201);
      const w = await blr.post(`/drafts/${working}/versions`, { name: 'working' });
      expect(w.status).toBe(201);
      expect((await blr.post(`/drafts/${working}/versions/${w.body.id}/restore`)).status).toBe(201);
      const no = await fra.post(`/drafts/${working}/versions/${w.body.id}/restore`);
      expect([no.status, no.body.code]).toEqual([403, 'not-penholder']);
    });
  });
}
