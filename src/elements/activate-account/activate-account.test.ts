import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, textOf, translationsReady, until, world } from '../../../test/browser/harness.js';
import { WRONG_PASSWORD_LIMIT, WRONG_PASSWORD_WINDOW_MINUTES } from '../../policy/index.js';
import './activate-account.js';
import type { AmiliaActivateAccount } from './activate-account.js';

const EMAIL = 'ana.roy@example.com';
const GOOD = 'Maple-canoe-42';

const tokenOf = (link: string) => new URL(link).searchParams.get('token')!;

/** An account created with an email: its automatic request is in the outbox. */
async function invited({ language = 'en' as 'en' | 'fr', existingPassword = '' } = {}) {
  const w = await world();
  if (existingPassword) w.backend.addAmiliaUser({ email: EMAIL, password: existingPassword });
  const { Account } = await w.client.accounts.create({ Owner: { FirstName: 'Ana', LastName: 'Roy', Email: EMAIL, PreferredLanguage: language } });
  const person = Account.Owners[0]!;
  const latestToken = () => tokenOf(w.backend.outbox.list().at(-1)!.Link);
  const status = async () => (await w.client.accounts.get(Account.Id)).Owners[0]!.ActivationStatus;
  return { ...w, accountId: Account.Id, personId: person.Id, token: latestToken(), latestToken, status };
}

const render = (token: string | null, lang = '') =>
  fixture<AmiliaActivateAccount>(
    token === null
      ? html`<amilia-activate-account lang=${lang}></amilia-activate-account>`
      : html`<amilia-activate-account lang=${lang} token=${token}></amilia-activate-account>`,
  );

