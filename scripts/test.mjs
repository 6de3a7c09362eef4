// The whole test suite: unit, integration and end-to-end layers in one Jest run (e2e needs the built app, so
// it builds first), then one closing line that CI reads: "N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
const build = run('pnpm', ['run', 'build']);
if (build.status !== 0) {
  console.error('Build failed; tests not run.');
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const out = join(mkdtempSync(join(tmpdir(), 'concordia-test-')), 'results.json');
const extra = process.argv.slice(2);
const jest = run('pnpm', ['exec', 'jest', '--maxWorkers=2', '--json', `--outputFile=${out}`, ...extra]);
let passed = 0, failed = 0, skipped = 0;
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
