/**
 * The demo's side of the browser session: the language, the signed-in client, whether the QA panel is
 * open, and the QA panel's faults, kept in the preference store so reloads and other tabs share them.
 * A controller: the app redraws whenever they change.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEMO_USERS, type MockBackend } from '../mocks/index.js';
import type { Language } from '../src/policy/index.js';
import { type PreferenceStore, type Preferences, defaultPreferences, memoryPreferences } from './preferences.js';

export class DemoSession implements ReactiveController {
  preferences: Preferences = defaultPreferences();
  private readonly store: PreferenceStore;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly backend: MockBackend,
    store: PreferenceStore | undefined,
  ) {
    this.store = store ?? memoryPreferences();
    host.addController(this);
  }

  hostConnected(): void {
    this.reload();
    if (!this.preferences.session) this.signInSelfSignup();
  }

  /** Reads the preferences again (another tab changed them). */
  reload(): void {
    this.preferences = { ...defaultPreferences(), ...this.store.load() };
    this.applyFaults();
    this.host.requestUpdate();
  }

  /** Signs a client in on the Amilia side; throws when the email or password is wrong. */
  signIn(email: string, password: string): void {
    const token = this.backend.signIn(email, password);
    this.save({ session: { token, email } });
  }

  signOut(): void {
    this.save({ session: null });
  }

  setLanguage(language: Language): void {
    this.save({ language });
  }

  setPanelOpen(open: boolean): void {
    this.save({ panelOpen: open });
  }

  /** The QA panel changed the backend's faults: kept, so every tab fails alike and a reload keeps them. */
  keepFaults(): void {
    this.save({ faults: structuredClone(this.backend.faults.settings) });
  }

  /** After the backend went back to its seed: no faults, and the client side signed in as the seeded self-signup. */
  afterReset(): void {
    this.save({ faults: null });
    this.applyFaults();
    this.signInSelfSignup();
  }

  /** The client side opens signed in as the seeded self-signup, who sees the share banner (absent from an empty seed). */
  private signInSelfSignup() {
    const { email, password } = DEMO_USERS.selfSignup;
    try {
      this.signIn(email, password);
    } catch {
      this.signOut();
    }
  }

  private applyFaults() {
    const { faults } = this.backend;
    const saved = this.preferences.faults;
    if (saved) Object.assign(faults.settings, saved, { rates: { ...saved.rates } });
    else faults.clear();
  }

  private save(patch: Partial<Preferences>) {
    this.preferences = { ...this.preferences, ...patch };
    this.store.save(this.preferences);
    this.host.requestUpdate();
  }
}