/** Types into a field the way a person does: the value changes, then `input` fires. */
function type(el: Element, selector: string, text: string) {
  const input = $<HTMLInputElement>(el, selector);
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

function choose(el: Element, password: string, confirmation = password) {
  type(el, '#password', password);
  type(el, '#confirmation', confirmation);
}

/** axe, once transitions are over: a button fading back from disabled would measure as low contrast. */
async function accessible(el: Element) {
  await Promise.all(el.shadowRoot!.getAnimations().map((animation) => animation.finished));
  await expect(el).to.be.accessible();
}

const submit = (el: Element) => $<HTMLButtonElement>(el, '[part~="submit"]').click();
const heading = (el: Element) => $(el, '[part~="heading"]').textContent!.trim();
const focused = (el: Element) => el.shadowRoot!.activeElement;
const ruleState = (el: Element, text: string) =>
  [...el.shadowRoot!.querySelectorAll('[part~="rules"] li')].find((li) => li.textContent!.includes(text))?.className;

describe('<amilia-activate-account>', () => {
  describe('an invitation', () => {
    it('shows the organization and the username, and marks every rule as the person types', async () => {
      const { token } = await invited();
      const el = await render(token);
      await until(() => expect(heading(el)).to.equal('Activate your Forest Explorers account'));
      expect(textOf(el)).to.contain('Your username: ana.roy@example.com');
      expect(el.shadowRoot!.querySelectorAll('[part~="rules"] li.idle')).to.have.length(6);
      await accessible(el);

      choose(el, 'short', '');
      await until(() => expect(ruleState(el, 'At least 8 characters')).to.equal('unmet'));
      expect(ruleState(el, 'Both passwords match')).to.equal('unmet');
      expect(ruleState(el, 'Not only spaces')).to.equal('met');
      expect(textOf(el)).to.contain('At least 8 characters (not yet)');

      choose(el, 'password1');
      await until(() => expect(ruleState(el, 'Not a commonly used password')).to.equal('unmet'));
      expect(ruleState(el, 'Both passwords match')).to.equal('met');

      choose(el, 'my-ana.roy-pass');
      await until(() => expect(ruleState(el, 'Does not contain your email address')).to.equal('unmet'));

      choose(el, GOOD);
      await until(() => expect(el.shadowRoot!.querySelectorAll('[part~="rules"] li.met')).to.have.length(6));
      expect($(el, '[role="status"]').textContent).to.equal('6 of 6 password rules met');
      await accessible(el);
    });

    it('shows the server’s refusal of a weak password, keeps it typed, then a good one activates the account', async () => {
      const { token, status } = await invited();
      const el = await render(token);
      await until(() => $(el, 'form'));

      choose(el, 'password1');
      submit(el);
      await until(() => expect(textOf(el)).to.contain('Choose a stronger password.'));
      expect($(el, '[part~="message"]').textContent).to.contain('Not a commonly used password');
      expect($<HTMLInputElement>(el, '#password').value).to.equal('password1');
      expect($(el, '#password').getAttribute('aria-invalid')).to.equal('true');
      expect(focused(el)?.id).to.equal('password');
      await accessible(el);

      choose(el, 'ana.roy.2026');
      submit(el);
      await until(() => expect($(el, '[part~="message"]').textContent).to.contain('Does not contain your email address'));
      expect(await status()).to.equal('Invited');

      choose(el, GOOD);
      const activated = oneEvent(el, 'amilia-activated');
      submit(el);
      const { detail } = await activated;
      expect(detail.username).to.equal(EMAIL);
      expect(detail.kind).to.equal('Invitation');
      expect(detail.sessionToken).to.be.a('string').and.not.be.empty;
      await until(() => expect(heading(el)).to.equal('Your account is active'));
      expect(focused(el) === $(el, '[part~="heading"]'), 'focus').to.equal(true);
      expect(textOf(el)).to.contain('Sign in with ana.roy@example.com and your new password');
      const next = $<HTMLAnchorElement>(el, 'a[part~="next"]');
      expect(next.href).to.equal('https://app.amilia.com/en/login');
      expect(next.rel).to.equal('noreferrer');
      await accessible(el);

      expect(await status()).to.equal('Active');
      const again = await render(token);
      await until(() => expect(heading(again)).to.equal('Your account is already active'));
      expect(textOf(again)).to.contain('This link was already used. Sign in with ana.roy@example.com.');
      await accessible(again);
    });

    it('catches a mismatched confirmation before sending anything', async () => {
      const { token, status } = await invited();
      const el = await render(token);
      await until(() => $(el, 'form'));
      choose(el, GOOD, 'Maple-canoe-24');
      submit(el);
      await until(() => expect(textOf(el)).to.contain('The two passwords are not the same.'));
      expect(focused(el)?.id).to.equal('confirmation');
      expect(await status()).to.equal('Invited');
      await accessible(el);
    });

    it('sends a double submit once and goes to the sign-in page the host chose', async () => {
      const { client, token } = await invited();
      const el = await fixture<AmiliaActivateAccount>(
        html`<amilia-activate-account token=${token} sign-in-url="https://forest.example.org/store"></amilia-activate-account>`,
      );
      await until(() => $(el, 'form'));
      let activations = 0;
      let errors = 0;
      el.addEventListener('amilia-activated', () => activations++);
      el.addEventListener('amilia-error', () => errors++);
      choose(el, GOOD);
      await el.updateComplete;
      submit(el);
      submit(el);
      await until(() => expect(heading(el)).to.equal('Your account is active'));
      // Had the second submit sent anything, the server has answered it by now.
      expect((await client.links.inspect(token)).State).to.equal('Used');
      await el.updateComplete;
      expect([activations, errors]).to.deep.equal([1, 0]);
      expect($<HTMLAnchorElement>(el, 'a[part~="next"]').href).to.equal('https://forest.example.org/store');
    });

    it('keeps the typed password when the network fails, and the next try goes through', async () => {
      const { backend, token } = await invited();
      const el = await render(token);
      await until(() => $(el, 'form'));
      // The submit carries an idempotency key, so the client retries it twice: fail all three attempts.
      backend.faults.inject('networkError', { method: 'POST', path: '/activations/' }, 3);
      choose(el, GOOD);
      const failed = oneEvent(el, 'amilia-error');
      submit(el);
      expect((await failed).detail.code).to.equal('Network');
      await until(() => expect(textOf(el)).to.contain('We couldn’t reach the server.'));
      expect($<HTMLInputElement>(el, '#password').value).to.equal(GOOD);
      expect($<HTMLInputElement>(el, '#confirmation').value).to.equal(GOOD);
      await accessible(el);

      submit(el);
      await until(() => expect(heading(el)).to.equal('Your account is active'));
    });

    it('a lost answer: submitting the same password again shows the activation, which the server replays', async () => {
      const { backend, token, status } = await invited();
      const el = await render(token);
      await until(() => $(el, 'form'));
      // The link is used, then the answer is lost (the client's own two retries too).
      backend.faults.inject('dropAfterAct', { method: 'POST', path: '/activations/' }, 3);
      choose(el, GOOD);
      submit(el);
      await until(() => expect(textOf(el)).to.contain('We couldn’t reach the server.'));
      submit(el);
      await until(() => expect(heading(el)).to.equal('Your account is active'));
      expect(await status()).to.equal('Active');
    });

    it('works with the keyboard alone, the show-password toggle included', async () => {
      const { token } = await invited();
      const el = await render(token);
      await until(() => $(el, 'form'));
      $(el, '#password').focus();
      await sendKeys({ type: GOOD });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: GOOD });
      await sendKeys({ press: 'Tab' });
      const toggle = $<HTMLButtonElement>(el, 'button[aria-pressed]');
      expect(focused(el) === toggle, 'focus').to.equal(true);
      expect(toggle.textContent!.trim()).to.equal('Show password');
      await sendKeys({ press: ' ' });
      await until(() => expect(toggle.getAttribute('aria-pressed')).to.equal('true'));
      expect($<HTMLInputElement>(el, '#password').type).to.equal('text');
      expect($<HTMLInputElement>(el, '#confirmation').type).to.equal('text');
      await accessible(el);

      await sendKeys({ press: 'Tab' });
      expect(focused(el) === $(el, '[part~="submit"]'), 'focus').to.equal(true);
      const activated = oneEvent(el, 'amilia-activated');
      await sendKeys({ press: 'Enter' });
      await activated;
    });

    it('says so when the link expired while the page was open', async () => {
      const { backend, token } = await invited();
      const el = await render(token);
      await until(() => $(el, 'form'));
      backend.clock.advance({ days: 60 });
      choose(el, GOOD);
      submit(el);
      await until(() => expect(heading(el)).to.equal('This link has expired'));
      expect(focused(el) === $(el, '[part~="heading"]'), 'focus').to.equal(true);
      await accessible(el);
    });

    it('says the account is active when the address signed up on its own in the meantime', async () => {
      const { backend, token } = await invited();
      const el = await render(token);
      await until(() => $(el, 'form'));
      backend.addAmiliaUser({ email: EMAIL, password: 'Self-signup-77' });
      choose(el, GOOD);
      submit(el);
      await until(() => expect(textOf(el)).to.contain('ana.roy@example.com already has an Amilia account, made after this email was sent. Sign in with it instead.'));
      await accessible(el);
    });
  });

  describe('a share request', () => {
    it('asks for consent and the existing password, refuses a wrong one, then shares', async () => {
      const { backend, token, status } = await invited({ existingPassword: 'Existing-pass-9' });
      expect(backend.outbox.list()[0]!.Kind).to.equal('ShareRequest');
      const el = await render(token);
      await until(() => expect(heading(el)).to.equal('Share your Amilia account with Forest Explorers'));
      expect(el.shadowRoot!.querySelector('[part~="rules"]')).to.equal(null);
      expect($(el, '#password').getAttribute('autocomplete')).to.equal('current-password');
      await accessible(el);

      type(el, '#password', 'not-my-password');
      submit(el);
      await until(() => expect(textOf(el)).to.contain('Check the box to agree to share your account information.'));
      expect(focused(el)?.id).to.equal('consent');

      $<HTMLInputElement>(el, '#consent').click();
      expect(textOf(el)).to.contain('I agree to share my account information with Forest Explorers');
      submit(el);
      await until(() => expect(textOf(el)).to.contain('That’s not the password for ana.roy@example.com. Check it and try again, or reset it.'));
      expect($<HTMLInputElement>(el, '#password').value).to.equal('not-my-password');
      expect(focused(el)?.id).to.equal('password');
      await accessible(el);

      type(el, '#password', 'Existing-pass-9');
      const activated = oneEvent(el, 'amilia-activated');
      submit(el);
      const { detail } = await activated;
      expect(detail).to.include({ username: EMAIL, kind: 'ShareRequest' });
      await until(() => expect(heading(el)).to.equal('Your account is shared with Forest Explorers'));
      expect(await status()).to.equal('Active');
      await accessible(el);
    });
  });

  describe('a share request, wrong passwords', () => {
    it(`slows down after ${WRONG_PASSWORD_LIMIT} wrong passwords for the login, says so, and offers to reset it; after the wait the right one works`, async () => {
      const { backend, token } = await invited({ existingPassword: 'Existing-pass-9' });
      const el = await render(token);
      await until(() => $(el, '#consent')).then((box) => (box as HTMLInputElement).click());
      const forgot = $<HTMLAnchorElement>(el, '[part~="forgot"]');
      expect([forgot.textContent, forgot.href, forgot.rel]).to.deep.equal(['Forgot your password?', 'https://app.amilia.com/en/forgot-password', 'noreferrer']);
      for (let i = 1; i <= WRONG_PASSWORD_LIMIT; i++) {
        type(el, '#password', `wrong-${i}`);
        const refused = oneEvent(el, 'amilia-error');
        submit(el);
        expect((await refused).detail.code).to.equal('WrongPassword');
      }
      type(el, '#password', 'Existing-pass-9');
      const limited = oneEvent(el, 'amilia-error');
      submit(el);
      const { detail } = await limited;
      expect([detail.code, detail.message]).to.deep.equal([
        'RateLimited',
        `Too many wrong passwords. To protect your account, you can try again in ${WRONG_PASSWORD_WINDOW_MINUTES} minutes, or reset your password now.`,
      ]);
      await until(() => expect($(el, '[part~="message"]').textContent).to.contain(detail.message));
      expect($(el, '[part~="message"]').getAttribute('role')).to.equal('alert');
      expect(heading(el), 'not shared: the right password waits too').to.equal('Share your Amilia account with Forest Explorers');
      await accessible(el);

      backend.clock.advance({ minutes: WRONG_PASSWORD_WINDOW_MINUTES });
      submit(el);
      await until(() => expect(heading(el)).to.equal('Your account is shared with Forest Explorers'));
    });

    it('links "Forgot your password?" where the page says, in the reader’s language', async () => {
      const { token } = await invited({ existingPassword: 'Existing-pass-9', language: 'fr' });
      const el = await fixture<AmiliaActivateAccount>(
        html`<amilia-activate-account token=${token} forgot-password-url="https://store.example/{lang}/reset"></amilia-activate-account>`,
      );
      await translationsReady();
      const forgot = await until(() => $<HTMLAnchorElement>(el, '[part~="forgot"]'));
      await until(() => expect(forgot.textContent).to.equal('Mot de passe oublié?'));
      expect(forgot.href).to.equal('https://store.example/fr/reset');
    });
  });

  describe('a link that no longer works', () => {
    it('offers a new link when it expired, then says to wait when asked again within 10 days', async () => {
      const { backend, token } = await invited();
      backend.clock.advance({ days: 60 });
      const el = await render(token);
      await until(() => expect(heading(el)).to.equal('This link has expired'));
      await accessible(el);

      const renewed = oneEvent(el, 'amilia-renewal-sent');
      $<HTMLButtonElement>(el, '[part~="submit"]').click();
      expect((await renewed).detail.sentTo).to.equal('a***@example.com');
      await until(() => expect(textOf(el)).to.contain('A new link was sent to a***@example.com. It replaces this one.'));
      expect(focused(el) === $(el, '[part~="message"]'), 'focus').to.equal(true);
      const last = backend.outbox.list().at(-1)!;
      expect(last).to.include({ To: EMAIL, Channel: 'Renewal' });
      expect(el.shadowRoot!.querySelector('button[part~="submit"]')).to.equal(null);
      await accessible(el);

      backend.clock.advance({ days: 1 });
      const again = await render(token);
      await until(() => $(again, 'button[part~="submit"]')).then((b) => b.click());
      await until(() =>
        expect(textOf(again)).to.contain(
          'A new link was already sent to ana.roy@example.com in the last 10 days: look for it in your inbox and spam folder. You can ask for another in 9 days.',
        ),
      );
      expect($(again, '[part~="message"]').getAttribute('role')).to.equal('alert');
      expect(backend.outbox.list()).to.have.length(2);
      await accessible(again);
    });

    it('points to the newest email when a newer one replaced it, with a new link on request', async () => {
      const { client, backend, token, accountId, personId } = await invited();
      await client.activationRequests.send(accountId, personId);
      const el = await render(token);
      await until(() => expect(heading(el)).to.equal('A newer email replaced this link'));
      expect(textOf(el)).to.contain('Check your inbox for the newest email from Forest Explorers');
      await accessible(el);
      $<HTMLButtonElement>(el, '[part~="submit"]').click();
      await until(() => expect(textOf(el)).to.contain('A new link was sent to a***@example.com.'));
      expect(backend.outbox.list()).to.have.length(3);
    });

    it('sends to the organization when the email was changed', async () => {
      const { client, token, accountId, personId } = await invited();
      await client.members.updateEmail(accountId, personId, { Email: 'ana@elsewhere.example' });
      const el = await render(token);
      await until(() => expect(heading(el)).to.equal('This link is no longer valid'));
      expect(textOf(el)).to.contain('Contact Forest Explorers to get a new activation email.');
      expect(el.shadowRoot!.querySelector('button')).to.equal(null);
      await accessible(el);
    });

    it('does not recognize an unknown token, and explains a missing one', async () => {
      await world();
      const unknown = await render('not-a-real-token');
      await until(() => expect(heading(unknown)).to.equal('We don’t recognize this link'));
      expect(textOf(unknown)).to.contain('contact the organization');
      await accessible(unknown);

      const missing = await render(null);
      expect(heading(missing)).to.equal('This page needs the link from your email');
      await accessible(missing);
    });

    it('offers to try again when the link could not be loaded', async () => {
      const { backend, token } = await invited();
      backend.faults.inject('contractBreak', { method: 'GET' }, 1);
      const el = await render(token);
      await until(() => expect(textOf(el)).to.contain('The server sent an answer we didn’t understand.'));
      expect(heading(el)).to.equal('We couldn’t open your link');
      await accessible(el);
      $<HTMLButtonElement>(el, 'button.secondary').click();
      await until(() => expect(heading(el)).to.equal('Activate your Forest Explorers account'));
    });
  });

  describe('the token in the address bar', () => {
    const original = location.href;
    afterEach(() => history.replaceState(null, '', original));

    it('is read from ?token= and removed at once, other parameters kept', async () => {
      const { token } = await invited();
      history.replaceState(null, '', `${location.pathname}?from=email&token=${encodeURIComponent(token)}#welcome`);
      const el = await render(null);
      expect(location.search).to.equal('?from=email');
      expect(location.hash).to.equal('#welcome');
      expect(el.token).to.equal(token);
      await until(() => expect(heading(el)).to.equal('Activate your Forest Explorers account'));
    });
  });

  describe('in French', () => {
    it('opens in the language of the person the link was sent to, unless the page sets lang', async () => {
      const { token } = await invited({ language: 'fr' });
      const el = await render(token);
      await until(() => expect(heading(el)).to.equal('Activez votre compte Forest Explorers'));
      expect(textOf(el)).to.contain('Votre nom d’utilisateur : ana.roy@example.com');
      choose(el, 'password1');
      submit(el);
      await until(() => expect(textOf(el)).to.contain('Choisissez un mot de passe plus robuste.'));
      expect($(el, '[part~="message"]').textContent).to.contain('Pas un mot de passe courant');
      await accessible(el);

      choose(el, GOOD, 'autre-chose-123');
      submit(el);
      await until(() => expect(textOf(el)).to.contain('Les deux mots de passe ne sont pas identiques.'));

      choose(el, GOOD);
      submit(el);
      await until(() => expect(heading(el)).to.equal('Votre compte est actif'));
      expect($(el, 'a[part~="next"]').textContent!.trim()).to.equal('Se connecter');

      const english = await render(token, 'en');
      await until(() => expect(heading(english)).to.equal('Your account is already active'));
    });

    it('follows the page’s lang over the link’s language', async () => {
      const { token } = await invited({ language: 'en' });
      const el = await render(token, 'fr');
      await translationsReady();
      await until(() => expect(heading(el)).to.equal('Activez votre compte Forest Explorers'));
    });

    it('says every state of the link in French', async () => {
      const { backend, client, token, latestToken, accountId, personId } = await invited({ language: 'fr' });
      const el = await render(token);
      await until(() => $(el, 'form'));
      // The submit carries an idempotency key, so the client retries it twice: fail all three attempts.
      backend.faults.inject('networkError', { method: 'POST', path: '/activations/' }, 3);
      choose(el, GOOD);
      submit(el);
      await until(() => expect(textOf(el)).to.contain('Nous n’avons pas pu joindre le serveur.'));

      backend.clock.advance({ days: 60 });
      const expired = await render(token);
      await until(() => expect(heading(expired)).to.equal('Ce lien a expiré'));
      $<HTMLButtonElement>(expired, '[part~="submit"]').click();
      await until(() => expect(textOf(expired)).to.contain('Un nouveau lien a été envoyé à a***@example.com.'));
      const limited = await render(token);
      await until(() => $(limited, 'button[part~="submit"]')).then((b) => b.click());
      await until(() =>
        expect(textOf(limited)).to.contain(
          'Un nouveau lien a déjà été envoyé à ana.roy@example.com au cours des 10 derniers jours : cherchez-le dans votre boîte de réception et vos courriels indésirables. Vous pourrez en demander un autre dans 10 jours.',
        ),
      );
      await accessible(limited);

      const renewedToken = latestToken();
      await client.activationRequests.send(accountId, personId);
      const superseded = await render(renewedToken);
      await until(() => expect(heading(superseded)).to.equal('Un courriel plus récent a remplacé ce lien'));

      const current = latestToken();
      await client.members.updateEmail(accountId, personId, { Email: 'ana@ailleurs.example' });
      const revoked = await render(current);
      await until(() => expect(heading(revoked)).to.equal('Ce lien n’est plus valide'));
      expect(textOf(revoked)).to.contain('Communiquez avec Forest Explorers');

      const unknown = await render('inconnu', 'fr');
      await until(() => expect(heading(unknown)).to.equal('Nous ne reconnaissons pas ce lien'));
      const missing = await render(null, 'fr');
      expect(heading(missing)).to.equal('Cette page a besoin du lien de votre courriel');
      await accessible(missing);
    });

    it('says why loading or activating failed in French', async () => {
      const { backend, token } = await invited({ language: 'fr' });
      backend.faults.inject('contractBreak', { method: 'GET' }, 1);
      const el = await render(token, 'fr');
      await until(() => expect(heading(el)).to.equal('Nous n’avons pas pu ouvrir votre lien'));
      expect(textOf(el)).to.contain('Le serveur a envoyé une réponse inattendue.');
      $<HTMLButtonElement>(el, 'button.secondary').click();
      await until(() => $(el, 'form'));

      backend.addAmiliaUser({ email: EMAIL, password: 'Self-signup-77' });
      choose(el, GOOD);
      submit(el);
      await until(() => expect(textOf(el)).to.contain('ana.roy@example.com a déjà un compte Amilia, créé après l’envoi de ce courriel. Connectez-vous plutôt avec celui-ci.'));

      backend.clock.advance({ days: 60 });
      submit(el);
      await until(() => expect(heading(el)).to.equal('Ce lien a expiré'));
      await accessible(el);
    });

    it('refuses a wrong password and asks for consent in French', async () => {
      const { token } = await invited({ language: 'fr', existingPassword: 'Existing-pass-9' });
      const el = await render(token);
      await until(() => expect(heading(el)).to.equal('Partagez votre compte Amilia avec Forest Explorers'));
      submit(el);
      await until(() => expect(textOf(el)).to.contain('Cochez la case pour accepter'));
      $<HTMLInputElement>(el, '#consent').click();
      type(el, '#password', 'faux');
      submit(el);
      await until(() => expect(textOf(el)).to.contain('Ce n’est pas le mot de passe de ana.roy@example.com. Vérifiez-le et réessayez, ou réinitialisez-le.'));
      type(el, '#password', 'Existing-pass-9');
      submit(el);
      await until(() => expect(heading(el)).to.equal('Votre compte est partagé avec Forest Explorers'));
      await accessible(el);
    });
  });
});
