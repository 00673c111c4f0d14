/**
 * The common-password list of policy P: the 49,233 passwords that `@zxcvbn-ts/language-common`
 * (MIT) ships. It weighs about 200 KB gzipped, so it is loaded with `import()` the first time a
 * password is checked, never as part of an element's initial load.
 */
import { MIN_PASSWORD_LENGTH } from './password.js';

let loading: Promise<ReadonlySet<string>> | undefined;

/** Resolves to the lower-cased common passwords long enough to matter, in a Set for O(1) lookups. */
export function loadCommonPasswords(): Promise<ReadonlySet<string>> {
  loading ??= import('@zxcvbn-ts/language-common/dist/passwords.json.mjs').then(
    ({ default: passwords }) =>
      new Set(passwords.filter((p) => [...p].length >= MIN_PASSWORD_LENGTH).map((p) => p.toLowerCase())),
    (error: unknown) => {
      // A lost chunk (flaky network) must not stick: the next check tries again.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
