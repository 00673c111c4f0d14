// Proves the browser runner: esbuild compiles TypeScript, node-resolve serves bare imports in Chromium.
import { expect } from '@open-wc/testing';
import { isValidEmail } from '../../src/policy/index.js';

describe('browser smoke', () => {
  it('runs the policy module in Chromium', () => {
    expect(isValidEmail('a@b.co')).to.equal(true);
    expect(isValidEmail('not an address')).to.equal(false);
  });
});
