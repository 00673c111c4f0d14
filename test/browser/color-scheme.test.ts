// The elements are light or dark as their page is: a reader who prefers dark gets the dark palette on a page that
// declares `color-scheme: light dark`, and the light one on a page that declares nothing (whose background stays
// white: pale text there would be unreadable).
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { $, pageColorScheme, until, world } from './harness.js';
import '../../src/elements/create-account/create-account.js';

const LIGHT_TEXT = 'rgb(28, 35, 33)'; // #1c2321
const DARK_TEXT = 'rgb(227, 235, 232)'; // #e3ebe8

async function form() {
  await world();
  const el = await fixture(html`<amilia-create-account></amilia-create-account>`);
  return until(() => $(el, '#owner-FirstName') && el);
}
const textColor = (el: Element) => getComputedStyle(el).color;

describe('the colour scheme', () => {
  afterEach(async () => {
    document.documentElement.style.removeProperty('color-scheme');
    await emulateMedia({ colorScheme: 'light' }).catch(() => undefined);
  });

  it('is the page’s: dark on a page that declares itself dark, light again when it does not', async () => {
    const el = await form();
    expect(textColor(el)).to.equal(LIGHT_TEXT);
    await pageColorScheme('dark', el);
    expect(textColor(el)).to.equal(DARK_TEXT);
    await pageColorScheme('light', el);
    expect(textColor(el)).to.equal(LIGHT_TEXT);
  });

  it('follows a reader who prefers dark only where the page supports dark', async function () {
    // The reader's preference is emulated over the Chrome DevTools Protocol: Chromium only.
    if (!(await emulateMedia({ colorScheme: 'dark' }).then(() => matchMedia('(prefers-color-scheme: dark)').matches, () => false))) this.skip();
    const el = await form();
    expect(textColor(el), 'a page that declares nothing').to.equal(LIGHT_TEXT);
    document.documentElement.style.colorScheme = 'light dark';
    await until(() => expect(textColor(el), 'a page that supports both').to.equal(DARK_TEXT));
  });
});
