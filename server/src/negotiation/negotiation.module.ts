import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { NegotiationAccess } from './access';
import { NegotiationClock } from './clock';
import { CollabModule } from '../collab/collab.module';
import { CollabLiveText } from './collab-live-text';
import { LIVE_TEXT } from './live-text';
import { NegotiationController } from './negotiation.controller';
import { NEGOTIATION_ENTITIES } from './negotiation.entities';
import { NegotiationService } from './negotiation.service';
import { VersionsService } from './versions.service';

/** Proposals per paragraph, compilation text, agreed-language check, silence procedure and versions. */
@Module({
  imports: [TypeOrmModule.forFeature(NEGOTIATION_ENTITIES), AuditModule, CollabModule],
  controllers: [NegotiationController],
  exports: [VersionsService],
  providers: [
    NegotiationAccess,
    NegotiationClock,
    NegotiationService,
    VersionsService,
    { provide: LIVE_TEXT, useClass: CollabLiveText },
  ],
})
export class NegotiationModule {}
