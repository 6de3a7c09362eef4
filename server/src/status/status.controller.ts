import { Controller, Get, Param, ParseIntPipe, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { z as zod, type z } from 'zod';
import { voteDataCsv, type RecordedVoteData, type StatusOfAction } from '@concordia/domain';
import { StatusQuerySchema } from '@concordia/schema';
import { Public } from '../auth/roles.decorator';
import { ZodPipe } from '../common/zod';
import { renderCsv, renderHtml, renderText } from './render';
import { StatusService } from './status.service';

const TYPES = {
  html: 'text/html; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
} as const;

/** The query of the voting-data export (kept here: it is this route's alone). */
const VoteDataQuerySchema = zod.object({
  format: zod.enum(['csv', 'json']).default('csv'),
  committee: zod.string().default('C3'),
});

@ApiTags('status')
@Controller()
export class StatusController {
  constructor(private readonly statuses: StatusService) {}

  /**
   * The status of action of a session: `format=json` for the web page, html/txt/csv to export. Public, as the UN's
   * own page is: it shows only proposals before the Committee (informal drafts are left out) and what was done.
   */
  @Public()
  @Get('sessions/:session/status')
  async status(
    @Param('session', ParseIntPipe) session: number,
    @Query(new ZodPipe(StatusQuerySchema, 'query')) q: z.infer<typeof StatusQuerySchema>,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StatusOfAction | string> {
    const status = await this.statuses.status(session, q.committee, q.lang);
    if (q.format === 'json') return status;
    res.setHeader('content-type', TYPES[q.format]);
    if (q.format !== 'html')
      res.setHeader(
        'content-disposition',
        `inline; filename="status-of-action-${session}-${q.lang}.${q.format}"`,
      );
    return q.format === 'html'
      ? renderHtml(status)
      : q.format === 'txt'
        ? renderText(status)
        : renderCsv(status);
  }

  /**
   * Every recorded vote of the session in the UN Digital Library's voting-data form (one row per Member State and
   * vote), votes on paragraphs and amendments included; `format=json` gives the votes themselves. Public, as votes are.
   */
  @Public()
  @Get('sessions/:session/votes')
  async votes(
    @Param('session', ParseIntPipe) session: number,
    @Query(new ZodPipe(VoteDataQuerySchema, 'query')) q: z.infer<typeof VoteDataQuerySchema>,
    @Res({ passthrough: true }) res: Response,
  ): Promise<RecordedVoteData[] | string> {
    const votes = await this.statuses.recordedVotes(session, q.committee);
    if (q.format === 'json') return votes;
    res.setHeader('content-type', TYPES.csv);
    res.setHeader('content-disposition', `inline; filename="voting-data-${session}.csv"`);
    return voteDataCsv(votes);
  }
}
