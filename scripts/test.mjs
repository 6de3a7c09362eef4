// The whole test suite: unit, integration and end-to-end layers in one Jest run (e2e needs the built app, so
// it builds first), then one closing line that CI reads: "N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// PGlite loads parts of itself with import(), which Jest's module VM allows only with this flag.
const env = {
  ...process.env,
  NODE_OPTIONS:
    `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules --no-warnings=ExperimentalWarning`.trim(),
};
const run = (cmd, args) =>
  spawnSync(cmd, args, { stdio: 'inherit', env, shell: process.platform === 'win32' });
const args = process.argv.slice(2);
const skipBuild = args.includes('--no-build');
const build = skipBuild ? { status: 0 } : run('pnpm', ['run', 'build']);
if (build.status !== 0) {
  console.error('Build failed; tests not run.');
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const out = join(mkdtempSync(join(tmpdir(), 'concordia-test-')), 'results.json');
const extra = args.filter((a) => a !== '--no-build');
const jest = run('pnpm', ['exec', 'jest', '--maxWorkers=2', '--json', `--outputFile=${out}`, ...extra]);
let passed = 0,
  failed = 0,
  skipped = 0;
try {
  const r = JSON.parse(readFileSync(out, 'utf8'));
  passed = r.numPassedTests;
  failed = r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0);
  skipped = r.numPendingTests + r.numTodoTests;
} catch {
  failed = 1;
}
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(jest.status === 0 && failed === 0 ? 0 : 1);
