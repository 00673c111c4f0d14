// Small builders shared by the policy tests: durations, instants moved by a duration, and the
// person / request facts the rules read.
import { linkExpiresOn } from '../../../src/policy/index.ts';
import type { PersonFacts, RequestFacts, RequestKind, RequestStatus } from '../../../src/policy/index.ts';

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** `iso` moved by `ms` (negative: earlier), as an ISO string the way instants travel on the wire. */
export const shift = (iso: string, ms: number): string => new Date(Date.parse(iso) + ms).toISOString();

/** A request sent at `sentOn` that expires 60 days later, unless `ExpiresOn` says otherwise. */
export const request = (
  sentOn: string,
  Kind: RequestKind = 'Invitation',
  Status: RequestStatus = 'Pending',
  ExpiresOn: string = linkExpiresOn(sentOn).toISOString(),
): RequestFacts => ({ Kind, Status, SentOn: sentOn, ExpiresOn });

export const person = (facts: Partial<PersonFacts> = {}): PersonFacts => ({
  Email: 'client@example.com',
  Username: null,
  LastRequest: null,
  ...facts,
});
