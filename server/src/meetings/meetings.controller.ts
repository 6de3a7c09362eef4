import {
  Body,
  Controller,
  Get,
  Param,
  ParseIntPipe,
  ParseUUIDPipe,
  Post,
  Query,
  HttpCode,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import {
  CommitteeSchema,
  CreateMeetingSchema,
  LanguageSchema,
  ParseVoteRequestSchema,
  RecordActionRequestSchema,
  SupersedeActionRequestSchema,
  type CreateMeeting,
  type DraftRecord,
  type MeetingDetail,
  type MeetingSummary,
  type ParseVoteResponse,
  type RecordActionResponse,
  type User,
} from '@concordia/schema';
import { AnyRole, CurrentUser, Roles } from '../auth/roles.decorator';
import { ZodPipe } from '../common/zod';
import { MeetingsService } from './meetings.service';

const CommitteeQuery = z.object({ committee: CommitteeSchema.default('C3') });
const MeetingQuery = CommitteeQuery.extend({
  kind: z.enum(['formal', 'informal', 'informal-virtual']).default('formal'),
});
const LangQuery = z.object({ lang: LanguageSchema.default('en') });

@ApiTags('meetings')
@Controller()
export class MeetingsController {
  constructor(private readonly meetings: MeetingsService) {}

  @AnyRole()
  @Get('sessions/:session/meetings')
  list(
    @Param('session', ParseIntPipe) session: number,
    @Query(new ZodPipe(CommitteeQuery, 'query')) q: z.infer<typeof CommitteeQuery>,
  ): Promise<MeetingSummary[]> {
    return this.meetings.list(session, q.committee);
  }

  @Roles('secretariat')
  @Post('sessions/:session/meetings')
  create(
    @Param('session', ParseIntPipe) session: number,
    @Query(new ZodPipe(CommitteeQuery, 'query')) q: z.infer<typeof CommitteeQuery>,
    @Body(new ZodPipe(CreateMeetingSchema)) body: CreateMeeting,
    @CurrentUser() user: User,
  ): Promise<MeetingSummary> {
    return this.meetings.create(session, q.committee, body, user);
  }

  @AnyRole()
  @Get('sessions/:session/meetings/:number')
  detail(
    @Param('session', ParseIntPipe) session: number,
    @Param('number', ParseIntPipe) number: number,
    @Query(new ZodPipe(MeetingQuery, 'query')) q: z.infer<typeof MeetingQuery>,
  ): Promise<MeetingDetail> {
    return this.meetings.detail(session, q.committee, number, q.kind);
  }

  @AnyRole()
  @Get('drafts/:id/actions')
  record(@Param('id', ParseUUIDPipe) id: string): Promise<DraftRecord> {
    return this.meetings.draftRecord(id);
  }

  /** Appends one action (or a pasted recorded vote) to the draft's record. */
  @Roles('secretariat')
  @Post('drafts/:id/actions')
  append(
    @Param('id', ParseUUIDPipe) id: string,
    @Body(new ZodPipe(RecordActionRequestSchema)) body: z.infer<typeof RecordActionRequestSchema>,
    @CurrentUser() user: User,
  ): Promise<RecordActionResponse> {
    return this.meetings.record(id, body, user);
  }

  /** A correction: the new version of the action, or none to strike it. Nothing is deleted. */
  @Roles('secretariat')
  @Post('actions/:id/supersede')
  supersede(
    @Param('id', ParseUUIDPipe) id: string,
    @Body(new ZodPipe(SupersedeActionRequestSchema)) body: z.infer<typeof SupersedeActionRequestSchema>,
    @CurrentUser() user: User,
  ): Promise<RecordActionResponse> {
    return this.meetings.supersede(id, body, user);
  }

  /** Checks pasted lists without saving anything, so every unknown name can be fixed first. */
  @Roles('secretariat')
  @Post('votes/parse')
  @HttpCode(200)
  parseVote(
    @Body(new ZodPipe(ParseVoteRequestSchema)) body: z.infer<typeof ParseVoteRequestSchema>,
    @Query(new ZodPipe(LangQuery, 'query')) q: z.infer<typeof LangQuery>,
  ): ParseVoteResponse {
    return this.meetings.parseVote(body, q.lang);
  }
}
