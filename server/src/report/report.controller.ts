import { Controller, Get, Param, ParseIntPipe, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { z } from 'zod';
import { CommitteeSchema, LanguageSchema } from '@concordia/schema';
import { AnyRole } from '../auth/roles.decorator';
import { ZodPipe } from '../common/zod';
import { ReportService } from './report.service';

const ReportQuery = z.object({
  lang: LanguageSchema.default('fr'),
  format: z.enum(['txt', 'html', 'docx', 'akn', 'json']).default('html'),
  committee: CommitteeSchema.default('C3'),
  download: z.enum(['0', '1']).default('0'),
});

@ApiTags('reports')
@Controller('sessions/:session/agenda-items/:item/report')
export class ReportController {
  constructor(private readonly reports: ReportService) {}

  /**
   * The Committee's report on an agenda item. `format=json` gives the plain text and the warnings together (the
   * preview page uses it); the other formats carry the warnings in the `X-Report-Warnings` header (JSON).
   */
  @AnyRole()
  @Get()
  async report(
    @Param('session', ParseIntPipe) session: number,
    @Param('item') item: string,
    @Query(new ZodPipe(ReportQuery, 'query')) q: z.infer<typeof ReportQuery>,
    @Res() res: Response,
  ): Promise<void> {
    if (q.format === 'json') {
      const r = await this.reports.render(session, q.committee, item, q.lang, 'txt');
      res.json({ text: r.body, warnings: r.warnings });
      return;
    }
    const r = await this.reports.render(session, q.committee, item, q.lang, q.format);
    res.setHeader('Content-Type', r.contentType);
    res.setHeader('X-Report-Warnings', encodeURIComponent(JSON.stringify(r.warnings)));
    if (q.download === '1' || q.format === 'docx')
      res.setHeader('Content-Disposition', `attachment; filename="${r.filename}"`);
    res.send(r.body);
  }
}
