import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { configure } from '../shared/context.js';
import { $, textOf, translationsReady, until, world } from '../../../test/browser/harness.js';
import './client-email.js';
import type { AmiliaClientEmail } from './client-email.js';

type Lang = 'en' | 'fr';

/** What the admin reads, in each language. */
const words = {
  en: {
    label: 'Léo Roy’s email',
    saved: 'Email saved.',
    savedAndSent: (email: string) => `Email saved. An invitation was sent to ${email}.`,
    removed: 'Email removed.',
    confirm: 'Remove Léo Roy’s email?',
    InvalidEmail: 'Enter a valid email address, like name@example.com.',
    DuplicateClient: 'A client of your organization already uses this email address.',
    existing: (id: number | string) => `Open account #${id}`,
    ManagedByClient: 'This email is the client’s username: only they can change it.',
    Validation: 'This value was refused. Check it and try again.',
    NotFound: 'We couldn’t find what you asked for.',
    Network: 'We couldn’t reach the server. Check your connection and try again.',
    ServerError: 'The server had a problem. Try again in a moment.',
  },
  fr: {
    label: 'Courriel de Léo Roy',
    saved: 'Courriel enregistré.',
    savedAndSent: (email: string) => `Courriel enregistré. Une invitation a été envoyée à ${email}.`,
    removed: 'Courriel retiré.',
    confirm: 'Retirer le courriel de Léo Roy?',
    InvalidEmail: 'Entrez une adresse courriel valide, comme nom@exemple.com.',
    DuplicateClient: 'Un client de votre organisation utilise déjà cette adresse courriel.',
    existing: (id: number | string) => `Ouvrir le compte no ${id}`,
    ManagedByClient: 'Ce courriel est le nom d’utilisateur du client : lui seul peut le changer.',
    Validation: 'Cette valeur a été refusée. Vérifiez-la et réessayez.',
    NotFound: 'Nous n’avons pas trouvé ce que vous cherchez.',
    Network: 'Nous n’avons pas pu joindre le serveur. Vérifiez votre connexion et réessayez.',
    ServerError: 'Le serveur a eu un problème. Réessayez dans un instant.',
  },
};

const PASSWORD = 'Maple-syrup-canoe-42';

/** An account whose owner Ana has `ana@example.com`, and a member Léo with `email`. */
async function household(email: string | null, options: Parameters<typeof world>[0] = {}) {
  const w = await world(options);
  const { Account } = await w.client.accounts.create({
    Owner: { FirstName: 'Ana', LastName: 'Roy', Email: 'ana@example.com' },
    Members: [{ FirstName: 'Léo', LastName: 'Roy', ...(email ? { Email: email } : {}) }],
  });
  const leo = Account.Members.find((m) => m.FirstName === 'Léo')!;
  return { ...w, accountId: String(Account.Id), personId: String(leo.Id), ownerId: String(Account.Owners[0]!.Id) };
}

async function open(accountId: string, personId: string, lang: Lang = 'en') {
  const el = await fixture<AmiliaClientEmail>(
    html`<amilia-client-email lang=${lang} account-id=${accountId} person-id=${personId}></amilia-client-email>`,
  );
  if (lang === 'fr') await translationsReady();
  await until(() => $(el, 'form'));
  return el;
}

const input = (el: Element) => $<HTMLInputElement>(el, '#email');

