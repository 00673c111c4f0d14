/**
 * The page's memory across reloads and tabs: the backend's state and the preferences, as JSON in
 * localStorage. Keys carry the demo's folder, so two copies of the demo on one origin (say /qa/ and
 * /demo/) never share data. Another tab's write arrives as a `storage` event (see boot.ts).
 */
import type { MockStorage, State } from '../mocks/index.js';
import type { PreferenceStore, Preferences } from './preferences.js';

export interface LocalStore<T> {
  readonly key: string;
  load(): T | null;
  save(value: T): void;
  /** The browser refused the last write (storage full): changes are no longer kept. */
  readonly full: boolean;
}

export function localStore<T>(key: string, valid: (value: unknown) => value is T): LocalStore<T> {
  let full = false;
  let pending: { value: T } | undefined;
  // Saves made in one task are written once, at its end: seeding saves hundreds of times (each move of
  // the clock), and every write reaches every other tab as a storage event.
  const flush = () => {
    if (!pending) return;
    const { value } = pending;
    pending = undefined;
    try {
      localStorage.setItem(key, JSON.stringify(value));
      full = false;
    } catch {
      full = true;
    }
  };
  return {
    key,
    load() {
      flush();
      try {
        const value: unknown = JSON.parse(localStorage.getItem(key) ?? 'null');
        return valid(value) ? value : null;
      } catch {
        return null;
      }
    },
    save(value) {
      if (!pending) queueMicrotask(flush);
      pending = { value };
    },
    get full() {
      return full;
    },
  };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** The two stores of the demo at `page`'s folder. */
export function demoStores(page: URL): { state: LocalStore<State> & MockStorage; preferences: LocalStore<Partial<Preferences>> & PreferenceStore } {
  const namespace = `amilia-demo:${new URL('.', page).pathname}`;
  return {
    // A state saved by an older demo is dropped rather than misread.
    state: localStore(`${namespace}:state`, (value): value is State => isObject(value) && value['version'] === 1),
    preferences: localStore(`${namespace}:preferences`, (value): value is Partial<Preferences> => isObject(value)),
  };
}
