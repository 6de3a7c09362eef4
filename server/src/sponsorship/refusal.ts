import { ConflictException, ForbiddenException, NotFoundException, type HttpException } from '@nestjs/common';
import type { SponsorshipRefusal } from '@concordia/domain';

/**
 * Who is refused (403) versus what is refused in the draft's present state (409): a delegate acting for another
 * delegation, or an observer when the session does not allow observers, will never succeed by retrying; a closed
 * list may reopen. The rule's code travels with the message so clients can react without parsing text.
 */
const STATUS: Record<SponsorshipRefusal, 403 | 404 | 409> = {
  'no-delegation': 403,
  'other-delegation': 403,
  'not-eligible': 404,
  'observers-not-allowed': 403,
  'not-main-sponsor': 403,
  'chair-draft': 409,
  informal: 409,
  frozen: 409,
  closed: 409,
  'already-sponsor': 409,
  'not-a-sponsor': 409,
};

export function refusal(code: SponsorshipRefusal, reason: string): HttpException {
  const status = STATUS[code];
  const body = { statusCode: status, message: reason, code };
  if (status === 403) return new ForbiddenException({ ...body, error: 'Forbidden' });
  if (status === 404) return new NotFoundException({ ...body, error: 'Not Found' });
  return new ConflictException({ ...body, error: 'Conflict' });
}
