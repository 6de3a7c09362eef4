import * as fs from 'node:fs';
import * as path from 'node:path';
import { DataSource } from 'typeorm';
import type { Dossier } from '@concordia/schema';
import { api, databaseKinds, login, startTestApp, type TestApp } from '../../test/harness';
import { UsersService } from '../users/users.service';
import { NegotiationClock } from './clock';

const MINIMAL = JSON.parse(
  fs.readFileSync(path.join(__dirname, '../../test/fixtures/minimal-dossier.json'), 'utf8'),
) as Dossier;
const SYMBOL = 'A/C.3/76/L.10/Rev.1';
const PASSWORD = 'secret-password';

/** The fixture with a text long enough to negotiate: 2 PP, 3 OP (the last with sub-paragraphs). */
function dossier(): Dossier {
  const d = JSON.parse(JSON.stringify(MINIMAL)) as Dossier;
  const l10 = d.drafts.find((x) => x.symbol === SYMBOL)!;
  // Still under negotiation: the fixture's record (its adoption) would close the text to proposals.
  delete l10.actions;
  l10.text = {
    preamble: [
      'Rappelant ses résolutions antérieures,',
      'Profondément préoccupée par la traite des personnes,',
    ],
    operative: [
      'Prend note du rapport du Secrétaire général ;',
      'Exhorte les États Membres à ratifier la Convention ;',
      {
        text: 'Prie le Secrétaire général :',
        sub: ['de lui présenter un rapport ;', 'de coopérer avec l’ONUDC.'],
      },
    ],
  };
  return d;
}

