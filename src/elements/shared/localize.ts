/**
 * Translations on `@shoelace-style/localize`'s controller (a maintained 1.5 KB library): unlike
 * `@lit/localize`, whose locale is page-wide, it lets each element follow its own `lang`. Its number, relative
 * time and re-render on a page language change are used as they are; strings and dates are looked up here
 * (the library parses a locale for every string and makes a formatter for every date: thousands in a row of 200).
 * English ships with each element; French is fetched with `import()` the first time an element needs it.
 */
import { type FunctionParams, LocalizeController, type Translation, update } from '@shoelace-style/localize';
import type { ReactiveControllerHost } from 'lit';
import type { Language } from '../../policy/index.js';

import sharedEnglish from './i18n/en.js';

/** A string, or a function of its arguments. */
type Term = string | ((...args: never[]) => string);

/** Every English string: each element's join the shared ones (`elementStrings`), so every key has an English one. */
const englishStrings = sharedEnglish as unknown as Record<string, Term>;

/** Every French string fetched so far, shared and scoped; a French page missing one shows it in English. */
const frenchStrings: Record<string, Term> = {};

/**
 * An element's strings live under its scope (`activation-button:send`) in the page-wide tables, so
 * two elements may both say `send` without one overwriting the other.
 */
const scoped = (scope: string, strings: Translation): Translation =>
  scope ? (Object.fromEntries(Object.entries(strings).map(([key, value]) => [key.startsWith('$') ? key : `${scope}:${key}`, value])) as Translation) : strings;

/** Formatters made so far, by language and options: making one costs far more than using it (200 rows, 600 dates). */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A loader of one part of the French strings, e.g. `() => import('./fr.js')`. */
export type FrenchLoader = () => Promise<{ default: Translation }>;

/** One element class's strings: its scope, and where its French comes from. */
export interface ElementStrings {
  readonly scope: string;
  readonly french: FrenchLoader;
}

/**
 * Registers an element class's English strings (shipped with it) under `scope`, and names its French
 * loader. Called once per class, at module load: every instance shares the one loader.
 */
export function elementStrings(scope: string, english: Translation, french: FrenchLoader): ElementStrings {
  Object.assign(englishStrings, scoped(scope, english));
  return { scope, french };
}

const sharedStrings: ElementStrings = { scope: '', french: () => import('./i18n/fr.js') };

/** French parts asked for so far, by scope: each is fetched and registered once per page. */
const french = new Map<string, Promise<void>>();

function loadFrench({ scope, french: load }: ElementStrings): void {
  if (french.has(scope)) return;
  french.set(
    scope,
    load().then(
      (module) => {
        Object.assign(frenchStrings, scoped(scope, module.default));
        update(); // every connected element renders again, in French where it speaks it
      },
      () => void french.delete(scope), // try again on the next render
    ),
  );
}

/** Resolves once every French part requested so far is registered (tests await it). */
export const translationsReady = async (): Promise<void> => {
  await Promise.all(french.values());
};

export interface LocalizedHost extends ReactiveControllerHost, HTMLElement {
  /** A language the element itself prefers over the ones it inherits (the link's reader's, say). */
  readonly preferredLanguage?: Language | undefined;
  /** The language of the provider the element is in, when it set one. */
  readonly providedLanguage?: Language | undefined;
}

const PROVIDER = 'amilia-activation-provider';

/** The parent in the composed tree: out of a shadow root to its host. */
const parentOf = (node: Element): Element | null => node.parentElement ?? ((node.parentNode as ShadowRoot | null)?.host ?? null);

// `lang` may change on any ancestor: one observer for the page re-renders the elements (only on a change).
let observing = false;
function observeLanguageChanges(): void {
  if (observing || typeof MutationObserver === 'undefined') return;
  observing = true;
  new MutationObserver(() => update()).observe(document.documentElement, { subtree: true, attributes: true, attributeFilter: ['lang'] });
}

/**
 * A LocalizeController whose language is: the element's `lang`, else its own preference, else the nearest
 * `lang` above it (up to its provider), else its provider's, else the page's.
 */
export class Localize<T extends Translation> extends LocalizeController<T> {
  private readonly parts: readonly ElementStrings[];
  /** The language of the update under way, found once for every string and date its render asks for. */
  private updating: string | undefined;

  constructor(
    host: LocalizedHost,
    private readonly strings: ElementStrings,
  ) {
    super(host);
    this.parts = [sharedStrings, strings];
  }

  override hostConnected(): void {
    super.hostConnected();
    observeLanguageChanges();
  }

  /** The element's own string when it has one, else the shared one; in French once fetched, else in English. */
  override term<K extends keyof T>(key: K, ...args: FunctionParams<T[K]>): string {
    const own = `${this.strings.scope}:${String(key)}`;
    const found = own in englishStrings ? own : String(key);
    const value = (this.lang() === 'fr' && frenchStrings[found]) || englishStrings[found];
    return typeof value === 'function' ? (value as (...rest: unknown[]) => string)(...args) : (value as string);
  }

  /** A date in the element's language, with one formatter per language and options. */
  override date(date: Date | string, options?: Intl.DateTimeFormatOptions): string {
    const lang = this.lang();
    const key = `${lang} ${JSON.stringify(options ?? {})}`;
    let format = dateFormats.get(key);
    if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(lang, options)));
    return format.format(new Date(date));
  }

  override lang(): string {
    return this.updating ?? this.find();
  }

  /** The language as the host's place in the page says it now. */
  private find(): 'en' | 'fr' {
    const host = this.host as LocalizedHost;
    const lang = host.lang || host.preferredLanguage || this.inherited(host) || super.lang();
    return lang.toLowerCase().startsWith('fr') ? 'fr' : 'en';
  }

  /** The nearest `lang` above the host; the provider's language stops the search at the provider. */
  private inherited(host: LocalizedHost): string | undefined {
    for (let node = parentOf(host); node; node = parentOf(node)) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
      if (node.localName === PROVIDER && host.providedLanguage) return host.providedLanguage;
    }
    return host.providedLanguage;
  }

  /** The primary language (`en`, `fr`, `de`…) the host's content inherits: the nearest `lang` on the host or above it. */
  inheritedLang(): string | undefined {
    for (let node: Element | null = this.host as LocalizedHost; node; node = parentOf(node)) {
      const lang = node.getAttribute?.('lang');
      if (lang) return lang.toLowerCase().split('-')[0];
    }
    return undefined;
  }

  /** The language as the API knows it. */
  language(): Language {
    return this.lang() as Language;
  }

  hostUpdate(): void {
    this.updating = this.find();
    if (this.updating === 'fr') this.parts.forEach(loadFrench);
  }

  hostUpdated(): void {
    this.updating = undefined;
  }
}
