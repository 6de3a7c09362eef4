import { Module } from '@nestjs/common';
import { CollabModule } from '../collab/collab.module';
import { NegotiationModule } from '../negotiation/negotiation.module';
import { MeetingsController } from './meetings.controller';
import { MeetingsService } from './meetings.service';
import { OralRevisionService } from './oral-revision.service';

@Module({
  imports: [CollabModule, NegotiationModule],
  controllers: [MeetingsController],
  providers: [MeetingsService, OralRevisionService],
})
export class MeetingsModule {}
