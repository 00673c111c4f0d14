// The accessibility assertion itself (test/browser/accessibility.ts): it must catch what each engine catches, in
// each variant, or every `to.be.accessible()` in the suite proves nothing.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, css } from 'lit';
import { ibmViolations } from './accessibility.js';

/** A stand-in for one of our elements, with one flaw: an unlabelled field in French, or unreadable text in the dark. */
class Probe extends LitElement {
  static override properties = { lang: { reflect: true }, flaw: { reflect: true } };
  declare flaw: 'french' | 'dark';
  static override styles = css`
    :host([flaw='dark']) p {
      color: light-dark(#000, #777);
      background: light-dark(#fff, #888);
    }
  `;
  override render() {
    return this.flaw === 'french' && this.lang === 'fr'
      ? html`<input type="text" />`
      : html`<label>Name <input type="text" /></label>
          <p>Some words</p>`;
  }
}
customElements.define('amilia-a11y-probe', Probe);

const failure = (check: PromiseLike<unknown>) =>
  Promise.resolve(check).then(
    () => expect.fail('the assertion passed'),
    (error: Error) => error.message,
  );

describe('the accessibility assertion', () => {
  it('asks IBM Equal Access too, which looks inside shadow roots', async () => {
    const host = await fixture(html`<div></div>`);
    host.attachShadow({ mode: 'open' }).innerHTML = '<button></button>';
    expect((await ibmViolations(host)).join('\n')).to.match(/button/i);
    expect(await failure(expect(host).to.be.accessible())).to.match(/axe|IBM/);
  });

  it('checks our elements in the other language too, then puts the language back', async () => {
    const probe = await fixture<Probe>(html`<amilia-a11y-probe flaw="french"></amilia-a11y-probe>`);
    expect(await failure(expect(probe).to.be.accessible())).to.contain('in lang="fr"');
    expect(probe.hasAttribute('lang')).to.equal(false);
    expect(probe.shadowRoot!.querySelector('label')).to.not.equal(null);
  });

  it('checks the state on a dark page too, then puts the page back', async () => {
    const probe = await fixture<Probe>(html`<amilia-a11y-probe flaw="dark"></amilia-a11y-probe>`);
    expect(await failure(expect(probe).to.be.accessible())).to.contain('on a dark page');
    expect(getComputedStyle(document.documentElement).colorScheme).to.equal('normal');
  });
});
