/**
 * The character classes the rules name: HTML's whitespace (what `<input type=email>` strips), Unicode's
 * White_Space (what "only spaces" means) and control characters (refused in names). JavaScript's own
 * `trim()` uses neither set: it strips U+FEFF, which is not White_Space, and keeps U+0085, which is.
 */

// ASCII whitespace as the HTML standard defines it: TAB, LF, FF, CR, SPACE.
const HTML_WHITESPACE_AROUND = /^[\t\n\f\r ]+|[\t\n\f\r ]+$/g;
const ONLY_WHITE_SPACE = /^\p{White_Space}*$/u;
/** Text without C0 (U+0000–U+001F), DEL or C1 (U+0080–U+009F) characters, the Unicode general category Cc. */
export const WITHOUT_CONTROL_CHARACTERS = /^\P{Cc}*$/u;

/** `text` without the HTML whitespace around it, as a browser reads a text or email field. */
export const trimHtmlWhitespace = (text: string): string => text.replace(HTML_WHITESPACE_AROUND, '');

/** Whether every character of `text` is Unicode White_Space (true for the empty string). */
export const isOnlyWhiteSpace = (text: string): boolean => ONLY_WHITE_SPACE.test(text);

/** Whether `text` holds a C0 or C1 control character (NUL, TAB, LF, ESC, DEL, U+0085…). */
export const hasControlCharacter = (text: string): boolean => !WITHOUT_CONTROL_CHARACTERS.test(text);
