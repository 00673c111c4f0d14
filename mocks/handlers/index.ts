import { type Context, unknownRoute } from '../http.js';
import type { JobRelay } from '../job-relay.js';
import type { Mass } from '../mass.js';
import { accountsHandlers } from './accounts.js';
import { activationsHandlers } from './activations.js';
import { massHandlers } from './mass.js';
import { membersHandlers } from './members.js';
import { organizationHandlers } from './organization.js';
import { shareOffersHandlers } from './share-offers.js';

/** Every route of the mocked API, grouped by resource. */
export const createHandlers = (context: Context, mass: Mass, relay: JobRelay) => [
  ...organizationHandlers(context),
  ...accountsHandlers(context),
  ...membersHandlers(context),
  ...massHandlers(context, mass, relay.cancel),
  ...activationsHandlers(context),
  ...shareOffersHandlers(context),
  unknownRoute(context),
];
