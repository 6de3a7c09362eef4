import { InitialRecord1795400000000 } from './1795400000000-InitialRecord';
import { RecordWorkflow1795400200000 } from './1795400200000-RecordWorkflow';
import { Collab1795400100000 } from './1795400100000-Collab';
import { Negotiation1795400300000 } from './1795400300000-Negotiation';
import { CollabAuthors1795500100000 } from './1795500100000-CollabAuthors';
import { Accounts1795500200000 } from './1795500200000-Accounts';

/** In order. A new migration is a new file here; a landed migration is never edited. */
export const MIGRATIONS = [
  InitialRecord1795400000000,
  Collab1795400100000,
  RecordWorkflow1795400200000,
  Negotiation1795400300000,
  CollabAuthors1795500100000,
  Accounts1795500200000,
];
