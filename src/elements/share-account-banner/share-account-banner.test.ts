import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, textOf, translationsReady, until, world } from '../../../test/browser/harness.js';
import { transport } from '../../sdk/core.js';
import { type ActivationClient, createActivationClient } from '../../sdk/index.js';
import '../activation-provider/activation-provider.js';
import { configure } from '../shared/context.js';
import './share-account-banner.js';
import type { AmiliaShareAccountBanner } from './share-account-banner.js';

const SAM = 'sam.lee@example.com';
const PASSWORD = 'Trail-mix-2024';

/** A person who signed up on their own, and a client of the organization given their email later, without a request. */
async function selfSignup() {
  const w = await world();
  w.backend.addAmiliaUser({ email: SAM, password: PASSWORD, firstName: 'Sam', lastName: 'Lee' });
  const { Account } = await w.client.accounts.create({ Owner: { FirstName: 'Sam', LastName: 'Lee' } });
  await w.client.members.updateEmail(Account.Id, Account.Owners[0]!.Id, { Email: SAM });
  const token = w.backend.signIn(SAM, PASSWORD);
  const me = createActivationClient({ baseUrl: location.origin, organization: 'forest-explorers', getToken: () => token });
  const status = async () => (await w.client.accounts.get(Account.Id)).Owners[0]!.ActivationStatus;
  return { ...w, me, status };
}

/** The offers each rendered banner asked for, by banner: `loaded()` waits for that answer. */
const asked = new WeakMap<Element, Promise<unknown>>();

async function render(me: ActivationClient, lang = '') {
  let ask!: (answer: Promise<unknown>) => void;
  const answer = new Promise<Promise<unknown>>((resolve) => (ask = resolve));
  // The same client, its transport watched (every group sends through it): the banner's request for its
  // offers is the one it awaits.
  const sender = me[transport];
  const send: typeof sender.send = (call) => {
    const answer = sender.send(call);
    if (call.method === 'get' && call.path === 'me/share-offers') ask(answer);
    return answer;
  };
  const watched: ActivationClient = { ...me, [transport]: { ...sender, send } };
  const provider = await fixture(
    html`<amilia-activation-provider .client=${watched}><amilia-share-account-banner lang=${lang}></amilia-share-account-banner></amilia-activation-provider>`,
  );
  const banner = provider.querySelector('amilia-share-account-banner')!;
  asked.set(banner, answer.then((offers) => offers));
  return banner;
}

/** Resolves once the banner has its answer about offers and has rendered it (nothing says "loaded" when it is empty). */
async function loaded(el: AmiliaShareAccountBanner) {
  await asked.get(el)?.catch(() => undefined);
  await el.updateComplete;
}

/** axe, once transitions are over: a button fading back from disabled would measure as low contrast. */
async function accessible(el: Element) {
  await Promise.all(el.shadowRoot!.getAnimations().map((animation) => animation.finished));
  await expect(el).to.be.accessible();
}

const offers = (el: Element) => el.shadowRoot!.querySelectorAll('[part~="offer"]');
const messageOf = (el: Element) => el.shadowRoot!.querySelector('[part~="message"]')?.textContent ?? '';
const OFFER = 'Forest Explorers has a client account with your email. Share your Amilia account with them to register with the same login.';