for (const kind of databaseKinds()) {
  describe(`negotiation (${kind})`, () => {
    let t: TestApp;
    let sec: ReturnType<typeof api>;
    let blr: ReturnType<typeof api>; // main sponsor: penholder
    let fra: ReturnType<typeof api>;
    let usa: ReturnType<typeof api>;
    let rus: ReturnType<typeof api>;
    let obs: ReturnType<typeof api>;
    let draftId: string;
    let clock: NegotiationClock;
    const ids: Record<string, string> = {};

    const compilation = async (q = '') => {
      const res = await fra.get(`/drafts/${draftId}/negotiation/compilation${q}`);
      expect(res.status).toBe(200);
      return res.body;
    };
    const liveText = async () => (await sec.get(`/drafts/${draftId}?lang=fr`)).body.text;

    beforeAll(async () => {
      t = await startTestApp(kind);
      const users = t.app.get(UsersService);
      const make = async (
        email: string,
        role: 'secretariat' | 'delegate' | 'observer',
        delegation?: string,
      ) => {
        await users.create({
          email,
          name: email,
          password: PASSWORD,
          role,
          ...(delegation && { delegation }),
        });
        return api(t.url, await login(t.url, email, PASSWORD));
      };
      sec = await make('sec@un.test', 'secretariat');
      blr = await make('blr@un.test', 'delegate', 'BLR');
      fra = await make('fra@un.test', 'delegate', 'FRA');
      usa = await make('usa@un.test', 'delegate', 'USA');
      rus = await make('rus@un.test', 'delegate', 'RUS');
      obs = await make('obs@un.test', 'observer');
      expect((await sec.post('/dossiers', dossier())).status).toBe(201);
      const drafts = await sec.get('/sessions/76/drafts?agendaItem=108');
      draftId = drafts.body.find((d: { symbol: string }) => d.symbol === SYMBOL).id;
      clock = t.app.get(NegotiationClock);
      const c = await compilation();
      for (const p of c.paragraphs) ids[p.label] = p.id;
    }, 60_000);
    afterAll(() => t?.close());

    it('has a migrated schema that matches the entities exactly', async () => {
      const pending = await t.app.get(DataSource).driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query).filter((q) => /negotiation_/.test(q))).toEqual([]);
    });

    it('addresses every paragraph with a stable id and PP/OP labels, and counts them', async () => {
      const c = await compilation();
      expect(c.paragraphs.map((p: { label: string }) => p.label)).toEqual([
        'PP 1',
        'PP 2',
        'OP 1',
        'OP 2',
        'OP 3',
        'OP 3 (a)',
        'OP 3 (b)',
      ]);
      expect(c.countsText).toBe('PP 0/2 agreed, OP 0/3 agreed');
      expect((await compilation()).paragraphs.map((p: { id: string }) => p.id)).toEqual(Object.values(ids));
    });

    let fraProposal: string;
    let usaProposal: string;
    it('lets any delegation propose and others join; not observers nor the Secretariat', async () => {
      const a = await fra.post(`/drafts/${draftId}/negotiation/proposals`, {
        paragraphId: ids['OP 2'],
        kind: 'amend',
        text: 'Exhorte les États Membres à ratifier sans tarder la Convention ;',
        reason: 'Urgency',
      });
      expect(a.status).toBe(201);
      fraProposal = a.body.id;
      const b = await usa.post(`/drafts/${draftId}/negotiation/proposals`, {
        paragraphId: ids['OP 2'],
        kind: 'delete',
        reason: 'Covered by OP 1',
      });
      expect(b.status).toBe(201);
      usaProposal = b.body.id;
      expect((await rus.post(`/negotiation/proposals/${fraProposal}/support`)).body.supporters).toEqual([
        { delegation: 'RUS', at: expect.any(String) },
      ]);
      expect((await rus.post(`/negotiation/proposals/${fraProposal}/support`)).status).toBe(409);
      expect((await fra.post(`/negotiation/proposals/${fraProposal}/support`)).status).toBe(409);
      expect(
        (
          await sec.post(`/drafts/${draftId}/negotiation/proposals`, {
            paragraphId: ids['OP 1'],
            kind: 'delete',
          })
        ).status,
      ).toBe(403);
      expect(
        (
          await obs.post(`/drafts/${draftId}/negotiation/proposals`, {
            paragraphId: ids['OP 1'],
            kind: 'delete',
          })
        ).status,
      ).toBe(403);
      expect(
        (
          await fra.post(`/drafts/${draftId}/negotiation/proposals`, {
            paragraphId: ids['OP 1'],
            kind: 'amend',
          })
        ).status,
      ).toBe(400);
      expect(
        (await fra.post(`/drafts/${draftId}/negotiation/proposals`, { paragraphId: 'nope', kind: 'delete' }))
          .status,
      ).toBe(404);

      const c = await compilation();
      const op2 = c.paragraphs.find((p: { label: string }) => p.label === 'OP 2');
      expect(op2.proposals.map((p: { bracket: string }) => p.bracket)).toEqual([
        '[FRA, RUS: Exhorte les États Membres à ratifier sans tarder la Convention ;]',
        '[US: delete]',
      ]);
      expect(op2.proposals[0].diff).toContainEqual({ op: 'insert', text: 'sans tarder ' });
      const onlyUs = await compilation('?delegations=USA');
      expect(onlyUs.shown).toBe(1);
      expect(
        (await compilation('?delegations=RUS')).paragraphs.flatMap((p: { proposals: { id: string }[] }) =>
          p.proposals.map((x) => x.id),
        ),
      ).toEqual([fraProposal]);
    });

    it('lets only penholders decide', async () => {
      for (const who of [fra, usa, rus]) {
        const res = await who.post(`/negotiation/proposals/${fraProposal}/decision`, {
          decision: 'accepted',
        });
        expect(res.status).toBe(403);
        expect(res.body.code).toBe('not-penholder');
      }
      expect(
        (await obs.post(`/negotiation/proposals/${fraProposal}/decision`, { decision: 'accepted' })).status,
      ).toBe(403);
      expect(
        (await fra.get(`/drafts/${draftId}/negotiation/proposals`)).body.every(
          (p: { status: string }) => p.status === 'open',
        ),
      ).toBe(true);
    });

    it('applies an accepted proposal to the live text as an attributed edit', async () => {
      const res = await blr.post(`/negotiation/proposals/${fraProposal}/decision`, { decision: 'accepted' });
      expect(res.status).toBe(201);
      expect(res.body.status).toBe('accepted');
      expect((await liveText()).operative[1]).toBe(
        'Exhorte les États Membres à ratifier sans tarder la Convention ;',
      );
      const audit = await sec.get(`/audit?entityId=${draftId}&limit=10`);
      expect(JSON.stringify(audit.body)).toContain('proposal of FRA, RUS (amend) accepted');
      // The paragraph kept its id; the other proposal on it is now stale.
      const c = await compilation();
      const op2 = c.paragraphs.find((p: { label: string }) => p.label === 'OP 2');
      expect(op2.id).toBe(ids['OP 2']);
      expect(op2.proposals.map((p: { id: string; stale: boolean }) => [p.id, p.stale])).toEqual([
        [usaProposal, true],
      ]);
      expect(
        (
          await blr.post(`/negotiation/proposals/${fraProposal}/decision`, {
            decision: 'rejected',
            reason: 'x',
          })
        ).status,
      ).toBe(409);
    });

    it('keeps a proposal after rejection, with its reason and history', async () => {
      expect(
        (await blr.post(`/negotiation/proposals/${usaProposal}/decision`, { decision: 'rejected' })).status,
      ).toBe(400);
      const res = await blr.post(`/negotiation/proposals/${usaProposal}/decision`, {
        decision: 'rejected',
        reason: 'OP 2 is the core of the text',
      });
      expect(res.status).toBe(201);
      const history = (await usa.get(`/drafts/${draftId}/negotiation/proposals`)).body;
      const rejected = history.find((p: { id: string }) => p.id === usaProposal);
      expect(rejected).toMatchObject({
        status: 'rejected',
        delegation: 'USA',
        kind: 'delete',
        reason: 'Covered by OP 1',
        decisions: [{ decision: 'rejected', reason: 'OP 2 is the core of the text', delegation: 'BLR' }],
      });
      expect(history).toHaveLength(2);
      expect((await compilation()).shown).toBe(0);
      expect((await compilation('?statuses=open,rejected,accepted')).shown).toBe(2);
      expect((await liveText()).operative).toHaveLength(3);
    });

    it('inserts a new paragraph with a new id, and accepts with changes', async () => {
      const p = await fra.post(`/drafts/${draftId}/negotiation/proposals`, {
        paragraphId: ids['OP 1'],
        kind: 'insert-after',
        text: 'Souligne le rôle de la société civile ;',
      });
      const res = await sec.post(`/negotiation/proposals/${p.body.id}/decision`, {
        decision: 'accepted-with-changes',
        text: 'Souligne le rôle important de la société civile ;',
      });
      expect(res.status).toBe(201);
      const c = await compilation();
      expect(
        c.paragraphs.map((x: { label: string; id: string; text: string }) => [
          x.label,
          x.id === ids['OP 2'] ? 'old OP 2' : x.text,
        ]),
      ).toContainEqual(['OP 2', 'Souligne le rôle important de la société civile ;']);
      expect(c.paragraphs.find((x: { id: string }) => x.id === ids['OP 2']).label).toBe('OP 3');
      expect(c.paragraphs.find((x: { id: string }) => x.id === ids['OP 3 (b)']).label).toBe('OP 4 (b)');
    });

    it('lets penholders set paragraph statuses and shows the counts to all', async () => {
      expect(
        (
          await fra.put(`/drafts/${draftId}/negotiation/paragraphs/${ids['PP 1']}/status`, {
            status: 'agreed',
          })
        ).status,
      ).toBe(403);
      await blr.put(`/drafts/${draftId}/negotiation/paragraphs/${ids['PP 1']}/status`, { status: 'agreed' });
      await blr.put(`/drafts/${draftId}/negotiation/paragraphs/${ids['OP 1']}/status`, { status: 'agreed' });
      const last = await blr.put(`/drafts/${draftId}/negotiation/paragraphs/${ids['OP 2']}/status`, {
        status: 'bracketed',
      });
      expect(last.body.countsText).toEqual({
        en: 'PP 1/2 agreed, OP 1/4 agreed',
        fr: 'AP 1/2 approuvés, PD 1/4 approuvés',
      });
      expect((await compilation()).countsText).toBe('PP 1/2 agreed, OP 1/4 agreed');
      expect((await fra.get(`/drafts/${draftId}/negotiation/compilation?lang=fr`)).body.countsText).toBe(
        'AP 1/2 approuvés, PD 1/4 approuvés',
      );
    });

    it('shows comments to sponsors only when the author chooses so', async () => {
      const mine = await blr.post(`/drafts/${draftId}/negotiation/comments`, {
        paragraphId: ids['OP 1'],
        body: 'Can we live with FRA’s text?',
        visibility: 'sponsors',
      });
      expect(mine.status).toBe(201);
      const open = await fra.post(`/drafts/${draftId}/negotiation/comments`, {
        paragraphId: ids['OP 1'],
        body: 'We need « sans tarder ».',
      });
      const reply = await usa.post(`/drafts/${draftId}/negotiation/comments`, {
        parentId: open.body.id,
        body: 'Agree.',
        visibility: 'sponsors',
      });
      expect(reply.body.visibility).toBe('all');
      expect(
        (await fra.post(`/drafts/${draftId}/negotiation/comments`, { parentId: mine.body.id, body: 'peek' }))
          .status,
      ).toBe(404);
      const seenByFra = (await fra.get(`/drafts/${draftId}/negotiation/comments`)).body;
      expect(seenByFra.map((c: { body: string }) => c.body)).toEqual(['We need « sans tarder ».']);
      expect(seenByFra[0].replies.map((c: { body: string }) => c.body)).toEqual(['Agree.']);
      expect((await sec.get(`/drafts/${draftId}/negotiation/comments`)).body).toHaveLength(2);
      expect((await usa.post(`/negotiation/comments/${open.body.id}/resolve`)).status).toBe(403);
      expect((await blr.post(`/negotiation/comments/${open.body.id}/resolve`)).status).toBe(201);
      expect((await fra.get(`/drafts/${draftId}/negotiation/comments`)).body[0].resolvedBy).toBe(
        'blr@un.test',
      );
    });

    it('marks agreed language against the predecessor', async () => {
      const pasted =
        'L’Assemblée générale,\nRappelant ses résolutions antérieures,\n1. Prend note du rapport du Secrétaire général ;\n2. Exhorte les États Membres à ratifier la Convention.';
      expect(
        (await fra.put(`/drafts/${draftId}/negotiation/predecessor`, { label: 'A/RES/75/196', pasted }))
          .status,
      ).toBe(403);
      expect(
        (await blr.put(`/drafts/${draftId}/negotiation/predecessor`, { label: 'A/RES/75/196', pasted })).body,
      ).toEqual({ label: 'A/RES/75/196', paragraphs: 3 });
      const c = await compilation();
      const by = (id: string) => c.paragraphs.find((p: { id: string }) => p.id === id).agreed;
      expect(c.predecessor).toEqual({ label: 'A/RES/75/196' });
      expect(by(ids['PP 1']!)).toMatchObject({ kind: 'identical', match: { label: 'PP 1' } });
      expect(by(ids['OP 2']!)).toMatchObject({ kind: 'changed', match: { label: 'OP 2' } });
      expect(by(ids['PP 2']!)).toEqual({ kind: 'new' });
    });

    it('exports the compilation as HTML and Word', async () => {
      const html = await fetch(
        `${t.url}/api/drafts/${draftId}/negotiation/compilation?format=html&statuses=open,rejected`,
        { headers: { authorization: `Bearer ${await login(t.url, 'fra@un.test', PASSWORD)}` } },
      );
      expect(html.headers.get('content-type')).toContain('text/html');
      expect(await html.text()).toContain('[US: delete]');
      const docx = await fetch(`${t.url}/api/drafts/${draftId}/negotiation/compilation?format=docx`, {
        headers: { authorization: `Bearer ${await login(t.url, 'fra@un.test', PASSWORD)}` },
      });
      expect(docx.headers.get('content-type')).toContain('wordprocessingml');
      expect(
        Buffer.from(await docx.arrayBuffer())
          .subarray(0, 2)
          .toString(),
      ).toBe('PK');
    });

    let v1: string;
    it('records versions, compares them word by word and restores as a new change', async () => {
      expect((await fra.post(`/drafts/${draftId}/versions`, { name: 'Zero draft' })).status).toBe(403);
      v1 = (await blr.post(`/drafts/${draftId}/versions`, { name: 'Informals round 1' })).body.id;
      const p = await rus.post(`/drafts/${draftId}/negotiation/proposals`, {
        paragraphId: ids['PP 2'],
        kind: 'delete',
      });
      await blr.post(`/negotiation/proposals/${p.body.id}/decision`, { decision: 'accepted' });
      const cmp = await fra.get(`/drafts/${draftId}/versions/compare?a=${v1}&b=live`);
      expect(cmp.body.rows.map((r: { kind: string }) => r.kind)).toEqual([
        'same',
        'removed',
        'same',
        'same',
        'same',
        'same',
        'same',
        'same',
      ]);
      const docx = await fetch(`${t.url}/api/drafts/${draftId}/versions/compare?a=${v1}&b=live&format=docx`, {
        headers: { authorization: `Bearer ${await login(t.url, 'fra@un.test', PASSWORD)}` },
      });
      expect(docx.status).toBe(200);
      expect((await fra.post(`/drafts/${draftId}/versions/${v1}/restore`)).status).toBe(403);
      const restored = await blr.post(`/drafts/${draftId}/versions/${v1}/restore`);
      expect(restored.body).toMatchObject({ seq: 2, name: 'Restored: Informals round 1', restoredFrom: v1 });
      expect((await liveText()).preamble).toHaveLength(2);
      const versions = (await fra.get(`/drafts/${draftId}/versions`)).body;
      expect(versions.map((v: { seq: number; name: string }) => `${v.seq} ${v.name}`)).toEqual([
        '1 Informals round 1',
        '2 Restored: Informals round 1',
      ]);
    });

    it('runs the silence procedure: a broken silence stops the clock; an unbroken one ends in agreement', async () => {
      const now = new Date('2026-11-23T15:00:00Z');
      const at = jest.spyOn(clock, 'now').mockReturnValue(now);
      try {
        expect((await fra.post(`/drafts/${draftId}/silence`, { deadline: '2026-11-24T18:00' })).status).toBe(
          403,
        );
        expect(
          (await blr.post(`/drafts/${draftId}/silence`, { deadline: '2026-11-20T18:00' })).body.code,
        ).toBe('deadline-past');
        const started = await blr.post(`/drafts/${draftId}/silence`, {
          versionId: v1,
          deadline: '2026-11-24T18:00',
        });
        expect(started.status).toBe(201);
        expect(started.body).toMatchObject({
          state: 'under-silence',
          deadline: '2026-11-24T23:00:00.000Z',
          remainingMs: 32 * 3600_000,
        });
        expect(started.body.deadlineNewYork).toMatch(/6:00\sPM EST/);
        expect((await blr.post(`/drafts/${draftId}/silence/break`, { reason: 'x' })).status).toBe(403);
        expect((await fra.post(`/drafts/${draftId}/silence/break`, { reason: ' ' })).status).toBe(400);
        const broken = await fra.post(`/drafts/${draftId}/silence/break`, { reason: 'OP 2 needs more work' });
        expect(broken.body).toMatchObject({
          state: 'broken',
          brokenBy: 'FRA',
          brokenReason: 'OP 2 needs more work',
          remainingMs: 0,
        });
        at.mockReturnValue(new Date('2026-11-25T00:00:00Z'));
        expect((await usa.get(`/drafts/${draftId}/silence`)).body.state).toBe('broken');
        expect((await fra.get(`/drafts/${draftId}/versions`)).body[0].agreed).toBe(false);

        const again = await blr.post(`/drafts/${draftId}/silence`, { deadline: '2026-11-25T18:00:00-05:00' });
        expect(again.body.state).toBe('under-silence');
        at.mockReturnValue(new Date('2026-11-25T23:00:00Z'));
        expect((await usa.post(`/drafts/${draftId}/silence/break`, { reason: 'too late' })).body.code).toBe(
          'expired',
        );
        const done = await usa.get(`/drafts/${draftId}/silence`);
        expect(done.body.state).toBe('agreed');
        const versions = (await fra.get(`/drafts/${draftId}/versions`)).body;
        expect(versions.at(-1)).toMatchObject({
          agreed: true,
          name: expect.stringContaining('Under silence until'),
        });
      } finally {
        at.mockRestore();
      }
    });
  });
}
