/**
 * Stand-in data for loading states (skeletons): the loaded state is rendered with it, so it has the loaded
 * state's layout. Its words are em spaces, of a usual length: invisible, yet as wide as real names.
 */
import type { Person } from '../../sdk/index.js';

/** A stand-in word `ems` em wide. */
export const standIn = (ems: number) => '\u2003'.repeat(ems);

/** A member invited a while ago: the status, its dates and the send button, as most members show. */
export const PLACEHOLDER_PERSON: Person = {
  Id: 0,
  FirstName: standIn(3),
  LastName: standIn(4),
  FullName: standIn(8),
  DateOfBirth: null,
  Email: standIn(10),
  IsChild: false,
  PreferredLanguage: 'en',
  ActivationStatus: 'Invited',
  Username: null,
  LastRequest: { Id: 0, Kind: 'Invitation', Channel: 'Automatic', Status: 'Pending', Email: standIn(10), SentOn: '2026-12-25T12:00:00Z', ExpiresOn: '2027-02-23T12:00:00Z' },
};