function type(el: Element, value: string) {
  input(el).focus();
  input(el).value = value;
  input(el).dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

const save = (el: Element) => $<HTMLButtonElement>(el, 'button[part=submit]').click();
const errorText = (el: Element) => $(el, '#email-error').textContent?.replace(/\s+/g, ' ').trim() ?? '';
const statusText = (el: Element) => $(el, '[part=status]').textContent ?? '';
const alertText = (el: Element) => $(el, 'form [role=alert]').textContent ?? '';
// Compared by id or attribute: chai hangs describing a mismatch between two DOM elements.
const focused = (el: Element) => el.shadowRoot?.activeElement;

describe('<amilia-client-email>', () => {
  it('typed by keyboard: checked when the field is left, then saved with an activation request', async () => {
    const { backend, accountId, personId } = await household(null);
    const el = await open(accountId, personId);
    expect(el.shadowRoot?.querySelector('input[type=checkbox]')).to.equal(null);
    await expect(el).to.be.accessible();

    input(el).focus();
    await sendKeys({ type: 'leo@' });
    await el.updateComplete;
    expect(errorText(el)).to.equal('');
    await sendKeys({ press: 'Tab' });
    await until(() => expect(errorText(el)).to.equal(words.en.InvalidEmail));
    expect(input(el).getAttribute('aria-invalid')).to.equal('true');
    expect(input(el).getAttribute('aria-describedby')).to.contain('email-error');
    await expect(el).to.be.accessible();

    input(el).focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ type: 'example.com' });
    await until(() => expect(errorText(el)).to.equal(''));
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.getAttribute('type')).to.equal('checkbox');
    await sendKeys({ press: ' ' });
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.getAttribute('part')).to.equal('submit');

    const saved = oneEvent(el, 'amilia-email-saved');
    const sent = oneEvent(el, 'amilia-request-sent');
    await sendKeys({ press: 'Enter' });
    const { detail } = await saved;
    expect(detail.accountId).to.equal(accountId);
    expect(detail.personId).to.equal(personId);
    expect(detail.requestSent).to.equal(true);
    expect(detail.person.Email).to.equal('leo@example.com');
    expect(detail.person.ActivationStatus).to.equal('Invited');
    expect((await sent).detail.request.Email).to.equal('leo@example.com');
    await until(() => expect(statusText(el)).to.equal(words.en.savedAndSent('leo@example.com')));
    expect($<HTMLInputElement>(el, 'input[type=checkbox]').checked).to.equal(false);
    expect(backend.outbox.list().filter((e) => e.To === 'leo@example.com').map((e) => e.Channel)).to.deep.equal(['Manual']);
    await expect(el).to.be.accessible();
  });

  it('saves without a request when the box is left unchecked, and hides the box while the field is empty', async () => {
    const { backend, accountId, personId } = await household(null);
    const el = await open(accountId, personId);
    type(el, 'leo@example.com');
    await until(() => $(el, 'input[type=checkbox]'));
    type(el, '');
    await until(() => expect(el.shadowRoot?.querySelector('input[type=checkbox]')).to.equal(null));
    type(el, ' leo@example.com ');
    const saved = oneEvent(el, 'amilia-email-saved');
    save(el);
    const { detail } = await saved;
    expect(detail.requestSent).to.equal(false);
    await until(() => expect(statusText(el)).to.equal(words.en.saved));
    expect(input(el).value).to.equal('leo@example.com');
    expect(backend.outbox.list().map((e) => e.To)).to.deep.equal(['ana@example.com']);
  });

  it('a double click on save sends one request', async () => {
    const { backend, accountId, personId } = await household('leo@example.com', { faults: { latencyMs: 100 } });
    const el = await open(accountId, personId);
    $<HTMLInputElement>(el, 'input[type=checkbox]').click();
    save(el);
    // The second click lands while the first save is on its way.
    await until(() => expect($(el, 'button[part=submit]').textContent).to.contain('Saving…'));
    save(el);
    await until(() => expect(statusText(el)).to.equal(words.en.savedAndSent('leo@example.com')));
    expect(backend.outbox.list().filter((e) => e.To === 'leo@example.com')).to.have.length(1);
  });

  it('a page that shows the same member again, reloaded, keeps what the admin typed and what the save said', async () => {
    const { client, accountId, personId } = await household(null);
    const member = async () => (await client.accounts.get(accountId)).Members.find((m) => String(m.Id) === personId)!;
    const el = await fixture<AmiliaClientEmail>(html`<amilia-client-email account-id=${accountId} .person=${await member()}></amilia-client-email>`);
    await until(() => $(el, 'form'));
    type(el, 'leo@exa');
    input(el).focus();
    // The page reloads its account (another element on it changed something): the same member, a new object.
    el.person = await member();
    await el.updateComplete;
    expect(input(el).value).to.equal('leo@exa');
    expect(el.shadowRoot!.activeElement).to.equal(input(el));

    // It reloads again after the save, as the demo does.
    el.addEventListener('amilia-email-saved', async () => (el.person = await member()));
    type(el, 'leo@example.com');
    await until(() => $(el, 'input[type=checkbox]'));
    $<HTMLInputElement>(el, 'input[type=checkbox]').click();
    const saved = oneEvent(el, 'amilia-email-saved');
    save(el);
    await saved;
    await until(() => expect(el.person?.Email).to.equal('leo@example.com'));
    await el.updateComplete;
    expect(statusText(el)).to.equal(words.en.savedAndSent('leo@example.com'));
    expect(input(el).value).to.equal('leo@example.com');
  });

  it('showing another member drops what was typed for the previous one', async () => {
    const { accountId, personId, ownerId } = await household('leo@example.com');
    const el = await open(accountId, personId);
    type(el, 'leo@');
    save(el);
    await until(() => expect(errorText(el)).to.equal(words.en.InvalidEmail));
    el.personId = ownerId;
    await until(() => expect(textOf(el)).to.contain('Ana Roy’s email'));
    expect(input(el).value).to.equal('ana@example.com');
    expect(errorText(el)).to.equal('');
  });

  it('an Active member’s email is read-only, with the reason', async () => {
    const { backend, client, accountId, personId } = await household('leo@example.com');
    const { Token } = (await client.activationRequests.send(accountId, personId), backend.outbox.list().at(-1)!);
    await client.links.activate(Token, PASSWORD);
    const el = await open(accountId, personId);
    expect(input(el).readOnly).to.equal(true);
    expect(input(el).value).to.equal('leo@example.com');
    expect($(el, '#email-hint').textContent).to.equal(words.en.ManagedByClient);
    expect(input(el).getAttribute('aria-describedby')).to.contain('email-hint');
    expect(el.shadowRoot?.querySelector('button[part=submit]')).to.equal(null);
    expect(el.shadowRoot?.querySelector('input[type=checkbox]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  for (const lang of ['en', 'fr'] as const) {
    const say = words[lang];

    describe(`in ${lang === 'en' ? 'English' : 'French'}`, () => {
      it('clearing the email asks first: cancel keeps it, confirm removes it and revokes the pending request', async () => {
        const { client, accountId, personId } = await household('leo@example.com');
        await client.activationRequests.send(accountId, personId);
        const el = await open(accountId, personId, lang);
        expect(textOf(el)).to.contain(say.label);
        type(el, '');
        save(el);
        const dialog = $<HTMLDialogElement>(el, 'dialog');
        expect(dialog.open).to.equal(true);
        expect(textOf(el)).to.contain(say.confirm);
        await expect(el).to.be.accessible();

        $<HTMLButtonElement>(el, 'dialog button[value=cancel]').click();
        await until(() => expect(focused(el)?.id).to.equal('email'));
        expect((await client.accounts.get(accountId)).Members.find((m) => String(m.Id) === personId)?.Email).to.equal('leo@example.com');

        save(el);
        const saved = oneEvent(el, 'amilia-email-saved');
        $<HTMLButtonElement>(el, 'dialog button[value=confirm]').click();
        const { detail } = await saved;
        expect(detail.person.Email).to.equal(null);
        expect(detail.requestSent).to.equal(false);
        await until(() => expect(statusText(el)).to.equal(say.removed));
        expect(focused(el)?.id).to.equal('email');
        const history = await client.activationRequests.history(accountId, personId);
        expect(history.Items.map((r) => r.Status)).to.deep.equal(['Revoked']);
      });

      it('InvalidEmail: refused on save, focus on the field, nothing saved', async () => {
        const { client, accountId, personId } = await household('leo@example.com');
        const el = await open(accountId, personId, lang);
        type(el, 'leo at example.com');
        save(el);
        await until(() => expect(errorText(el)).to.equal(say.InvalidEmail));
        expect(focused(el)?.id).to.equal('email');
        expect((await client.accounts.get(accountId)).Members.find((m) => String(m.Id) === personId)?.Email).to.equal('leo@example.com');
        await expect(el).to.be.accessible();
      });

      it('DuplicateClient: names the existing account, whose button fires amilia-duplicate-client', async () => {
        const { client, accountId, personId } = await household(null);
        const other = await client.accounts.create({ Owner: { FirstName: 'Zoé', LastName: 'Lac', Email: 'zoe@example.com' } });
        const el = await open(accountId, personId, lang);
        type(el, 'zoe@example.com');
        save(el);
        await until(() => expect(errorText(el)).to.equal(`${say.DuplicateClient} ${say.existing(other.Account.Id)}`));
        expect(input(el).value).to.equal('zoe@example.com');
        expect(input(el).getAttribute('aria-invalid')).to.equal('true');
        await expect(el).to.be.accessible();

        const duplicate = oneEvent(el, 'amilia-duplicate-client');
        $<HTMLButtonElement>(el, 'button.existing').click();
        expect((await duplicate).detail).to.deep.equal({ accountId: other.Account.Id, email: 'zoe@example.com' });
      });

      it('ManagedByClient: a member who activated meanwhile turns read-only with the reason', async () => {
        const { backend, client, accountId, personId } = await household('leo@example.com');
        const el = await open(accountId, personId, lang);
        await client.activationRequests.send(accountId, personId);
        await client.links.activate(backend.outbox.list().at(-1)!.Token, PASSWORD);
        type(el, 'leo@new.example.com');
        const failed = oneEvent(el, 'amilia-error');
        save(el);
        expect((await failed).detail.code).to.equal('ManagedByClient');
        await until(() => expect(input(el).readOnly).to.equal(true));
        expect(alertText(el)).to.equal(say.ManagedByClient);
        expect(input(el).value).to.equal('leo@example.com');
        await expect(el).to.be.accessible();
      });

      it('Validation: a refusal of the address the browser could not foresee shows under the field', async () => {
        const { client, accountId, personId } = await household(null);
        // A newer server with a stricter rule: only the answer to the save is replaced.
        configure({
          ...client.options,
          fetch: async (resource, init) => {
            const request = new Request(resource, init);
            if (request.method !== 'PUT') return fetch(request);
            const problem = { type: 'about:blank', title: 'Validation', status: 422, code: 'Validation', errors: { Email: ['Not accepted.'] } };
            return new Response(JSON.stringify(problem), { status: 422, headers: { 'Content-Type': 'application/problem+json' } });
          },
        });
        const el = await open(accountId, personId, lang);
        type(el, 'leo@example.com');
        save(el);
        await until(() => expect(errorText(el)).to.equal(say.Validation));
        expect(input(el).value).to.equal('leo@example.com');
      });

      it('NotFound: an unknown account or a person outside it says so', async () => {
        const { accountId } = await household(null);
        const unknownAccount = await fixture<AmiliaClientEmail>(html`<amilia-client-email lang=${lang} account-id="999999" person-id="1"></amilia-client-email>`);
        if (lang === 'fr') await translationsReady();
        await until(() => expect(textOf(unknownAccount)).to.contain(say.NotFound));
        await expect(unknownAccount).to.be.accessible();
        const stranger = await fixture<AmiliaClientEmail>(html`<amilia-client-email lang=${lang} account-id=${accountId} person-id="999999"></amilia-client-email>`);
        await until(() => expect(textOf(stranger)).to.contain(say.NotFound));
      });

      it('a network failure keeps the typed email and says why; saving again works', async () => {
        const { backend, accountId, personId } = await household(null);
        const el = await open(accountId, personId, lang);
        backend.faults.inject('networkError', { method: 'PUT' }, 3);
        type(el, 'leo@example.com');
        const failed = oneEvent(el, 'amilia-error'); // after the SDK's retries and their back-off
        save(el);
        await failed;
        await until(() => expect(alertText(el)).to.equal(say.Network));
        expect(input(el).value).to.equal('leo@example.com');
        await until(() => expect(el).to.be.accessible());
        save(el);
        await until(() => expect(statusText(el)).to.equal(say.saved));
        expect(alertText(el)).to.equal('');
      });

      it('a dropped answer: saving again shows the save, and exactly one request went out', async () => {
        const { backend, accountId, personId } = await household(null);
        const el = await open(accountId, personId, lang);
        backend.faults.inject('dropAfterAct', { method: 'PUT' }, 3);
        type(el, 'leo@example.com');
        await until(() => $(el, 'input[type=checkbox]'));
        $<HTMLInputElement>(el, 'input[type=checkbox]').click();
        const failed = oneEvent(el, 'amilia-error'); // after the SDK's retries and their back-off
        save(el);
        await failed;
        await until(() => expect(alertText(el)).to.equal(say.Network));
        expect($<HTMLInputElement>(el, 'input[type=checkbox]').checked).to.equal(true);
        const saved = oneEvent(el, 'amilia-email-saved');
        save(el);
        expect((await saved).detail.requestSent).to.equal(true);
        await until(() => expect(statusText(el)).to.equal(say.savedAndSent('leo@example.com')));
        expect(backend.outbox.list().filter((e) => e.To === 'leo@example.com')).to.have.length(1);
      });

      it('a server error says so and keeps the typed email', async () => {
        const { backend, accountId, personId } = await household(null);
        const el = await open(accountId, personId, lang);
        backend.faults.inject('serverError', { method: 'PUT' }, 3);
        type(el, 'leo@example.com');
        save(el);
        await until(() => expect(alertText(el)).to.equal(say.ServerError));
        expect(input(el).value).to.equal('leo@example.com');
      });
    });
  }
});
