import { AuditLogEntity } from '../audit/audit-log.entity';
import { AuthTokenEntity } from '../auth/token.entity';
import { CollabSnapshotEntity, CollabUpdateEntity } from '../collab/collab.entities';
import { ActionEntity } from '../record/action.entity';
import { AgendaItemEntity } from '../record/agenda-item.entity';
import { DelegationEntity } from '../record/delegation.entity';
import { DraftEntity } from '../record/draft.entity';
import { MeetingEntity } from '../record/meeting.entity';
import { CommitteeSessionEntity } from '../record/session.entity';
import { SponsorshipEventEntity } from '../record/sponsorship-event.entity';
import { UserEntity } from '../users/user.entity';
import { NEGOTIATION_ENTITIES } from '../negotiation/negotiation.entities';

/** Every entity of the application; feature modules append theirs here. */
export const ENTITIES = [
  CommitteeSessionEntity,
  AgendaItemEntity,
  MeetingEntity,
  DelegationEntity,
  DraftEntity,
  SponsorshipEventEntity,
  ActionEntity,
  UserEntity,
  AuthTokenEntity,
  AuditLogEntity,
  CollabUpdateEntity,
  CollabSnapshotEntity,
  ...NEGOTIATION_ENTITIES,
];
