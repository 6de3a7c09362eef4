import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const SERVER = path.resolve(__dirname, '../..');
const FIXTURE = path.join(SERVER, 'test/fixtures/minimal-dossier.json');

/** Runs `pnpm concordia …` as a user would, from the sources, against an embedded database in `dataDir`. */
function concordia(dataDir: string, args: string[], env: Record<string, string> = {}, input?: string) {
  const r = spawnSync(process.execPath, ['-r', '@swc-node/register', 'src/cli/main.ts', ...args], {
    cwd: SERVER,
    env: { ...process.env, NODE_OPTIONS: '', CONCORDIA_DATA_DIR: dataDir, DATABASE_URL: '', ...env },
    encoding: 'utf8',
    timeout: 120_000,
    ...(input !== undefined && { input }),
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the concordia command line', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concordia-cli-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('imports a dossier, exports it, and creates an account', () => {
    const imported = concordia(dir, ['import', FIXTURE]);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout).created.drafts).toBe(2);

    const out = path.join(dir, 'export.json');
    const exported = concordia(dir, ['export', '--session', '76', '--out', out]);
    expect(exported.code).toBe(0);
    const dossier = JSON.parse(fs.readFileSync(out, 'utf8'));
    expect(dossier.drafts.map((d: { symbol: string }) => d.symbol)).toEqual([
      'A/C.3/76/L.2',
      'A/C.3/76/L.10/Rev.1',
    ]);

    const user = concordia(
      dir,
      [
        'user',
        'add',
        '--email',
        'ita@un.test',
        '--name',
        'Italy',
        '--role',
        'delegate',
        '--delegation',
        'Italie',
      ],
      {},
      'long-enough-password\n',
    );
    expect(user.stdout.trim()).toBe('Created delegate account ita@un.test (ITA).');
    const add = ['user', 'add', '--email', 'fra@un.test', '--name', 'France', '--role', 'observer'];
    // Never from argv (it would be in the process list) or the environment.
    const argv = concordia(dir, [...add, '--password', 'long-enough-password']);
    expect(argv.code).toBe(1);
    expect(argv.stderr).toMatch(/never given on the command line/);
    const env = concordia(dir, add, { CONCORDIA_PASSWORD: 'long-enough-password' }, '');
    expect(env.code).toBe(1);
    expect(env.stderr).toMatch(/password: passwords have at least 12 characters/);
    const weak = concordia(dir, add, {}, 'password2024!\n');
    expect(weak.code).toBe(1);
    expect(weak.stderr).toMatch(/among the most common/);
  }, 240_000);

  it('prints every error of a bad dossier with its path and exits 1', () => {
    const bad = JSON.parse(fs.readFileSync(FIXTURE, 'utf8'));
    bad.drafts[1].mainSponsors[0] = 'Armenie';
    bad.drafts[1].actions[0].meeting = 11;
    const file = path.join(dir, 'bad.json');
    fs.writeFileSync(file, JSON.stringify(bad));
    const r = concordia(dir, ['import', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/The dossier was not imported: 2 reference errors\. Nothing was written\./);
    expect(r.stderr).toMatch(
      /drafts\[1\]\.mainSponsors\[0\]: unknown delegation "Armenie".*Did you mean "Arménie"/,
    );
    expect(r.stderr).toMatch(/drafts\[1\]\.actions\[0\]\.meeting: formal meeting 11/);
  }, 120_000);

  it('explains its usage and refuses unknown commands', () => {
    const r = concordia(dir, ['frobnicate']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/unknown command "frobnicate"/);
    expect(r.stderr).toMatch(/Usage: pnpm concordia <command>/);
  }, 120_000);
});
