import { Module, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository, TypeOrmModule } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { ActionEntity } from './action.entity';
import { AgendaItemEntity } from './agenda-item.entity';
import { DelegationEntity } from './delegation.entity';
import { DraftEntity } from './draft.entity';
import { MeetingEntity } from './meeting.entity';
import { RecordController } from './record.controller';
import { RecordService } from './record.service';
import { CommitteeSessionEntity } from './session.entity';
import { SponsorshipEventEntity } from './sponsorship-event.entity';

export const RECORD_ENTITIES = [
  CommitteeSessionEntity,
  AgendaItemEntity,
  MeetingEntity,
  DelegationEntity,
  DraftEntity,
  SponsorshipEventEntity,
  ActionEntity,
];

@Module({
  imports: [TypeOrmModule.forFeature(RECORD_ENTITIES)],
  controllers: [RecordController],
  providers: [RecordService],
  exports: [RecordService, TypeOrmModule],
})
export class RecordModule implements OnApplicationBootstrap {
  constructor(
    @InjectRepository(DelegationEntity) private readonly delegationsRepo: Repository<DelegationEntity>,
  ) {}

  async onApplicationBootstrap() {
    await RecordService.syncDelegations(this.delegationsRepo);
  }
}
