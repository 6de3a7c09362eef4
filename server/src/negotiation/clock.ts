import { Injectable } from '@nestjs/common';

/** The time the silence rules are checked against; tests set it instead of waiting for a deadline. */
@Injectable()
export class NegotiationClock {
  now(): Date {
    return new Date();
  }
}
