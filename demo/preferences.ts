/**
 * What the demo keeps besides the backend's state: the language, the signed-in client and whether the
 * QA panel is open. In memory by default (tests); the page keeps them in localStorage (see persistence.ts).
 */
import type { Language } from '../src/policy/index.js';

export interface Session {
  token: string;
  email: string;
}

export interface Preferences {
  language: Language;
  session: Session | null;
  panelOpen: boolean;
}

export interface PreferenceStore {
  load(): Partial<Preferences> | null;
  save(preferences: Preferences): void;
}

export const defaultPreferences = (): Preferences => ({ language: 'en', session: null, panelOpen: true });

export function memoryPreferences(): PreferenceStore {
  let kept: Preferences | null = null;
  return {
    load: () => kept && structuredClone(kept),
    save: (preferences) => {
      kept = structuredClone(preferences);
    },
  };
}
