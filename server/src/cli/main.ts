import 'reflect-metadata';
import * as fs from 'node:fs';
import { parseArgs } from 'node:util';
import { read } from 'read';
import { NestFactory } from '@nestjs/core';
import { CommitteeSchema, CreateUserSchema } from '@concordia/schema';
import { AppModule } from '../app.module';
import { ConfigError, loadConfig } from '../config/config';
import { DossierError, DossierService } from '../dossier/dossier.service';
import { UsersService } from '../users/users.service';
import { CLI_COMMANDS, type CliContext } from './commands';

const USAGE = `Usage: pnpm concordia <command> [options]

  import FILE                                  import a dossier (one transaction; all errors at once)
  export --session N [--committee C3] [--out FILE]
                                               export a session's record as a dossier
  user add --email E --name N --role R [--delegation D] [--gender female|male]
                                               create an account; the password is typed at a prompt (not
                                               shown) or read from the first line of stdin, never an argument
${CLI_COMMANDS.map((c) => `  ${c.usage}`).join('\n')}

The database is the one the server uses: DATABASE_URL, or the embedded one in CONCORDIA_DATA_DIR (./data).`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === 'help') {
    console.log(USAGE);
    return command ? 0 : 2;
  }
  const config = { ...loadConfig(), demo: false, logLevel: 'error' as const };
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), { logger: ['error'] });
  try {
    const ctx: CliContext = { app, rest };
    if (command === 'import') {
      const { positionals } = parseArgs({ args: rest, allowPositionals: true });
      const file = positionals[0];
      if (!file) throw new UsageError('import needs a FILE');
      const summary = await app.get(DossierService).import(JSON.parse(fs.readFileSync(file, 'utf8')), 'cli');
      console.log(JSON.stringify(summary, null, 2));
      return 0;
    }
    if (command === 'export') {
      const { values } = parseArgs({
        args: rest,
        options: {
          session: { type: 'string' },
          committee: { type: 'string', default: 'C3' },
          out: { type: 'string' },
        },
      });
      const session = Number(values.session);
      if (!Number.isInteger(session) || session <= 0) throw new UsageError('export needs --session N');
      const dossier = await app.get(DossierService).export(session, CommitteeSchema.parse(values.committee));
      const json = JSON.stringify(dossier, null, 2) + '\n';
      if (values.out) fs.writeFileSync(values.out, json);
      else process.stdout.write(json);
      return 0;
    }
    if (command === 'user' && rest[0] === 'add') {
      if (rest.some((a) => a === '--password' || a.startsWith('--password=')))
        throw new UsageError(
          'a password is never given on the command line (the shell history and the process list would keep it): ' +
            'type it at the prompt, or pipe it on stdin',
        );
      const { values } = parseArgs({
        args: rest.slice(1),
        options: {
          email: { type: 'string' },
          name: { type: 'string' },
          role: { type: 'string' },
          delegation: { type: 'string' },
          gender: { type: 'string' },
        },
      });
      const input = CreateUserSchema.safeParse({ ...values, password: await readPassword() });
      if (!input.success)
        throw new UsageError(input.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('\n'));
      const user = await app.get(UsersService).create(input.data);
      console.log(
        `Created ${user.role} account ${user.email}${user.delegation ? ` (${user.delegation})` : ''}.`,
      );
      return 0;
    }
    const extra = CLI_COMMANDS.find((c) => c.name === command);
    if (extra) return await extra.run(ctx);
    throw new UsageError(`unknown command "${command}"`);
  } finally {
    await app.close();
  }
}

export class UsageError extends Error {}

/**
 * The new account's password: typed twice at a prompt without echo when stdin is a terminal, else the first line
 * of stdin (`printf '%s\n' "$PW" | pnpm concordia user add …`). Never argv or the environment: both are readable
 * by other users of the machine (ps, /proc) and end up in shell histories and container inspections.
 */
async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) {
    const ask = (prompt: string) => read({ prompt, silent: true, replace: '', output: process.stderr });
    const first = await ask('Password (at least 12 characters, not shown): ');
    if ((await ask('The same password again: ')) !== first) throw new UsageError('the two passwords differ');
    return first;
  }
  let input = '';
  for await (const chunk of process.stdin) {
    input += String(chunk);
    if (input.includes('\n')) break;
  }
  return input.split(/\r?\n/)[0] ?? '';
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof DossierError) {
      console.error((err.getResponse() as { message: string }).message);
      for (const i of err.issues) console.error(`  ${i.path}: ${i.message}`);
    } else if (err instanceof UsageError || err instanceof ConfigError) {
      console.error(`${err.message}\n\n${USAGE}`);
    } else if (err instanceof Error && 'getResponse' in err) {
      console.error((err as { message: string }).message);
    } else {
      console.error(err);
    }
    process.exit(1);
  },
);
