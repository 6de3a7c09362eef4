import {
  Body,
  Controller,
  Get,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
  Res,
  StreamableFile,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { z } from 'zod';
import { comparisonHtml, compilationHtml, type ParagraphStatus } from '@concordia/negotiation';
import { LanguageSchema, type User } from '@concordia/schema';
import { AnyRole, CurrentUser, Roles } from '../auth/roles.decorator';
import { ZodPipe } from '../common/zod';
import { comparisonDocx, compilationDocx } from './export';
import {
  BreakSchema,
  CommentSchema,
  CompareQuery,
  CompilationQuery,
  DecideSchema,
  PredecessorSchema,
  ProposeSchema,
  SilenceSchema,
  StatusSchema,
  VersionSchema,
  type CommentBody,
  type CompilationQueryT,
  type DecideBody,
  type PredecessorBody,
  type ProposeBody,
} from './negotiation.schemas';
import { NegotiationService } from './negotiation.service';
import { VersionsService } from './versions.service';

const LangQuery = z.object({ lang: LanguageSchema.default('en'), paragraph: z.string().optional() });
type LangQ = z.infer<typeof LangQuery>;
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const fileName = (symbol: string, what: string, ext: string) =>
  `${symbol.replace(/[^A-Za-z0-9.]+/g, '_')}-${what}.${ext}`;

/** Exports share one shape: JSON by default, or a file named after the draft. */
async function send<T>(
  res: Response,
  format: 'json' | 'html' | 'docx',
  name: string,
  json: T,
  html: () => string,
  docx: () => Promise<Buffer>,
) {
  if (format === 'json') return json;
  if (format === 'html') {
    res.set({
      'content-type': 'text/html; charset=utf-8',
      'content-disposition': `inline; filename="${name}.html"`,
    });
    return html();
  }
  res.set({ 'content-type': DOCX, 'content-disposition': `attachment; filename="${name}.docx"` });
  return new StreamableFile(await docx());
}

@ApiTags('negotiation')
@Controller()
export class NegotiationController {
  constructor(
    private readonly negotiation: NegotiationService,
    private readonly versions: VersionsService,
  ) {}

  @AnyRole()
  @Get('drafts/:id/negotiation/compilation')
  async compilation(
    @Param('id', ParseUUIDPipe) id: string,
    @Query(new ZodPipe(CompilationQuery, 'query')) q: CompilationQueryT,
    @CurrentUser() user: User,
    @Res({ passthrough: true }) res: Response,
  ) {
    const c = await this.negotiation.compilation(
      id,
      user,
      { delegations: q.delegations, statuses: q.statuses },
      q.lang,
    );
    const title = `${c.draft.symbol} — ${q.lang === 'fr' ? 'texte de compilation' : 'compilation text'}`;
    const name = fileName(c.draft.symbol, 'compilation', q.format).replace(/\.\w+$/, '');
    return send(
      res,
      q.format,
      name,
      c,
      () => compilationHtml(c, { title, lang: q.lang, summary: c.countsText }),
      () => compilationDocx(c, { title, lang: q.lang, summary: c.countsText }),
    );
  }

  @AnyRole()
  @Get('drafts/:id/negotiation/proposals')
  history(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: User) {
    return this.negotiation.history(id, user);
  }

  @Roles('delegate')
  @Post('drafts/:id/negotiation/proposals')
  propose(
    @Param('id', ParseUUIDPipe) id: string,
    @Body(new ZodPipe(ProposeSchema)) body: ProposeBody,
    @CurrentUser() user: User,
  ) {
    return this.negotiation.propose(id, user, body);
  }

  @Roles('delegate')
  @Post('negotiation/proposals/:pid/support')
  support(@Param('pid', ParseUUIDPipe) pid: string, @CurrentUser() user: User) {
    return this.negotiation.support(pid, user);
  }

  @Roles('delegate', 'secretariat')
  @Post('negotiation/proposals/:pid/decision')
  decide(
    @Param('pid', ParseUUIDPipe) pid: string,
    @Body(new ZodPipe(DecideSchema)) body: DecideBody,
    @CurrentUser() user: User,
  ) {
    return this.negotiation.decide(pid, user, body);
  }

  @Roles('delegate', 'secretariat')
  @Put('drafts/:id/negotiation/paragraphs/:paragraphId/status')
  status(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('paragraphId') paragraphId: string,
    @Body(new ZodPipe(StatusSchema)) body: { status: ParagraphStatus },
    @CurrentUser() user: User,
  ) {
    return this.negotiation.setStatus(id, paragraphId, user, body.status);
  }

  @AnyRole()
  @Get('drafts/:id/negotiation/comments')
  comments(
    @Param('id', ParseUUIDPipe) id: string,
    @Query(new ZodPipe(LangQuery, 'query')) q: LangQ,
    @CurrentUser() user: User,
  ) {
    return this.negotiation.comments(id, user, q.paragraph);
  }

  @Roles('delegate', 'secretariat')
  @Post('drafts/:id/negotiation/comments')
  comment(
    @Param('id', ParseUUIDPipe) id: string,
    @Body(new ZodPipe(CommentSchema)) body: CommentBody,
    @CurrentUser() user: User,
  ) {
    return this.negotiation.comment(id, user, body);
  }

  @Roles('delegate', 'secretariat')
  @Post('negotiation/comments/:cid/resolve')
  resolve(@Param('cid', ParseUUIDPipe) cid: string, @CurrentUser() user: User) {
    return this.negotiation.resolveComment(cid, user);
  }

  @AnyRole()
  @Get('drafts/:id/negotiation/predecessor')
  predecessor(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: User) {
    return this.negotiation.predecessor(id, user);
  }

  @Roles('delegate', 'secretariat')
  @Put('drafts/:id/negotiation/predecessor')
  setPredecessor(
    @Param('id', ParseUUIDPipe) id: string,
    @Body(new ZodPipe(PredecessorSchema)) body: PredecessorBody,
    @CurrentUser() user: User,
  ) {
    return this.negotiation.setPredecessor(id, user, body);
  }

  // ------------------------------------------------------------------ versions

  @AnyRole()
  @Get('drafts/:id/versions')
  listVersions(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: User) {
    return this.versions.list(id, user);
  }

  @Roles('delegate', 'secretariat')
  @Post('drafts/:id/versions')
  createVersion(
    @Param('id', ParseUUIDPipe) id: string,
    @Body(new ZodPipe(VersionSchema)) body: { name: string },
    @CurrentUser() user: User,
  ) {
    return this.versions.create(id, user, body.name);
  }

  @AnyRole()
  @Get('drafts/:id/versions/compare')
  async compare(
    @Param('id', ParseUUIDPipe) id: string,
    @Query(new ZodPipe(CompareQuery, 'query')) q: z.infer<typeof CompareQuery>,
    @CurrentUser() user: User,
    @Res({ passthrough: true }) res: Response,
  ) {
    const c = await this.versions.compare(id, user, q.a, q.b);
    const title = `${c.symbol} — ${c.left} / ${c.right}`;
    const name = fileName(c.symbol, 'comparison', q.format).replace(/\.\w+$/, '');
    return send(
      res,
      q.format,
      name,
      c,
      () => comparisonHtml(c.rows, { title, lang: q.lang, left: c.left, right: c.right }),
      () => comparisonDocx(c.rows, { title, lang: q.lang, left: c.left, right: c.right }),
    );
  }

  @Roles('delegate', 'secretariat')
  @Post('drafts/:id/versions/:vid/restore')
  restore(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('vid', ParseUUIDPipe) vid: string,
    @CurrentUser() user: User,
  ) {
    return this.versions.restore(id, vid, user);
  }

  // ------------------------------------------------------------------ silence

  @AnyRole()
  @Get('drafts/:id/silence')
  silence(
    @Param('id', ParseUUIDPipe) id: string,
    @Query(new ZodPipe(LangQuery, 'query')) q: LangQ,
    @CurrentUser() user: User,
  ) {
    return this.versions.silence(id, user, q.lang);
  }

  @Roles('delegate', 'secretariat')
  @Post('drafts/:id/silence')
  startSilence(
    @Param('id', ParseUUIDPipe) id: string,
    @Body(new ZodPipe(SilenceSchema)) body: z.infer<typeof SilenceSchema>,
    @Query(new ZodPipe(LangQuery, 'query')) q: LangQ,
    @CurrentUser() user: User,
  ) {
    return this.versions.startSilence(id, user, body, q.lang);
  }

  @Roles('delegate')
  @Post('drafts/:id/silence/break')
  breakSilence(
    @Param('id', ParseUUIDPipe) id: string,
    @Body(new ZodPipe(BreakSchema)) body: { reason: string },
    @Query(new ZodPipe(LangQuery, 'query')) q: LangQ,
    @CurrentUser() user: User,
  ) {
    return this.versions.breakSilence(id, user, body.reason, q.lang);
  }

  @Roles('delegate', 'secretariat')
  @Post('drafts/:id/silence/cancel')
  cancelSilence(
    @Param('id', ParseUUIDPipe) id: string,
    @Query(new ZodPipe(LangQuery, 'query')) q: LangQ,
    @CurrentUser() user: User,
  ) {
    return this.versions.cancelSilence(id, user, q.lang);
  }
}
