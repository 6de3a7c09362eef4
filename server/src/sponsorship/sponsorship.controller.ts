import { Body, Controller, Get, Param, ParseIntPipe, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import {
  CommitteeSchema,
  LanguageSchema,
  SessionSettingsSchema,
  SponsorshipChangeRequestSchema,
  SponsorshipOpenRequestSchema,
  type SessionSettingsView,
  type SponsorshipChangeRequest,
  type SponsorshipOpenRequest,
  type SponsorshipView,
  type User,
} from '@concordia/schema';
import { AnyRole, CurrentUser, Roles } from '../auth/roles.decorator';
import { ZodPipe } from '../common/zod';
import { SponsorshipService } from './sponsorship.service';

const LangQuery = z.object({ lang: LanguageSchema.default('en') });
const CommitteeQuery = z.object({ committee: CommitteeSchema.default('C3') });

@ApiTags('sponsorship')
@Controller()
export class SponsorshipController {
  constructor(private readonly sponsorship: SponsorshipService) {}

  @AnyRole()
  @Get('drafts/:id/sponsorship')
  view(
    @Param('id', ParseUUIDPipe) id: string,
    @Query(new ZodPipe(LangQuery, 'query')) q: z.infer<typeof LangQuery>,
    @CurrentUser() user: User,
  ): Promise<SponsorshipView> {
    return this.sponsorship.view(id, user, q.lang);
  }

  /** Observers reach the service so that the refusal can say why (they represent no delegation). */
  @AnyRole()
  @Post('drafts/:id/sponsorship')
  change(
    @Param('id', ParseUUIDPipe) id: string,
    @Body(new ZodPipe(SponsorshipChangeRequestSchema)) body: SponsorshipChangeRequest,
    @Query(new ZodPipe(LangQuery, 'query')) q: z.infer<typeof LangQuery>,
    @CurrentUser() user: User,
  ): Promise<SponsorshipView> {
    return this.sponsorship.change(id, user, body.change, body.delegation, q.lang);
  }

  @Roles('secretariat', 'delegate')
  @Put('drafts/:id/sponsorship/open')
  setOpen(
    @Param('id', ParseUUIDPipe) id: string,
    @Body(new ZodPipe(SponsorshipOpenRequestSchema)) body: SponsorshipOpenRequest,
    @Query(new ZodPipe(LangQuery, 'query')) q: z.infer<typeof LangQuery>,
    @CurrentUser() user: User,
  ): Promise<SponsorshipView> {
    return this.sponsorship.setOpen(id, user, body.open, q.lang);
  }

  @AnyRole()
  @Get('sessions/:session/settings')
  settings(
    @Param('session', ParseIntPipe) session: number,
    @Query(new ZodPipe(CommitteeQuery, 'query')) q: z.infer<typeof CommitteeQuery>,
  ): Promise<SessionSettingsView> {
    return this.sponsorship.settings(session, q.committee);
  }

  @Roles('secretariat')
  @Put('sessions/:session/settings')
  setSettings(
    @Param('session', ParseIntPipe) session: number,
    @Query(new ZodPipe(CommitteeQuery, 'query')) q: z.infer<typeof CommitteeQuery>,
    @Body(new ZodPipe(SessionSettingsSchema)) body: SessionSettingsView,
    @CurrentUser() user: User,
  ): Promise<SessionSettingsView> {
    return this.sponsorship.setSettings(session, q.committee, user, body);
  }
}
