// Email rules (R2, R9, and the masked address of R6): syntax as `<input type=email>` accepts it once
// trimmed, at most 254 characters, duplicates compared case-insensitively.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  MAX_EMAIL_LENGTH,
  emailKey,
  isValidEmail,
  localPart,
  maskEmail,
  normalizeEmail,
  sameEmail,
} from '../../../src/policy/index.ts';

/** A valid address of exactly `length` characters (the WHATWG rule puts no limit on the local part). */
const addressOfLength = (length: number): string => `${'a'.repeat(length - '@example.com'.length)}@example.com`;

describe('isValidEmail accepts what <input type=email> accepts, after trimming', () => {
  const valid: [address: string, why: string][] = [
    ['a@b', 'a domain without a dot'],
    ['user@localhost', 'a single-label domain'],
    ['alice@example.com', 'the usual shape'],
    ['Alice.Smith+tag@Example.COM', 'upper case, a dot and a plus'],
    ["o'brien@example.ie", 'an apostrophe'],
    [".!#$%&'*+/=?^_`{|}~-@example.com", 'every special character the local part allows'],
    ['a..b@example.com', 'consecutive dots (the WHATWG rule allows them)'],
    ['a@b-c.d', 'a hyphen inside a label'],
    ['a@1.2.3.4', 'digits-only labels'],
    [`a@${'b'.repeat(63)}.com`, 'a 63-character label'],
    [' a@b.co ', 'surrounding spaces are trimmed'],
    ['\talice@example.com\n', 'a surrounding tab and newline are trimmed'],
    [addressOfLength(254), '254 characters'],
    [` ${addressOfLength(254)} `, '254 characters once trimmed'],
  ];
  for (const [address, why] of valid) {
    test(`valid: ${why} (${JSON.stringify(address.length > 40 ? `${address.slice(0, 20)}…` : address)})`, () => {
      assert.equal(isValidEmail(address), true);
    });
  }

  const invalid: [address: string, why: string][] = [
    ['', 'empty'],
    ['   ', 'only spaces'],
    ['alice', 'no @'],
    ['alice.example.com', 'no @, dots only'],
    ['@example.com', 'no local part'],
    ['alice@', 'no domain'],
    ['a@b.', 'a trailing dot in the domain'],
    ['a@.b', 'a leading dot in the domain'],
    ['a@b..c', 'an empty label'],
    ['a@-b.c', 'a label starting with a hyphen'],
    ['a@b-.c', 'a label ending with a hyphen'],
    ['a@b_c.d', 'an underscore in the domain'],
    [`a@${'b'.repeat(64)}.com`, 'a 64-character label'],
    ['a b@c.d', 'a space in the local part'],
    ['a@b .c', 'a space in the domain'],
    ['a@b@c.d', 'two @'],
    ['"a b"@c.d', 'a quoted local part with a space'],
    ['"a"@b.c', 'a quoted local part'],
    ['a(comment)@b.c', 'a comment'],
    ['a@[127.0.0.1]', 'an address literal'],
    ['ü@example.com', 'a non-ASCII local part'],
    ['a@bücher.de', 'a Unicode domain (only its xn-- form is accepted)'],
    ['Alice <alice@example.com>', 'a display name'],
    [addressOfLength(255), '255 characters'],
    [addressOfLength(400), '400 characters'],
  ];
  for (const [address, why] of invalid) {
    test(`invalid: ${why} (${JSON.stringify(address.length > 40 ? `${address.slice(0, 20)}…` : address)})`, () => {
      assert.equal(isValidEmail(address), false);
    });
  }

  test('the punycode form of a Unicode domain is accepted', () => {
    assert.equal(isValidEmail('a@xn--bcher-kva.de'), true);
  });

  test('the length limit is 254, the SMTP path limit less its brackets', () => {
    assert.equal(MAX_EMAIL_LENGTH, 254);
    assert.equal(addressOfLength(254).length, 254);
  });
});

describe('normalizeEmail and emailKey', () => {
  test('the stored address is trimmed but keeps its case', () => {
    assert.equal(normalizeEmail('  Alice@Example.COM \n'), 'Alice@Example.COM');
  });

  const keys: [address: string, key: string][] = [
    ['alice@example.com', 'alice@example.com'],
    ['Alice@Example.COM', 'alice@example.com'],
    ['  ALICE@EXAMPLE.COM\t', 'alice@example.com'],
  ];
  for (const [address, key] of keys) {
    test(`the comparison key of ${JSON.stringify(address)} is ${key}`, () => assert.equal(emailKey(address), key));
  }
});

describe('sameEmail compares trimmed and case-insensitively (the R2 / R9 duplicate check)', () => {
  const cases: [a: string | null | undefined, b: string | null | undefined, expected: boolean][] = [
    ['alice@example.com', 'alice@example.com', true],
    ['Alice@Example.com', 'alice@EXAMPLE.COM', true],
    [' alice@example.com', 'ALICE@example.com  ', true],
    ['alice@example.com', 'alice@example.co', false],
    ['alice@example.com', 'alice2@example.com', false],
    ['alice+a@example.com', 'alice@example.com', false], // sub-addresses are different addresses
    [null, 'alice@example.com', false],
    ['alice@example.com', null, false],
    [undefined, 'alice@example.com', false],
    ['alice@example.com', undefined, false],
    [null, null, false], // two people without an email are not duplicates
    [undefined, undefined, false],
  ];
  for (const [a, b, expected] of cases) {
    test(`${JSON.stringify(a)} vs ${JSON.stringify(b)}: ${expected}`, () => {
      assert.equal(sameEmail(a, b), expected);
      assert.equal(sameEmail(b, a), expected, 'symmetric');
    });
  }
});

describe('localPart: the part before the last @', () => {
  const cases: [address: string, expected: string][] = [
    ['alice@example.com', 'alice'],
    ['  Bob.Smith@example.com ', 'Bob.Smith'],
    ['"a@b"@example.com', '"a@b"'],
    ['no-at-sign', ''],
    ['@example.com', ''],
  ];
  for (const [address, expected] of cases) {
    test(`${JSON.stringify(address)} → ${JSON.stringify(expected)}`, () => assert.equal(localPart(address), expected));
  }
});

describe('maskEmail shows the first character and the domain (R6 renewal answer)', () => {
  const cases: [address: string, expected: string][] = [
    ['alice@example.com', 'a***@example.com'],
    [' Bob@Example.com ', 'B***@Example.com'],
    ['a@b', 'a***@b'],
    ['x.y+tag@mail.example.org', 'x***@mail.example.org'],
  ];
  for (const [address, expected] of cases) {
    test(`${JSON.stringify(address)} → ${expected}`, () => assert.equal(maskEmail(address), expected));
  }
});
