/**
 * Translations through `@shoelace-style/localize` (a maintained 1.5 KB controller): unlike
 * `@lit/localize`, whose locale is page-wide, it lets each element follow its own `lang`.
 * English ships with each element; French is fetched with `import()` the first time an element needs it.
 */
import { type FunctionParams, LocalizeController, registerTranslation, type Translation } from '@shoelace-style/localize';
import type { ReactiveControllerHost } from 'lit';
import type { Language } from '../../policy/index.js';

import sharedEnglish from './i18n/en.js';

// The library falls back to the first translation registered, as it was then; English strings
// therefore all join that first object, so a French page missing a string shows it in English.
registerTranslation(sharedEnglish);

/**
 * An element's strings live under its scope (`activation-button:send`) in the page-wide tables, so
 * two elements may both say `send` without one overwriting the other.
 */
const scoped = (scope: string | undefined, strings: Translation): Translation =>
  scope ? (Object.fromEntries(Object.entries(strings).map(([key, value]) => [key.startsWith('$') ? key : `${scope}:${key}`, value])) as Translation) : strings;

/** Adds an element's English strings (shipped with it) to the fallback, under its scope. */
export function registerEnglish(scope: string, strings: Translation): void {
  registerTranslation(Object.assign(sharedEnglish, scoped(scope, strings)));
}

/** A loader of one part of the French strings, e.g. `() => import('./fr.js')`. */
export type FrenchLoader = () => Promise<{ default: Translation }>;

/** French strings to fetch when needed; `scope` as given to `registerEnglish` (none for the shared strings). */
export interface FrenchPart {
  scope?: string;
  load: FrenchLoader;
}

const french = new Map<FrenchLoader, Promise<void>>();

/** Resolves once every French part requested so far is registered (tests await it). */
export const translationsReady = async (): Promise<void> => {
  await Promise.all(french.values());
};

export interface LocalizedHost extends ReactiveControllerHost, HTMLElement {
  /** The language the host was configured with (a provider's), used when it has no `lang` of its own. */
  readonly configuredLanguage?: Language | undefined;
}

/** A LocalizeController whose language is: the element's `lang`, else its provider's, else the nearest `lang` above it. */
export class Localize<T extends Translation> extends LocalizeController<T> {
  private readonly scope: string;
  private readonly parts: readonly FrenchPart[];

  constructor(host: LocalizedHost, scope: string, parts: readonly FrenchPart[]) {
    super(host);
    this.scope = scope;
    this.parts = parts;
  }

  /** The element's own string when it has one, else the shared one. */
  override term<K extends keyof T>(key: K, ...args: FunctionParams<T[K]>): string {
    const own = `${this.scope}:${String(key)}` as K;
    return (super.term as (key: K, ...rest: unknown[]) => string)(this.exists(own, { includeFallback: true }) ? own : key, ...args);
  }

  override lang(): string {
    const host = this.host as LocalizedHost;
    const lang = host.lang || host.configuredLanguage || host.closest('[lang]')?.getAttribute('lang') || super.lang();
    return lang.toLowerCase().startsWith('fr') ? 'fr' : 'en';
  }

  /** The language as the API knows it. */
  language(): Language {
    return this.lang() as Language;
  }

  hostUpdate(): void {
    if (this.lang() !== 'fr') return;
    for (const { scope, load } of this.parts) {
      if (french.has(load)) continue;
      french.set(
        load,
        load().then(
          (module) => registerTranslation(scoped(scope, module.default)),
          () => void french.delete(load), // try again on the next render
        ),
      );
    }
  }
}
