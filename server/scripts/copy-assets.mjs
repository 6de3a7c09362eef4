// tsc does not copy data files; the demo dossier ships beside the compiled demo module.
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
for (const f of ['demo/session-76-c3.json']) {
  mkdirSync(dirname(join(root, 'dist', f)), { recursive: true });
  copyFileSync(join(root, 'src', f), join(root, 'dist', f));
}
