/**
 * The mocked backend: MSW handlers over an in-memory store, driven by the same policy and schemas
 * as the SDK. Use it in the demo (`setupWorker`), in your tests (`setupServer`), or both.
 *
 * @example
 * const backend = createMockBackend({ now: '2026-11-25T12:00:00Z' });
 * const server = setupServer(...backend.handlers);
 * server.listen();
 */
import type { Organization } from '../src/sdk/schemas.js';
import { type Clock, createClock } from './clock.js';
import { type FaultSettings, type Faults, createFaults, defaultFaultSettings } from './faults.js';
import { createHandlers } from './handlers/index.js';
import { createIdempotency } from './idempotency.js';
import { type MockChannel, createJobRelay } from './job-relay.js';
import { createMass } from './mass.js';
import { seedDemo } from './seed.js';
import { type Email, type State, type UserRecord, emptyState } from './state.js';
import { createStore } from './store.js';

export { DEMO_USERS } from './seed.js';
export { FAULT_KINDS, type FaultKind, type FaultMatch, type FaultSettings, type Faults } from './faults.js';
export type { Clock } from './clock.js';
export type { MockChannel } from './job-relay.js';
export type { Email, State } from './state.js';
export { toCsv, csvCell } from './csv.js';

/** Where the backend keeps its state between page loads (the demo uses localStorage). */
export interface MockStorage {
  load(): State | null | undefined;
  save(state: State): void;
}

export interface MockBackendOptions {
  /** Start the clock here and keep it still until moved (tests). Without it the clock runs with real time. */
  now?: Date | string;
  organization?: Partial<Organization>;
  /** `"demo"` loads a few hundred varied accounts. @default 'empty' */
  seed?: 'empty' | 'demo';
  /** How many accounts `seed: "demo"` makes (benchmarks use 100,000). @default 320 */
  seedSize?: number;
  storage?: MockStorage;
  /** The page activation links open: `{activationPage}?token=…`. @default 'https://app.example.org/activate' */
  activationPage?: string;
  /** Most targets a mass job handles per tick (each tick also stops after 8 ms). @default 25 */
  massChunkSize?: number;
  faults?: Partial<FaultSettings>;
  /**
   * Whether this instance works on mass jobs (starts ticking them, resumes them after a load). Instances
   * sharing one `storage` (the demo's tabs) must let only one of them do it. Asked at every tick.
   * @default () => true
   */
  runJobs?: () => boolean;
  /**
   * Instances sharing one `storage` talk over this (a `BroadcastChannel` of one name): a cancel made in
   * one that does not run jobs is passed to the one that does, and answered once that one stopped.
   */
  channel?: MockChannel;
}

export interface AmiliaUserInput {
  email: string;
  password: string;
  firstName?: string;
  lastName?: string;
  activatedOn?: Date | string;
}

export const DEFAULT_ORGANIZATION: Organization = {
  Identifier: 'forest-explorers',
  Name: 'Forest Explorers',
  IsLive: false,
  TimeZone: 'America/Toronto',
  DefaultLanguage: 'en',
};

export function createMockBackend(options: MockBackendOptions = {}) {
  const organization = { ...DEFAULT_ORGANIZATION, ...options.organization };
  // The options' faults start a fresh state; a stored one keeps its own.
  const initialFaults = (): FaultSettings => ({ ...defaultFaultSettings(), ...options.faults });
  const fresh = (): State => ({
    ...emptyState(organization, { frozenAt: options.now === undefined ? null : new Date(options.now).getTime(), offset: 0 }),
    faults: initialFaults(),
  });
  // Read once: the demo's stored state is the whole backend, parsed from localStorage.
  const stored = options.storage?.load();
  const state: State = stored ?? fresh();
  const persist = () => options.storage?.save(state);
  const clock: Clock = createClock(() => state.clock, persist);
  // A state saved before faults were kept in it gets the options' ones.
  const faults: Faults = createFaults(() => (state.faults ??= initialFaults()), persist);
  const store = createStore(state, clock, { activationPage: options.activationPage ?? 'https://app.example.org/activate' });
  const adminToken = `mock-admin-token-${organization.Identifier}`;
  const runJobs = options.runJobs ?? (() => true);
  const mass = createMass(store, faults, persist, { chunkSize: options.massChunkSize, runJobs });
  const relay = createJobRelay({
    channel: options.channel,
    state,
    runsJobs: runJobs,
    cancelHere: mass.cancel,
    persist,
    reload: () => reload(),
    adopt: (next) => replace(next),
  });
  const handlers = createHandlers({ store, faults, adminToken, persist, idempotency: createIdempotency(() => state, clock.now) }, mass, relay);

  /** Replaces the state in place, so every closure over `store.state` sees the new one. */
  function replace(next: State) {
    mass.stop();
    for (const key of Object.keys(state)) delete (state as unknown as Record<string, unknown>)[key];
    Object.assign(state, next);
    store.reindex();
    mass.resume();
  }
  function reload() {
    const loaded = options.storage?.load();
    if (loaded) replace(loaded);
  }
  function seed() {
    if (options.seed === 'demo') seedDemo(store, options.seedSize);
  }
  if (stored) {
    mass.resume();
  } else {
    seed();
    persist();
  }

  return {
    /** The MSW handlers, for `setupWorker(...handlers)` or `setupServer(...handlers)`. */
    handlers,
    clock,
    outbox: {
      /** Every email sent, oldest first. */
      list: (): Email[] => state.outbox.map((e) => ({ ...e })),
    },
    /** The bearer token admin calls need. */
    adminToken,
    faults,
    /** A confirmed Amilia user who belongs to no client of this organization (another organization's client, or a self-signup). */
    addAmiliaUser(input: AmiliaUserInput): UserRecord {
      const user = store.addUser({
        Email: input.email,
        Password: input.password,
        FirstName: input.firstName ?? '',
        LastName: input.lastName ?? '',
        ActivatedOn: new Date(input.activatedOn ?? clock.now()).toISOString(),
      });
      persist();
      return { ...user };
    },
    /** Whether an Amilia user has this email (the demo's sign-up refuses a taken one). */
    hasAmiliaUser: (email: string): boolean => store.user(email) !== undefined,
    /** A signed-in client's bearer token, for `/me` calls. */
    signIn(email: string, password: string): string {
      const user = store.user(email);
      if (!user || user.Password !== password) throw new Error('Wrong email or password.');
      const token = store.openSession(user);
      persist();
      return token;
    },
    /** Changes the organization (the demo's "store live" switch). */
    setOrganization(patch: Partial<Organization>) {
      Object.assign(state.organization, patch);
      store.changed();
      persist();
    },
    /** Back to the seed data, clock and faults included. */
    reset() {
      replace(fresh());
      faults.clear();
      Object.assign(faults.settings, options.faults);
      seed();
      persist();
    },
    /** Reads the state again from storage (another tab changed it). */
    reload,
    /** Stops the mass job's timers and leaves the channel (call when a test or page is done). */
    dispose() {
      mass.stop();
      relay.close();
    },
  };
}

export type MockBackend = ReturnType<typeof createMockBackend>;
