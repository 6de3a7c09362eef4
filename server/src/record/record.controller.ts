import { Controller, Get, Param, ParseIntPipe, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { delegations, sortDelegations } from '@concordia/domain';
import { CommitteeSchema, LanguageSchema, type DelegationView } from '@concordia/schema';
import { AnyRole } from '../auth/roles.decorator';
import { ZodPipe } from '../common/zod';
import { RecordService } from './record.service';

const ListQuery = z.object({
  committee: CommitteeSchema.default('C3'),
  agendaItem: z.string().optional(),
  lang: LanguageSchema.default('en'),
});
const LangQuery = z.object({ lang: LanguageSchema.default('en') });

@ApiTags('record')
@Controller()
export class RecordController {
  constructor(private readonly record: RecordService) {}

  @AnyRole()
  @Get('sessions')
  sessions() {
    return this.record.listSessions();
  }

  @AnyRole()
  @Get('sessions/:session')
  session(
    @Param('session', ParseIntPipe) session: number,
    @Query(new ZodPipe(ListQuery, 'query')) q: z.infer<typeof ListQuery>,
  ) {
    return this.record.sessionSummary(session, q.committee);
  }

  @AnyRole()
  @Get('sessions/:session/drafts')
  drafts(
    @Param('session', ParseIntPipe) session: number,
    @Query(new ZodPipe(ListQuery, 'query')) q: z.infer<typeof ListQuery>,
  ) {
    return this.record.listDrafts(session, q.committee, q.agendaItem, q.lang);
  }

  @AnyRole()
  @Get('drafts/:id')
  draft(
    @Param('id', ParseUUIDPipe) id: string,
    @Query(new ZodPipe(LangQuery, 'query')) q: z.infer<typeof LangQuery>,
  ) {
    return this.record.draft(id, q.lang);
  }

  @AnyRole()
  @Get('delegations')
  delegations(@Query(new ZodPipe(LangQuery, 'query')) q: z.infer<typeof LangQuery>): DelegationView[] {
    return sortDelegations([...delegations.all()], q.lang).map((d) => ({
      code: d.code,
      kind: d.kind,
      name: { en: d.en.short, fr: d.fr.short },
    }));
  }
}
