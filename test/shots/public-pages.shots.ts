// `npm run shots`: every state of the public pages (the link page, the share banner), each in light and dark
// at 800 px and in light at 390 px, as PNG files (see web-test-runner.shots.config.mjs). Not a test: a way to look.
import { fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { $, until, world } from '../browser/harness.js';
import { WRONG_PASSWORD_LIMIT } from '../../src/policy/index.js';
import { createActivationClient } from '../../src/sdk/index.js';
import '../../src/elements/activation-provider/activation-provider.js';
import '../../src/elements/activate-account/activate-account.js';
import '../../src/elements/share-account-banner/share-account-banner.js';

const EMAIL = 'ana.roy@example.com';
const GOOD = 'Maple-canoe-42';
const PASSWORD = 'Trail-mix-2024';
const VIEWS = [
  ['light', 800],
  ['dark', 800],
  ['light', 390],
] as const;

const tokenOf = (link: string) => new URL(link).searchParams.get('token')!;

/** The page the element sits on: a plain page in the system's colours, the element in a centred column. */
const page = document.createElement('style');
page.textContent = ':root { color-scheme: light dark; } body { margin: 0; background: Canvas; color: CanvasText; } .column { max-width: 34rem; margin: 0 auto; padding: 2rem 1rem; }';
document.head.append(page);

async function shoot(name: string) {
  for (const [scheme, width] of VIEWS) await executeServerCommand('shot', { name: `${name}-${scheme}-${width}`, scheme, width });
}

function type(el: Element, selector: string, text: string) {
  const input = $<HTMLInputElement>(el, selector);
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

async function invited(existingPassword = '') {
  const w = await world();
  if (existingPassword) w.backend.addAmiliaUser({ email: EMAIL, password: existingPassword, firstName: 'Ana', lastName: 'Roy' });
  const { Account } = await w.client.accounts.create({ Owner: { FirstName: 'Ana', LastName: 'Roy', Email: EMAIL } });
  return { ...w, account: Account, token: tokenOf(w.backend.outbox.list().at(-1)!.Link) };
}

const linkPage = (token: string | undefined) =>
  fixture(html`<div class="column"><amilia-activate-account token=${token ?? ''} sign-in-url="#sign-in"></amilia-activate-account></div>`).then(
    (column) => column.querySelector('amilia-activate-account')!,
  );
const shown = (el: Element, text: string) => until(() => {
  if (!el.shadowRoot!.textContent!.includes(text)) throw new Error(`waiting for "${text}"`);
});

describe('public pages', () => {
  it('the link page, an invitation: open, typing, wrong confirmation, activated', async () => {
    const { token } = await invited();
    const el = await linkPage(token);
    await shown(el, 'Your username');
    await shoot('link-invitation-open');
    type(el, '#password', 'maple');
    await shown(el, 'At least 8 characters');
    await shoot('link-invitation-typing');
    type(el, '#password', GOOD);
    type(el, '#confirmation', GOOD);
    $<HTMLButtonElement>(el, '[part~="submit"]').click();
    await shown(el, 'active');
    await shoot('link-invitation-activated');
  });

  it('the link page, a share request: open, wrong password, shared', async () => {
    const { token } = await invited(PASSWORD);
    const el = await linkPage(token);
    await until(() => $(el, '#password'));
    await shoot('link-share-open');
    type(el, '#password', 'not-my-password');
    ($(el, 'input[type=checkbox]') as HTMLInputElement).click();
    $<HTMLButtonElement>(el, '[part~="submit"]').click();
    await until(() => $(el, '[part~="message"]:not(:empty)'));
    await shoot('link-share-wrong-password');
    type(el, '#password', PASSWORD);
    $<HTMLButtonElement>(el, '[part~="submit"]').click();
    await until(() => $(el, '[part~="next"]'));
    await shoot('link-share-done');
  });

  it('the link page, a share request: too many wrong passwords', async () => {
    const { token } = await invited(PASSWORD);
    const el = await linkPage(token);
    await until(() => $(el, '#password'));
    ($(el, 'input[type=checkbox]') as HTMLInputElement).click();
    for (let i = 0; i <= WRONG_PASSWORD_LIMIT; i++) {
      type(el, '#password', `wrong-${i}`);
      const refused = oneEvent(el, 'amilia-error');
      $<HTMLButtonElement>(el, '[part~="submit"]').click();
      await refused;
    }
    await shown(el, 'Too many wrong passwords');
    await shoot('link-share-too-many-tries');
  });

  it('the link page, an invitation whose address got a login meanwhile', async () => {
    const { token, backend } = await invited();
    const el = await linkPage(token);
    await until(() => $(el, '#confirmation'));
    backend.addAmiliaUser({ email: EMAIL, password: PASSWORD });
    type(el, '#password', GOOD);
    type(el, '#confirmation', GOOD);
    $<HTMLButtonElement>(el, '[part~="submit"]').click();
    await shown(el, 'already has an Amilia account');
    await shoot('link-address-taken');
  });

  it('the link page when the link cannot be used: expired, renewal sent, used, replaced, revoked, unknown, missing', async () => {
    const expired = await invited();
    expired.backend.clock.advance({ days: 61 });
    let el = await linkPage(expired.token);
    await until(() => $(el, '[part~="submit"]'));
    await shoot('link-expired');
    $<HTMLButtonElement>(el, '[part~="submit"]').click();
    await until(() => $(el, '[part~="message"]:not(:empty)'));
    await shoot('link-renewal-sent');
    el = await linkPage(expired.token);
    await until(() => $<HTMLButtonElement>(el, '[part~="submit"]')).then((button) => button.click());
    await shown(el, 'already sent');
    await shoot('link-renewal-limited');

    const used = await invited();
    await used.client.links.activate(used.token, GOOD);
    el = await linkPage(used.token);
    await until(() => $(el, '[part~="next"]'));
    await shoot('link-used');

    const replaced = await invited();
    await replaced.client.activationRequests.send(replaced.account.Id, replaced.account.Owners[0]!.Id);
    el = await linkPage(replaced.token);
    await until(() => $(el, '[part~="heading"]'));
    await new Promise((r) => setTimeout(r, 300));
    await shoot('link-superseded');

    const revoked = await invited();
    await revoked.client.members.updateEmail(revoked.account.Id, revoked.account.Owners[0]!.Id, { Email: 'other@example.com' });
    el = await linkPage(revoked.token);
    await new Promise((r) => setTimeout(r, 300));
    await shoot('link-revoked');

    await world();
    el = await linkPage('no-such-token');
    await new Promise((r) => setTimeout(r, 300));
    await shoot('link-unknown');
    el = await linkPage(undefined);
    await new Promise((r) => setTimeout(r, 300));
    await shoot('link-missing');
  });

  it('the link page while it loads', async () => {
    const { token, backend } = await invited();
    backend.faults.settings.latencyMs = 60_000;
    await linkPage(token);
    await new Promise((r) => setTimeout(r, 200));
    await shoot('link-loading');
    backend.faults.settings.latencyMs = 0;
  });

  it('the share banner: an offer, accepted, declined, ended while shown', async () => {
    for (const answer of ['offer', 'accepted', 'declined', 'ended'] as const) {
      sessionStorage.clear();
      const w = await world();
      w.backend.addAmiliaUser({ email: 'sam.lee@example.com', password: PASSWORD, firstName: 'Sam', lastName: 'Lee' });
      const { Account } = await w.client.accounts.create({ Owner: { FirstName: 'Sam', LastName: 'Lee' } });
      await w.client.members.updateEmail(Account.Id, Account.Owners[0]!.Id, { Email: 'sam.lee@example.com' });
      const token = w.backend.signIn('sam.lee@example.com', PASSWORD);
      const me = createActivationClient({ baseUrl: location.origin, organization: 'forest-explorers', getToken: () => token });
      const column = await fixture(
        html`<div class="column">
          <h1>My Amilia account</h1>
          <p>The page of the person's own account; the banner floats over its bottom.</p>
          <amilia-activation-provider .client=${me}><amilia-share-account-banner></amilia-share-account-banner></amilia-activation-provider>
        </div>`,
      );
      const el = column.querySelector('amilia-share-account-banner')!;
      await until(() => $(el, '[part~="accept"]'));
      if (answer === 'ended') w.backend.clock.advance({ days: 732 });
      if (answer !== 'offer') {
        $<HTMLButtonElement>(el, answer === 'declined' ? '[part~="decline"]' : '[part~="accept"]').click();
        await until(() => $(el, '[part~="message"]:not(:empty)'));
      }
      await shoot(`banner-${answer}`);
    }
  });
});
