/**
 * The demo's side of the browser session: the language, the signed-in client and whether the QA panel is
 * open, kept in the preference store so reloads and other tabs share them (the QA faults live in the
 * backend's own saved state). A controller: the app redraws whenever they change.
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

  /** After the backend went back to its seed: the client side signed in as the seeded self-signup. */
  afterReset(): void {
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

  private save(patch: Partial<Preferences>) {
    this.preferences = { ...this.preferences, ...patch };
    this.store.save(this.preferences);
    this.host.requestUpdate();
  }
}
