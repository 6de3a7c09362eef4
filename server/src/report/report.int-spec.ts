import * as fs from 'node:fs';
import * as path from 'node:path';
import { api, databaseKinds, login, startTestApp, type TestApp } from '../../test/harness';
import { UsersService } from '../users/users.service';

const MINIMAL: unknown = JSON.parse(
  fs.readFileSync(path.join(__dirname, '../../test/fixtures/minimal-dossier.json'), 'utf8'),
);

for (const kind of databaseKinds()) {
  describe(`the report endpoint (${kind})`, () => {
    let t: TestApp;
    let reader: ReturnType<typeof api>;
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
        email: 'obs@un.test',
        name: 'Observer',
        password: 'secret-password',
        role: 'observer',
      });
      const sec = api(t.url, await login(t.url, 'sec@un.test', 'secret-password'));
      expect((await sec.post('/dossiers', MINIMAL)).status).toBe(201);
      reader = api(t.url, await login(t.url, 'obs@un.test', 'secret-password'));
    }, 60_000);
    afterAll(() => t?.close());

    it('writes the French report from the record, with the UN sentences', async () => {
      const res = await reader.get('/sessions/76/agenda-items/108/report?lang=fr&format=json');
      expect(res.status).toBe(200);
      const text = (res.body.text as string).replace(/\u00a0|\u202f/g, ' ');
      expect(text).toContain(
        'À sa 7e séance, le 5 novembre, la Commission a adopté le projet de résolution A/C.3/76/L.2',
      );
      expect(text).toContain(
        'Dans sa résolution 2021/20, le Conseil économique et social a recommandé à l’Assemblée générale d’adopter un projet de résolution intitulé « Quatorzième Congrès des Nations Unies pour la prévention du crime et la justice pénale ».',
      );
      expect(text).toContain('déposé par les pays suivants : Arménie, Azerbaïdjan et Bélarus.');
      expect(text).toContain(
        'Par la suite, les pays suivants se sont joints aux auteurs du projet de résolution : Algérie et Antigua-et-Barbuda.',
      );
      expect(text).toContain(
        'le Secrétaire de la Commission a donné lecture d’un état des incidences du projet de résolution sur le budget-programme.',
      );
      expect(text).toContain(
        'les représentants du Bélarus et de la Lituanie ont pris la parole pour exercer leur droit de réponse.',
      );
    });

    it('lists what the record lacks for the English report as warnings, and still writes it', async () => {
      const res = await reader.get('/sessions/76/agenda-items/108/report?lang=en&format=json');
      expect(res.status).toBe(200);
      expect(res.body.text).toContain(
        'At its 7th meeting, on 5 November, the Committee adopted draft resolution A/C.3/76/L.2',
      );
      const paths = (res.body.warnings as { path: string }[]).map((w) => w.path);
      expect(paths).toEqual(expect.arrayContaining([expect.stringMatching(/A\/C\.3\/76\/L\.2.*title/)]));
    });

    it('serves html, docx and Akoma Ntoso', async () => {
      const html = await fetch(`${t.url}/api/sessions/76/agenda-items/108/report?lang=fr&format=html`, {
        headers: { authorization: `Bearer ${await login(t.url, 'obs@un.test', 'secret-password')}` },
      });
      expect(html.headers.get('content-type')).toMatch(/text\/html/);
      expect(await html.text()).toMatch(/<html[\s\S]*A\/C\.3\/76\/L\.10\/Rev\.1/);
      const token = await login(t.url, 'obs@un.test', 'secret-password');
      const docx = await fetch(`${t.url}/api/sessions/76/agenda-items/108/report?lang=fr&format=docx`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(docx.status).toBe(200);
      expect(docx.headers.get('content-disposition')).toMatch(
        /attachment; filename="report-76-C3-108-fr\.docx"/,
      );
      const bytes = Buffer.from(await docx.arrayBuffer());
      expect(bytes.subarray(0, 2).toString()).toBe('PK');
      const akn = await fetch(`${t.url}/api/sessions/76/agenda-items/108/report?lang=en&format=akn`, {
        headers: { authorization: `Bearer ${token}` },
      });
      const xml = await akn.text();
      expect(xml).toMatch(/^<\?xml/);
      expect(xml).toContain('<akomaNtoso');
      expect(JSON.parse(decodeURIComponent(akn.headers.get('x-report-warnings') ?? '[]'))).toEqual(
        expect.any(Array),
      );
    });

    it('refuses an unknown agenda item, a bad format and anonymous readers', async () => {
      const unknown = await reader.get('/sessions/76/agenda-items/999/report?lang=fr&format=txt');
      expect(unknown.status).toBe(404);
      expect(unknown.body.message).toBe('Agenda item 999 is not on the agenda of session 76 (C3).');
      const bad = await reader.get('/sessions/76/agenda-items/108/report?lang=de&format=pdf');
      expect(bad.status).toBe(400);
      expect(bad.body.issues.map((i: { path: string }) => i.path).sort()).toEqual(['format', 'lang']);
      expect((await api(t.url).get('/sessions/76/agenda-items/108/report')).status).toBe(401);
    });
  });
}
