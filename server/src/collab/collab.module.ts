import { Module } from '@nestjs/common';
import { CollabGateway } from './collab.gateway';
import { CollabService } from './collab.service';
import { CollabStore } from './collab.store';

/** Live co-editing of drafts (Yjs over WebSocket at /collab/<draftId>, durable in PostgreSQL, shared via Redis). */
@Module({
  providers: [CollabStore, CollabService, CollabGateway],
  exports: [CollabService],
})
export class CollabModule {}
