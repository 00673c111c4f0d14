// The link page rendered on a server (@lit-labs/ssr, served by scripts/ssr-fixture.mjs) and hydrated here with
// @lit-labs/ssr-client: the hydrate support must load before lit does, hence the first import.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect } from '@open-wc/testing';
import { until, world } from './harness.js';

/** What the element's shadow root shows (its server-rendered style sheets left out). */
const shown = (el: Element) =>
  [...el.shadowRoot!.children].filter((child) => child.localName !== 'style').map((child) => (child as HTMLElement).innerText).join(' ').replace(/\s+/g, ' ').trim();

/** Errors the page throws or leaves unhandled while `act` runs (lit reports a hydration mismatch this way). */
async function pageErrors(act: () => Promise<void>) {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await act();
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return errors;
}

describe('server rendering', () => {
  it('the link page hydrates its server HTML without a mismatch or a blank, then shows the open link’s form', async () => {
    const { backend, client } = await world();
    await client.accounts.create({ Owner: { FirstName: 'Ana', LastName: 'Roy', Email: 'ana.roy@example.com' } });
    const token = new URL(backend.outbox.list()[0]!.Link).searchParams.get('token')!;

    // What the server sent: the element with its declarative shadow root, before any of our code runs here.
    const response = await fetch(`/ssr/link-page.html?token=${encodeURIComponent(token)}`);
    expect(response.ok, await response.clone().text()).to.be.true;
    const container = document.createElement('div');
    container.setHTMLUnsafe(await response.text());
    document.body.append(container);
    const page = container.querySelector('amilia-activate-account')!;
    expect(customElements.get('amilia-activate-account'), 'not yet defined').to.equal(undefined);
    const serverRoot = page.shadowRoot!;
    const serverText = shown(page);
    expect(serverText, 'the loading state is on screen before any script').to.not.equal('');

    // Every batch of changes leaves something on screen: no flash of an empty element.
    const blanks: number[] = [];
    const observer = new MutationObserver(() => shown(page) === '' && blanks.push(performance.now()));
    observer.observe(serverRoot, { childList: true, subtree: true, characterData: true });
    const errors = await pageErrors(async () => {
      await import('../../src/elements/activate-account/activate-account.js');
      await customElements.whenDefined('amilia-activate-account');
      await (page as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(page.shadowRoot, 'the server’s shadow root is the element’s').to.equal(serverRoot);
      await until(() => expect(shown(page)).to.contain('Your username: ana.roy@example.com'));
    });
    observer.disconnect();
    expect(errors, 'no hydration mismatch').to.deep.equal([]);
    expect(blanks, 'never blank').to.deep.equal([]);
    // Hydrated, the server's loading text was replaced by the form; rendered again instead, it would stay above it.
    expect(shown(page)).to.not.contain(serverText);
    container.remove();
  });
});
