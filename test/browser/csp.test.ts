// The elements on a page served with a strict Content-Security-Policy and Trusted Types: they render,
// they work, and nothing is blocked or reported. The page (fixtures/csp.html) runs in an iframe; only
// types are imported from it, since importing its module here would start it in this page too.
import { expect } from '@open-wc/testing';
import type { CspPage } from './fixtures/csp-page.js';
import type { CspReport } from './fixtures/csp-report.js';
import { $, textOf, until } from './harness.js';

type CspWindow = Window & { cspPage?: CspPage; cspReport?: CspReport };

/** Loads `src` in an iframe and waits for its elements and mocked backend. */
async function open(src: string) {
  const frame = document.createElement('iframe');
  frame.title = 'Strict CSP page';
  frame.style.inlineSize = '900px';
  frame.style.blockSize = '1200px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as CspWindow;
  const page = await until(() => win.cspPage ?? Promise.reject(new Error('the page has not started')), 10000);
  const find = (tag: string) => frame.contentDocument!.querySelector(tag)!;
  return { frame, win, page, find, report: win.cspReport! };
}

function type(el: Element, selector: string, text: string) {
  const input = $<HTMLInputElement>(el, selector);
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

describe('strict Content-Security-Policy and Trusted Types', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('the page is really served under the policy', async () => {
    const response = await fetch('/test/browser/fixtures/csp.html');
    expect(response.headers.get('Content-Security-Policy')).to.equal(
      "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'",
    );
    expect((await fetch('/test/browser/harness.ts')).headers.get('Content-Security-Policy')).to.equal(null);
  });

  for (const [variant, query] of [
    ['from the sources', ''],
    ['from the CDN bundle', '?cdn'],
  ] as const) {
    it(`${variant}: every element renders and works, with no violation and no Trusted Types error`, async function () {
      // The bundle is built by `npx rollup -c` (npm run build); a fresh clone's test run has none yet.
      if (query && !(await fetch('/dist/cdn/amilia-activation.js', { method: 'HEAD' })).ok) this.skip();
      const opened = await open(`/test/browser/fixtures/csp.html${query}`);
      frame = opened.frame;
      const { find, report, win } = opened;
      const { password } = await opened.page;
      const fromBundle = win.performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('/dist/cdn/amilia-activation.js'));
      expect(fromBundle, 'elements loaded from the CDN bundle').to.equal(query !== '');

      await until(() => {
        expect(textOf(find('amilia-create-account'))).to.contain('New client account');
        expect(textOf(find('amilia-activation-button'))).to.contain('Invited');
        // French strings are a lazily imported module: it loads under the policy too.
        expect(textOf(find('amilia-client-email'))).to.contain('Ana Roy');
        expect(textOf(find('amilia-client-email'))).to.contain('Enregistrer');
        expect(textOf(find('amilia-mass-activation'))).to.contain('Send to accounts created after');
        expect(textOf(find('amilia-activate-account'))).to.contain('Activate your Forest Explorers account');
        expect(textOf(find('amilia-share-account-banner'))).to.contain('Forest Explorers has a client account with your email.');
      }, 10000);

      // The link page: typing loads the common-password list (another lazy module), then activates.
      const link = find('amilia-activate-account');
      type(link, '#password', password);
      type(link, '#confirmation', password);
      await until(() => expect(link.shadowRoot!.querySelector('[part~="rules"] li.met')).to.exist);
      $<HTMLButtonElement>(link, '[part~="submit"]').click();
      await until(() => expect(textOf(link)).to.contain('Your account is active'));

      // The banner: accepting shares the login.
      const banner = find('amilia-share-account-banner');
      $<HTMLButtonElement>(banner, '[part~="accept"]').click();
      await until(() => expect(textOf(banner)).to.contain('Shared with Forest Explorers.'));

      // The mass preview: a date, counts, and the virtualized list.
      const mass = find('amilia-mass-activation');
      type(mass, '#date', '2026-11-24');
      $<HTMLButtonElement>(mass, 'button.preview').click();
      await until(() => expect(textOf(mass)).to.contain('Sam Lee'), 8000);

      // The form: a new account with its automatic invitation.
      const create = find('amilia-create-account');
      type(create, '#owner-FirstName', 'Léa');
      type(create, '#owner-LastName', 'Côté');
      type(create, '#owner-Email', 'lea@example.com');
      $<HTMLButtonElement>(create, 'button[part=submit]').click();
      await until(() => expect(textOf(create)).to.contain('An invitation was sent to lea@example.com.'));

      expect(report.violations, 'securitypolicyviolation events').to.deep.equal([]);
      expect(report.errors, 'uncaught errors').to.deep.equal([]);

      // The test can fail: an HTML string in a sink is refused by Trusted Types and reported. Engines word the
      // refusal differently; all throw the page's own TypeError.
      const probe = frame.contentDocument!.createElement('div');
      expect(() => (probe.innerHTML = '<b>x</b>')).to.throw().with.property('name', 'TypeError');
      await until(() => expect(report.violations.some((v) => v.startsWith('require-trusted-types-for'))).to.equal(true));
    });
  }
});
