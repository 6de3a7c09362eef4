import { Body, Controller, Get, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CommitteeSchema, type Dossier, type User } from '@concordia/schema';
import { CurrentUser, Roles } from '../auth/roles.decorator';
import { ZodPipe } from '../common/zod';
import { BodyLimit, LARGE_BODY_LIMIT } from '../http/body';
import { DossierService, type ImportSummary } from './dossier.service';

const ExportQuery = z.object({ committee: CommitteeSchema.default('C3') });

@ApiTags('dossiers')
@Controller()
export class DossierController {
  constructor(private readonly dossiers: DossierService) {}

  /** Imports a whole dossier in one transaction; a bad dossier gets every error with its JSON path. */
  @Roles('secretariat')
  @BodyLimit(LARGE_BODY_LIMIT)
  @Post('dossiers')
  import(@Body() body: unknown, @CurrentUser() user: User): Promise<ImportSummary> {
    return this.dossiers.import(body, user.email);
  }

  @Roles('secretariat')
  @Get('sessions/:session/dossier')
  export(
    @Param('session', ParseIntPipe) session: number,
    @Query(new ZodPipe(ExportQuery, 'query')) q: z.infer<typeof ExportQuery>,
  ): Promise<Dossier> {
    return this.dossiers.export(session, q.committee);
  }
}
