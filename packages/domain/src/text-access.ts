import { isActedOn, type DraftStatus } from './lifecycle';

/** Who may change the text of a draft, and why not. */
export type TextAccess =
  | { edit: true }
  | {
      edit: false;
      /**
       * `observer`: observers read drafts; `not-sponsor`: only the delegations of the main sponsors write;
       * `acted-on`: the Committee has taken action on the draft, so its text is the one acted on.
       */
      why: 'observer' | 'not-sponsor' | 'acted-on';
    };

export interface TextReader {
  role: 'secretariat' | 'delegate' | 'observer';
  delegation?: string | null;
}

/**
 * What a request does to a draft.
 * - `write`: changes its text or the state of its negotiation (editing, restoring or recording a version,
 *   deciding on a proposal, paragraph statuses, putting it under silence or withdrawing that, its predecessor):
 *   the penholders and the Secretariat.
 * - `take-part`: speaks in its negotiation (proposing, supporting, breaking silence, commenting): any delegation,
 *   and the Secretariat where the request allows it.
 * Either way, once the Committee has acted on the draft only the Secretariat still acts on it.
 */
export type TextAct = 'write' | 'take-part';

/**
 * The one rule for who may change a draft: the socket, the REST API, oral revisions and imports all ask it.
 *
 * The text of a draft is written by the delegates of its main sponsors (the penholders) and by the Secretariat.
 * Once the Committee has adopted, rejected or withdrawn it, the text is the one acted on and delegations no
 * longer change it nor negotiate on it; the Secretariat still may, to bring in oral revisions made before action
 * and editorial corrections. A deferred draft is still under negotiation.
 */
export function textAccess(
  user: TextReader,
  mainSponsors: ReadonlySet<string>,
  status: DraftStatus,
  act: TextAct = 'write',
): TextAccess {
  if (user.role === 'secretariat') return { edit: true };
  if (user.role !== 'delegate') return { edit: false, why: 'observer' };
  if (act === 'write' && (!user.delegation || !mainSponsors.has(user.delegation)))
    return { edit: false, why: 'not-sponsor' };
  if (isActedOn(status)) return { edit: false, why: 'acted-on' };
  return { edit: true };
}
