/**
 * `amilia-activation/labels`: the library's own words, in English and French, for pages that call the SDK
 * themselves: a sentence for any error, a label for each activation status and each password reason. The
 * elements say the same (one set of strings). A separate entry, so pages that only use the elements do not
 * load the French strings up front.
 */
import en from '../elements/shared/i18n/en.js';
import fr from '../elements/shared/i18n/fr.js';
import type { ActivationStatus, Language, PasswordReason } from '../policy/index.js';
import { isApiError } from '../sdk/errors.js';
import { errorTerm, waitIn } from './describe.js';

const dictionaries = { en, fr };
const words = (lang: Language) => dictionaries[lang] ?? en;

/**
 * A friendly sentence, in `lang`, for any failure the SDK raises (never the server's own text). A rate limit
 * says how long to wait (`Too many requests. You can try again in 30 seconds.`); an error the library does not
 * know gets a general sentence.
 * @example describeError(error, 'fr') // "Nous n’avons pas pu joindre le serveur. Vérifiez votre connexion et réessayez."
 */
export function describeError(error: unknown, lang: Language = 'en'): string {
  if (isApiError(error) && error.code === 'WeakPassword' && error.reasons.length) return describePasswordProblems(error.reasons, lang);
  const { key, wait } = errorTerm(error);
  const term = words(lang)[key];
  return typeof term === 'string' ? term : term(new Intl.RelativeTimeFormat(lang).format(...waitIn(wait)));
}

/** A person's activation status as the elements show it (`Invited`, `Invitée`…). */
export const statusLabel = (status: ActivationStatus, lang: Language = 'en'): string => words(lang)[`status.${status}`];

/** One rule of the password policy, phrased as a requirement (`At least 8 characters`). */
export const passwordReasonLabel = (reason: PasswordReason, lang: Language = 'en'): string => words(lang)[`password.${reason}`];

/** Why a password is refused, every broken rule listed: `Choose a stronger password. At least 8 characters · …` */
export const describePasswordProblems = (reasons: readonly PasswordReason[], lang: Language = 'en'): string =>
  `${words(lang)['error.WeakPassword']} ${reasons.map((reason) => passwordReasonLabel(reason, lang)).join(' · ')}`;
