/**
 * The common-password list of policy P: the 17,950 passwords of `@zxcvbn-ts/language-common` (MIT) that P
 * can match (8 to 128 code points, lower-cased), sorted and front-coded by `npm run common-passwords`.
 * About 47 KB gzipped, so it is loaded with `import()` the first time a password is checked, never as part
 * of an element's initial load; decoded once into a Set for O(1) lookups.
 */

let loading: Promise<ReadonlySet<string>> | undefined;

/** Each entry is a capital A–Z (characters shared with the entry before it) followed by the rest. */
function decodeCommonPasswords(encoded: string): Set<string> {
  const passwords = new Set<string>();
  let previous = '';
  for (const part of encoded.split(/(?=[A-Z])/)) {
    previous = previous.slice(0, part.charCodeAt(0) - 65) + part.slice(1);
    passwords.add(previous);
  }
  return passwords;
}

/** Resolves to the lower-cased common passwords P can match, in a Set for O(1) lookups. */
export function loadCommonPasswords(): Promise<ReadonlySet<string>> {
  loading ??= import('./common-passwords.list.js').then(
    ({ default: encoded }) => decodeCommonPasswords(encoded),
    (error: unknown) => {
      // A lost chunk (flaky network) must not stick: the next check tries again.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
