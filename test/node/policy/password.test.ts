// Password policy P (NIST SP 800-63B): 8 to 128 code points, not only spaces, not containing the
// email's local part, not a common password, confirmation matching, each refusal a machine-readable reason.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import module from 'node:module';
import { describe, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import passwords from '@zxcvbn-ts/language-common/dist/passwords.json.mjs';
import { matchablePasswords } from '../../../scripts/common-passwords.ts';
import {
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  PASSWORD_REASONS,
  loadCommonPasswords,
  passwordProblems,
} from '../../../src/policy/index.ts';
import type { PasswordContext, PasswordReason } from '../../../src/policy/index.ts';

const EMOJI = '😀'; // one code point, two UTF-16 code units

describe('the reasons and limits', () => {
  test('reasons are listed in the order they are reported', () => {
    assert.deepEqual(PASSWORD_REASONS, ['TooShort', 'TooLong', 'OnlySpaces', 'ContainsEmail', 'Common', 'Mismatch']);
  });

  test('8 to 128 characters', () => {
    assert.equal(MIN_PASSWORD_LENGTH, 8);
    assert.equal(MAX_PASSWORD_LENGTH, 128);
  });
});

describe('passwordProblems', () => {
  const cases: [label: string, password: string, context: PasswordContext, expected: PasswordReason[]][] = [
    // Length, counted in code points.
    ['empty', '', {}, ['TooShort']],
    ['7 letters', 'abcdefg', {}, ['TooShort']],
    ['8 letters', 'abcdefgh', {}, []],
    ['7 emoji (14 code units)', EMOJI.repeat(7), {}, ['TooShort']],
    ['8 emoji (16 code units)', EMOJI.repeat(8), {}, []],
    ['4 letters + 4 combining accents = 8 code points', 'e\u0301'.repeat(4), {}, []],
    ['128 letters', 'a'.repeat(128), {}, []],
    ['129 letters', 'a'.repeat(129), {}, ['TooLong']],
    ['128 emoji (256 code units)', EMOJI.repeat(128), {}, []],
    ['129 emoji', EMOJI.repeat(129), {}, ['TooLong']],
    ['no composition rules: lower-case letters only', 'abcdefghij', {}, []],
    // Spaces.
    ['8 spaces', ' '.repeat(8), {}, ['OnlySpaces']],
    ['7 spaces', ' '.repeat(7), {}, ['TooShort', 'OnlySpaces']],
    ['129 spaces', ' '.repeat(129), {}, ['TooLong', 'OnlySpaces']],
    ['8 whitespace characters of other kinds', '\t\t  \u00a0\u00a0  ', {}, ['OnlySpaces']],
    ['spaces around a letter', '   a    ', {}, []],
    ['a passphrase with spaces', 'correct horse battery staple', {}, []],
    // The email's local part.
    ['contains the local part', 'xxalice99', { email: 'alice@example.com' }, ['ContainsEmail']],
    ['contains it in another case', 'MyALICEpass', { email: 'Alice@Example.com' }, ['ContainsEmail']],
    ['is the local part', 'alice.smith', { email: 'alice.smith@example.com' }, ['ContainsEmail']],
    ['contains the local part of a trimmed email', 'myalice99', { email: ' alice@example.com ' }, ['ContainsEmail']],
    ['a 3-character local part is checked', 'bobbobbob', { email: 'bob@example.com' }, ['ContainsEmail']],
    ['a 2-character local part is ignored', 'al123456789', { email: 'al@example.com' }, []],
    ['a 1-character local part is ignored', 'a1234567', { email: 'a@example.com' }, []],
    ['the local part split apart is fine', 'ali-ce-1234', { email: 'alice@example.com' }, []],
    ['the domain is not checked', 'example1234', { email: 'alice@example.com' }, []],
    ['no email: nothing to contain', 'alice12345', { email: null }, []],
    // Confirmation, checked only when given.
    ['confirmation matches', 'abcdefgh', { confirmation: 'abcdefgh' }, []],
    ['confirmation differs by case', 'abcdefgh', { confirmation: 'abcdefgH' }, ['Mismatch']],
    ['confirmation left empty', 'abcdefgh', { confirmation: '' }, ['Mismatch']],
    ['confirmation with a trailing space', 'abcdefgh', { confirmation: 'abcdefgh ' }, ['Mismatch']],
    // Common passwords, with a list given by the caller; compared case-insensitively.
    ['in the given list', 'letmein123', { commonPasswords: new Set(['letmein123']) }, ['Common']],
    ['in the list, typed in upper case', 'LETMEIN123', { commonPasswords: new Set(['letmein123']) }, ['Common']],
    ['not in the list', 'letmein1234', { commonPasswords: new Set(['letmein123']) }, []],
    ['no list: that check is skipped', 'password1', {}, []],
    // Several reasons at once, in their fixed order.
    ['short, spaces only, unconfirmed', '  ', { confirmation: 'x' }, ['TooShort', 'OnlySpaces', 'Mismatch']],
    [
      'contains the email, common and unconfirmed',
      'Alice123',
      { email: 'alice@example.com', commonPasswords: new Set(['alice123']), confirmation: 'alice123' },
      ['ContainsEmail', 'Common', 'Mismatch'],
    ],
  ];
  for (const [label, password, context, expected] of cases) {
    test(`${label}: ${expected.length ? expected.join(', ') : 'accepted'}`, () => {
      assert.deepEqual(passwordProblems(password, context), expected);
    });
  }

  test('the context is optional', () => {
    assert.deepEqual(passwordProblems('abcdefgh'), []);
    assert.deepEqual(passwordProblems('abc'), ['TooShort']);
  });
});

describe('the shipped common-password list', () => {
  test('is exactly the zxcvbn passwords P can match: 8 to 128 code points, lower-cased (npm run common-passwords)', async () => {
    const common = await loadCommonPasswords();
    assert.deepEqual([...common].sort(), matchablePasswords());
    assert.ok(common.size >= 10_000, `only ${common.size} common passwords`);
  });

  test('a password of 8 to 128 code points on the zxcvbn list is Common in any case; one off the list never is', async () => {
    const common = await loadCommonPasswords();
    const listed = new Set(passwords.map((p) => p.toLowerCase()));
    for (const p of passwords) {
      const length = [...p].length;
      if (length < MIN_PASSWORD_LENGTH || length > MAX_PASSWORD_LENGTH) continue;
      assert.ok(passwordProblems(p.toUpperCase(), { commonPasswords: common }).includes('Common'), p);
    }
    for (const p of common) assert.ok(listed.has(p), `${JSON.stringify(p)} is not on the zxcvbn list`);
    // Neighbours of listed passwords (one character more) are not common unless listed themselves.
    for (const p of [...common].slice(0, 2000)) {
      const neighbour = `${p}~`;
      assert.equal(passwordProblems(neighbour, { commonPasswords: common }).includes('Common'), listed.has(neighbour), neighbour);
    }
  });

  test('weighs at most 64 KB on the wire (gzip -9 of the module loaded on demand)', () => {
    const source = readFileSync(new URL('../../../src/policy/common-passwords.list.ts', import.meta.url));
    const size = gzipSync(source, { level: 9 }).length;
    assert.ok(size <= 65_536, `${size} bytes`);
  });

  const refused = ['password1', 'Password1', 'PASSWORD1', '12345678', 'qwertyuiop', 'iloveyou', 'football'];
  for (const password of refused) {
    test(`refuses ${password} as Common`, async () => {
      assert.deepEqual(passwordProblems(password, { commonPasswords: await loadCommonPasswords() }), ['Common']);
    });
  }

  const accepted = ['trombone-lantern-quietly-47', 'correcthorsebatterystaple', 'Vq7#mZ2!pL9x'];
  for (const password of accepted) {
    test(`accepts ${password}`, async () => {
      assert.deepEqual(passwordProblems(password, { commonPasswords: await loadCommonPasswords() }), []);
    });
  }

  test('loading twice returns the same promise and the same set', async () => {
    const first = loadCommonPasswords();
    const second = loadCommonPasswords();
    assert.equal(first, second);
    assert.ok(first instanceof Promise);
    assert.equal(await first, await second);
  });

  // A default import: a named import of registerHooks would fail to link on Node 22.12–22.14.
  const skip = typeof module.registerHooks === 'function' ? false : 'needs module.registerHooks (Node 22.15+)';
  test('is loaded lazily: importing the policy does not load it, the first call does', { skip }, () => {
    // A fresh process records which modules get resolved, so this process's earlier loads do not count.
    // Its hook also maps the sources' `./x.js` imports to `./x.ts`, as the suite's own loader does.
    const policy = new URL('../../../src/policy/index.ts', import.meta.url).href;
    const script = `
      import { registerHooks } from 'node:module';
      const seen = [];
      registerHooks({
        resolve(specifier, context, next) {
          seen.push(specifier);
          try {
            return next(specifier, context);
          } catch (error) {
            if (!specifier.startsWith('.') || !specifier.endsWith('.js')) throw error;
            return next(specifier.slice(0, -3) + '.ts', context);
          }
        },
      });
      const listLoaded = () => seen.some((s) => s.includes('common-passwords.list'));
      const { loadCommonPasswords } = await import(${JSON.stringify(policy)});
      const afterImport = listLoaded();
      await loadCommonPasswords();
      console.log(JSON.stringify({ afterImport, afterCall: listLoaded() }));
    `;
    const flags = ['--experimental-strip-types', '--no-warnings', '--input-type=module', '--eval', script];
    const output = execFileSync(process.execPath, flags, { encoding: 'utf8' });
    assert.deepEqual(JSON.parse(output), { afterImport: false, afterCall: true });
  });
});
