import { InitialRecord1795400000000 } from './1795400000000-InitialRecord';

/** In order. A new migration is a new file here; a landed migration is never edited. */
export const MIGRATIONS = [InitialRecord1795400000000];