describe('<amilia-share-account-banner>', () => {
  beforeEach(() => sessionStorage.clear());

  it('offers a self-signup person to share their account, and accepting links it', async () => {
    const { backend, me, status } = await selfSignup();
    expect(backend.outbox.list()).to.have.length(0);
    const el = await render(me);
    await until(() => expect(offers(el)).to.have.length(1));
    expect(textOf(el)).to.contain(OFFER);
    await accessible(el);

    $(el, '[part~="accept"]').focus();
    const accepted = oneEvent(el, 'amilia-share-accepted');
    await sendKeys({ press: 'Enter' });
    const { detail } = await accepted;
    expect(detail.offer).to.include({ OrganizationIdentifier: 'forest-explorers', OrganizationName: 'Forest Explorers' });
    await until(() => expect(offers(el)).to.have.length(0));
    const message = $(el, '[part~="message"]');
    expect(message.getAttribute('role')).to.equal('status');
    expect(message.textContent).to.equal('Shared with Forest Explorers. You can now register with your Amilia login.');
    expect(el.shadowRoot!.activeElement).to.equal(message);
    await accessible(el);
    expect(await status()).to.equal('Active');

    const again = await render(me);
    await loaded(again);
    expect(textOf(again)).to.equal('');
  });

  it('accepts once on a double click', async () => {
    const { me } = await selfSignup();
    const el = await render(me);
    const accept = await until(() => $<HTMLButtonElement>(el, '[part~="accept"]'));
    let events = 0;
    let errors = 0;
    el.addEventListener('amilia-share-accepted', () => events++);
    el.addEventListener('amilia-error', () => errors++);
    accept.click();
    accept.click();
    await until(() => expect(offers(el)).to.have.length(0));
    // Had the second click sent anything, the server has answered it by now: the offer is gone for good.
    expect((await me.shareOffers.list()).Items).to.have.length(0);
    await el.updateComplete;
    expect([events, errors]).to.deep.equal([1, 0]);
  });

  it('closes the offer for good when declined', async () => {
    const { me, status } = await selfSignup();
    const el = await render(me);
    const declined = oneEvent(el, 'amilia-share-declined');
    (await until(() => $<HTMLButtonElement>(el, '[part~="decline"]'))).click();
    expect((await declined).detail.offer.OrganizationName).to.equal('Forest Explorers');
    await until(() => expect(offers(el)).to.have.length(0));
    expect(messageOf(el)).to.equal('You declined to share your account with Forest Explorers.');
    await accessible(el);
    expect(await status()).to.equal('NotInvited');

    sessionStorage.clear();
    const again = await render(me);
    await loaded(again);
    expect(textOf(again)).to.equal('');
  });

  it('hides the offer until the tab is closed with "Not now"', async () => {
    const { me } = await selfSignup();
    const el = await render(me);
    let events = 0;
    el.addEventListener('amilia-share-accepted', () => events++);
    el.addEventListener('amilia-share-declined', () => events++);
    (await until(() => $<HTMLButtonElement>(el, '[part~="later"]'))).click();
    await until(() => expect(offers(el)).to.have.length(0));
    expect(messageOf(el)).to.equal('The offer from Forest Explorers is hidden until you close this tab.');
    expect(events).to.equal(0);
    await accessible(el);

    const again = await render(me);
    await loaded(again);
    expect(textOf(again)).to.equal('');
    expect((await me.shareOffers.list()).Items).to.have.length(1);

    sessionStorage.clear(); // a new tab
    const newTab = await render(me);
    await until(() => expect(offers(newTab)).to.have.length(1));
  });

  it('renders nothing when there is no offer', async () => {
    const { backend } = await world();
    backend.addAmiliaUser({ email: SAM, password: PASSWORD });
    const token = backend.signIn(SAM, PASSWORD);
    const el = await render(createActivationClient({ baseUrl: location.origin, organization: 'forest-explorers', getToken: () => token }));
    await loaded(el);
    expect(el.shadowRoot!.querySelector('[part~="base"]')).to.equal(null);
    expect(el.getBoundingClientRect().height).to.equal(0);
    await accessible(el);
  });

  it('floats over the bottom of the window as a labelled region, and its message closes', async () => {
    const { me } = await selfSignup();
    const el = await render(me);
    await until(() => expect(offers(el)).to.have.length(1));
    const region = $(el, '[part~="base"]');
    expect(getComputedStyle(region).position).to.equal('fixed');
    expect(region.getAttribute('aria-label')).to.equal('Share your Amilia account');
    expect(el.getBoundingClientRect().height, 'it takes no place in the page').to.equal(0);
    expect($(el, '[part~="title"]').textContent).to.equal('Use your Amilia login with Forest Explorers');

    $<HTMLButtonElement>(el, '[part~="later"]').click();
    const close = await until(() => $<HTMLButtonElement>(el, '[part~="close"]'));
    await accessible(el);
    close.click();
    await until(() => expect(el.shadowRoot!.querySelector('[part~="base"]')).to.equal(null));
  });

  it('says so plainly when the offer ended while it was shown: its 2 years are over, or it was answered elsewhere', async () => {
    const { backend, me } = await selfSignup();
    const el = await render(me);
    const accept = await until(() => $<HTMLButtonElement>(el, '[part~="accept"]'));
    backend.clock.advance({ days: 732 });
    const failed = oneEvent(el, 'amilia-error');
    accept.click();
    expect((await failed).detail.code).to.equal('NotFound');
    await until(() =>
      expect(messageOf(el)).to.equal(
        'The offer from Forest Explorers has ended: offers stay open for 2 years after you create your Amilia account. To register with Forest Explorers, ask them for an invitation.',
      ),
    );
    expect(offers(el)).to.have.length(0);
    expect(textOf(el)).to.not.contain('couldn’t find');
    await accessible(el);

    sessionStorage.clear();
    const { me: other } = await selfSignup();
    const again = await render(other);
    const acceptAgain = await until(() => $<HTMLButtonElement>(again, '[part~="accept"]'));
    await other.shareOffers.decline((await other.shareOffers.list()).Items[0]!.Id);
    acceptAgain.click();
    await until(() => expect(messageOf(again)).to.equal('The offer from Forest Explorers was already answered, maybe in another tab.'));
  });

  it('stops offering 2 years after the account was activated', async () => {
    const { backend, me } = await selfSignup();
    backend.clock.advance({ days: 731 });
    const el = await render(me);
    await loaded(el);
    expect(textOf(el)).to.equal('');
  });

  it('stays empty and tells the page when the offers cannot be loaded', async () => {
    const { backend, me } = await selfSignup();
    backend.faults.inject('contractBreak', { method: 'GET', path: '/me/share-offers' }, 1);
    const provider = await fixture(html`<amilia-activation-provider .client=${me}></amilia-activation-provider>`);
    const failed = oneEvent(provider, 'amilia-error');
    provider.append(document.createElement('amilia-share-account-banner'));
    expect((await failed).detail.code).to.equal('Contract');
    expect(textOf(provider.querySelector('amilia-share-account-banner')!)).to.equal('');
  });

  it('a lost answer: accepting again says it is shared', async () => {
    const { backend, me, status } = await selfSignup();
    const el = await render(me);
    const accept = await until(() => $<HTMLButtonElement>(el, '[part~="accept"]'));
    backend.faults.inject('dropAfterAct', { method: 'POST', path: '/accept' }, 3);
    accept.click();
    await until(() => expect(textOf(el)).to.contain('We couldn’t reach the server.'));
    accept.click();
    await until(() => expect(messageOf(el)).to.equal('Shared with Forest Explorers. You can now register with your Amilia login.'));
    expect(await status()).to.equal('Active');
  });

  it('keeps the offer and says why when answering fails, then the next try works', async () => {
    const { backend, me } = await selfSignup();
    const el = await render(me);
    const accept = await until(() => $<HTMLButtonElement>(el, '[part~="accept"]'));
    // Accepting carries an idempotency key, so the client retries it twice: fail all three attempts.
    backend.faults.inject('serverError', { method: 'POST', path: '/accept' }, 3);
    accept.click();
    await until(() => expect(textOf(el)).to.contain('The server had a problem. Try again in a moment.'));
    expect($(el, '[part~="message"]').getAttribute('role')).to.equal('alert');
    expect(offers(el)).to.have.length(1);
    await accessible(el);
    accept.click();
    await until(() => expect(messageOf(el)).to.equal('Shared with Forest Explorers. You can now register with your Amilia login.'));
  });

  it('works through the page’s default client too', async () => {
    const { me } = await selfSignup();
    configure(me);
    const el = await fixture<AmiliaShareAccountBanner>(html`<amilia-share-account-banner></amilia-share-account-banner>`);
    await until(() => expect(offers(el)).to.have.length(1));
  });

  it('speaks French', async () => {
    const { backend, me } = await selfSignup();
    const el = await render(me, 'fr');
    await translationsReady();
    await until(() =>
      expect(textOf(el)).to.contain(
        'Forest Explorers a un compte client avec votre courriel. Partagez votre compte Amilia avec cette organisation pour vous y inscrire avec le même identifiant.',
      ),
    );
    expect([...el.shadowRoot!.querySelectorAll('button')].map((b) => b.textContent!.trim())).to.deep.equal(['Accepter', 'Refuser', 'Plus tard']);
    await accessible(el);

    backend.faults.inject('serverError', { method: 'POST', path: '/decline' }, 1);
    $<HTMLButtonElement>(el, '[part~="decline"]').click();
    await until(() => expect(textOf(el)).to.contain('Le serveur'));
    expect($(el, '[part~="message"]').textContent).to.not.contain('server had');

    $<HTMLButtonElement>(el, '[part~="accept"]').click();
    await until(() => expect(messageOf(el)).to.equal('Partagé avec Forest Explorers. Vous pouvez maintenant vous inscrire avec votre identifiant Amilia.'));

    sessionStorage.clear();
    const { me: other } = await selfSignup();
    const later = await render(other, 'fr');
    (await until(() => $<HTMLButtonElement>(later, '[part~="later"]'))).click();
    await until(() => expect(messageOf(later)).to.equal('L’offre de Forest Explorers est masquée jusqu’à la fermeture de cet onglet.'));
  });
});
