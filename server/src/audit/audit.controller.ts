import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { AuditQuerySchema, type AuditEntry } from '@concordia/schema';
import { Roles } from '../auth/roles.decorator';
import { ZodPipe } from '../common/zod';
import { AuditService } from './audit.service';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  /** Newest first. The log is the Secretariat's: it shows who changed what, including other delegations' moves. */
  @Roles('secretariat')
  @Get()
  list(
    @Query(new ZodPipe(AuditQuerySchema, 'query')) q: z.infer<typeof AuditQuerySchema>,
  ): Promise<AuditEntry[]> {
    return this.audit.list(q);
  }
}
