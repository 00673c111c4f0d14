import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { openApiText } from '../../scripts/openapi.ts';

test('openapi.json is generated from the current zod schemas', () => {
  const committed = readFileSync(new URL('../../openapi.json', import.meta.url), 'utf8');
  assert.ok(committed === openApiText(), 'openapi.json is out of date: run `npm run openapi` and commit it');
});

test('the document describes every endpoint of the contract', () => {
  const doc = JSON.parse(openApiText());
  assert.equal(Object.keys(doc.paths).length, 16);
  assert.deepEqual(doc.components.schemas.ActivationStatus.enum, ['NoEmail', 'NotInvited', 'Invited', 'InvitationExpired', 'ShareRequested', 'ShareRequestExpired', 'Active']);
  assert.ok(doc.components.schemas.Person.required.includes('LastRequest'));
});
