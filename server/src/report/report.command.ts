import * as fs from 'node:fs';
import { parseArgs } from 'node:util';
import { CommitteeSchema, LanguageSchema } from '@concordia/schema';
import type { CliCommand } from '../cli/commands';
import { ReportService } from './report.service';

export const reportCommand: CliCommand = {
  name: 'report',
  usage:
    "report --session N --item I [--lang fr|en] [--format txt|html|docx|akn] [--committee C3] [--out FILE]\n                                               generate the Committee's report on an agenda item",
  async run({ app, rest }) {
    const { values } = parseArgs({
      args: rest,
      options: {
        session: { type: 'string' },
        item: { type: 'string' },
        lang: { type: 'string', default: 'fr' },
        format: { type: 'string', default: 'txt' },
        committee: { type: 'string', default: 'C3' },
        out: { type: 'string' },
      },
    });
    const session = Number(values.session);
    if (!Number.isInteger(session) || session <= 0 || !values.item) {
      console.error('report needs --session N and --item I (e.g. --session 76 --item 108)');
      return 2;
    }
    const format = values.format as 'txt' | 'html' | 'docx' | 'akn';
    if (!['txt', 'html', 'docx', 'akn'].includes(format)) {
      console.error(`--format must be txt, html, docx or akn, not "${values.format}"`);
      return 2;
    }
    const r = await app
      .get(ReportService)
      .render(
        session,
        CommitteeSchema.parse(values.committee),
        values.item,
        LanguageSchema.parse(values.lang),
        format,
      );
    for (const w of r.warnings) console.error(`warning: ${w.path}: ${w.message}`);
    if (values.out) fs.writeFileSync(values.out, r.body);
    else if (format === 'docx') {
      console.error('docx is binary: give --out FILE');
      return 2;
    } else process.stdout.write(r.body);
    return 0;
  },
};
