import * as fs from 'node:fs';
import * as path from 'node:path';
import { DataSource } from 'typeorm';
import { DossierSchema, type Dossier } from '@concordia/schema';
import { api, databaseKinds, login, startTestApp, type TestApp } from '../../test/harness';
import { UsersService } from '../users/users.service';
import { canonical } from './dossier.service';

const MINIMAL = JSON.parse(
  fs.readFileSync(path.join(__dirname, '../../test/fixtures/minimal-dossier.json'), 'utf8'),
) as Dossier;
const DEMO_PATH = path.join(__dirname, '../demo/session-76-c3.json');
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/** Row counts of every record table: "nothing written" means these do not move. */
async function counts(t: TestApp) {
  const db = t.app.get(DataSource);
  const out: Record<string, number> = {};
  for (const table of [
    'committee_sessions',
    'agenda_items',
    'meetings',
    'drafts',
    'sponsorship_events',
    'actions',
  ]) {
    const [row] = (await db.query(`SELECT count(*)::int AS n FROM ${table}`)) as { n: number }[];
    out[table] = row!.n;
  }
  return out;
}

for (const kind of databaseKinds()) {
  describe(`dossier import and export (${kind})`, () => {
    let t: TestApp;
    let secretariat: ReturnType<typeof api>;
    let delegate: ReturnType<typeof api>;

    beforeAll(async () => {
      t = await startTestApp(kind);
      const users = t.app.get(UsersService);
      await users.create({
        email: 'sec@un.test',
        name: 'Secretariat',
        password: 'secret-password',
        role: 'secretariat',
      });
      await users.create({
        email: 'blr@un.test',
        name: 'Belarus',
        password: 'secret-password',
        role: 'delegate',
        delegation: 'BLR',
      });
      secretariat = api(t.url, await login(t.url, 'sec@un.test', 'secret-password'));
      delegate = api(t.url, await login(t.url, 'blr@un.test', 'secret-password'));
    }, 60_000);
    afterAll(() => t?.close());

    it('imports the minimal dossier of the issue exactly as written, resolving names and codes', async () => {
      const res = await secretariat.post('/dossiers', MINIMAL);
      expect(res.status).toBe(201);
      expect(res.body.created).toEqual({
        agendaItems: 1,
        meetings: 2,
        drafts: 2,
        sponsorshipEvents: 5,
        actions: 6,
      });

      const drafts = await secretariat.get('/sessions/76/drafts?agendaItem=108&lang=fr');
      expect(drafts.status).toBe(200);
      const l10 = drafts.body.find((d: { symbol: string }) => d.symbol === 'A/C.3/76/L.10/Rev.1');
      expect(l10.revises).toBe('A/C.3/76/L.10');
      expect(l10.status).toBe('adopted');
      expect(l10.mainSponsors.map((d: { code: string }) => d.code)).toEqual(['ARM', 'AZE', 'BLR']);
      // French alphabetical order of the interface language: Algérie before Antigua-et-Barbuda.
      expect(l10.additionalSponsors.map((d: { name: { fr: string } }) => d.name.fr)).toEqual([
        'Algérie',
        'Antigua-et-Barbuda',
      ]);
    });

    it('does not duplicate anything when the same dossier is imported again', async () => {
      const before = await counts(t);
      const res = await secretariat.post('/dossiers', MINIMAL);
      expect(res.status).toBe(201);
      expect(res.body.created).toEqual({
        agendaItems: 0,
        meetings: 0,
        drafts: 0,
        sponsorshipEvents: 0,
        actions: 0,
      });
      expect(res.body.updated).toEqual({ agendaItems: 0, meetings: 0, drafts: 0 });
      expect(await counts(t)).toEqual(before);
    });

    it('exports a dossier that validates and that re-imports to the same record', async () => {
      const first = await secretariat.get('/sessions/76/dossier');
      expect(first.status).toBe(200);
      expect(DossierSchema.safeParse(first.body).success).toBe(true);
      const before = await counts(t);
      const again = await secretariat.post('/dossiers', first.body);
      expect(again.body.created).toEqual({
        agendaItems: 0,
        meetings: 0,
        drafts: 0,
        sponsorshipEvents: 0,
        actions: 0,
      });
      expect(await counts(t)).toEqual(before);
      const second = await secretariat.get('/sessions/76/dossier');
      expect(canonical(second.body)).toBe(canonical(first.body));
      // Names were stored as codes.
      const l10 = (first.body as Dossier).drafts.find((d) => d.symbol === 'A/C.3/76/L.10/Rev.1')!;
      expect(l10.mainSponsors).toEqual(['ARM', 'AZE', 'BLR']);
      expect(l10.additionalSponsors).toEqual(['DZA', 'ATG']);
    });

    it('appends sponsorship changes on re-import instead of rewriting history', async () => {
      const changed = clone(MINIMAL);
      changed.drafts[1]!.additionalSponsors = ['DZA'];
      const res = await secretariat.post('/dossiers', changed);
      expect(res.body.created.sponsorshipEvents).toBe(1);
      const exported = (await secretariat.get('/sessions/76/dossier')).body as Dossier;
      const events = exported.drafts.find((d) => d.symbol === 'A/C.3/76/L.10/Rev.1')!.sponsorship!;
      expect(events.map((e) => `${e.delegation} ${e.change}`)).toEqual([
        'ARM joined',
        'AZE joined',
        'BLR joined',
        'DZA joined',
        'ATG joined',
        'ATG withdrew',
      ]);
      await secretariat.post('/dossiers', MINIMAL); // restore for the next tests
    });

    it('reports every error of a bad dossier at once, with its path, and writes nothing', async () => {
      const bad = clone(MINIMAL) as unknown as Record<string, any>;
      bad.session = 77; // a new session: nothing of it may remain after the failure
      bad.drafts[1].mainSponsors = ['ARM', 'Azerbaidjan', 'Untied States'];
      bad.drafts[1].actions[0].meeting = 99;
      bad.drafts[0].agendaItem = '109';
      const before = await counts(t);
      const res = await secretariat.post('/dossiers', bad);
      expect(res.status).toBe(400);
      expect(res.body.message).toMatch(/Nothing was written/);
      const byPath = Object.fromEntries(
        (res.body.issues as { path: string; message: string }[]).map((i) => [i.path, i.message]),
      );
      expect(Object.keys(byPath).sort()).toEqual(
        [
          'drafts[0].agendaItem',
          'drafts[1].actions[0].meeting',
          'drafts[1].mainSponsors[1]',
          'drafts[1].mainSponsors[2]',
        ].sort(),
      );
      expect(byPath['drafts[1].mainSponsors[1]']).toMatch(
        /unknown delegation "Azerbaidjan".*Did you mean "Azerbaïdjan"/,
      );
      expect(byPath['drafts[1].mainSponsors[2]']).toMatch(/Did you mean .*United States/);
      expect(byPath['drafts[1].actions[0].meeting']).toMatch(/meeting 99/);
      expect(await counts(t)).toEqual(before);
    });

    it('reports format errors with JSON paths', async () => {
      const bad = clone(MINIMAL) as unknown as Record<string, any>;
      bad.format = 'something-else';
      bad.meetings[0].date = '5 November 2021';
      bad.drafts[0].origin = { kind: 'chair-on-ecosoc-recommendation', ecosocResolution: '20/2021' };
      const res = await secretariat.post('/dossiers', bad);
      expect(res.status).toBe(400);
      const paths = (res.body.issues as { path: string }[]).map((i) => i.path).sort();
      expect(paths).toEqual(['drafts[0].origin.ecosocResolution', 'format', 'meetings[0].date']);
    });

    it('rolls back a dossier that fails half-way through writing', async () => {
      // Two drafts with the same symbol pass the schema but not the resolver; a unique violation inside the
      // transaction would be the other path. Either way nothing of session 78 may remain.
      const bad = clone(MINIMAL);
      bad.session = 78;
      bad.drafts.push(clone(bad.drafts[0]!));
      const res = await secretariat.post('/dossiers', bad);
      expect(res.status).toBe(400);
      expect(res.body.issues[0].path).toBe('drafts[2]');
      expect((await secretariat.get('/sessions/78')).status).toBe(404);
    });

    it('lets only the secretariat import and export', async () => {
      expect((await delegate.post('/dossiers', MINIMAL)).status).toBe(403);
      expect((await delegate.get('/sessions/76/dossier')).status).toBe(403);
      expect((await api(t.url).post('/dossiers', MINIMAL)).status).toBe(401);
    });

    it('imports the demo dossier (the 76th-session record) and round-trips it', async () => {
      const demo = JSON.parse(fs.readFileSync(DEMO_PATH, 'utf8')) as Dossier;
      const res = await secretariat.post('/dossiers', demo);
      expect(res.status).toBe(201);
      const exported = (await secretariat.get('/sessions/76/dossier')).body as Dossier;
      const again = await secretariat.post('/dossiers', exported);
      expect(again.body.created).toEqual({
        agendaItems: 0,
        meetings: 0,
        drafts: 0,
        sponsorshipEvents: 0,
        actions: 0,
      });
      const l9 = exported.drafts.find((d) => d.symbol === 'A/C.3/76/L.9/Rev.1')!;
      expect(l9.mainSponsors).toHaveLength(20);
      expect(l9.additionalSponsors).toHaveLength(81);
    }, 60_000);
  });
}
