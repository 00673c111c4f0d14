import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { configure } from '../shared/context.js';
import { $, textOf, translationsReady, until, world } from '../../../test/browser/harness.js';
import './create-account.js';
import type { Person } from '../../sdk/index.js';
import type { AmiliaCreateAccount } from './create-account.js';

type Lang = 'en' | 'fr';

/** What the admin reads, in each language. */
const words = {
  en: {
    notLive: 'Forest Explorers is not live yet, but an owner email still sends the activation request as soon as you save. To send it later, leave the email empty',
    invitation: (email: string) => `An invitation was sent to ${email}.`,
    shareRequest: (email: string) => `A request to share their existing Amilia account was sent to ${email}.`,
    noRequest: 'No email: no request was sent. Add an email later to invite them.',
    created: (name: string, id: number | string) => `Account #${id} created for ${name}.`,
    InvalidEmail: 'Enter a valid email address, like name@example.com.',
    DuplicateClient: 'A client of your organization already uses this email address.',
    existing: (id: number | string) => `Open account #${id}`,
    DuplicateInForm: 'Two people in this form have this email address.',
    OwnerUnderage: 'The account owner must be 18 or older.',
    Validation: 'Some information is not valid. Check the fields and try again.',
    FieldValidation: 'This value was refused. Check it and try again.',
    Required: 'Enter a first name.',
    TooLong: 'Use at most 100 characters (this one has 101).',
    Network: 'We couldn’t reach the server. Check your connection and try again.',
    ServerError: 'The server had a problem. Try again in a moment.',
    RateLimited: 'Too many requests. You can try again in 1 second.',
    NotFound: 'We couldn’t find what you asked for.',
  },
  fr: {
    notLive: 'Forest Explorers n’est pas encore en ligne, mais un courriel de titulaire envoie quand même la demande d’activation dès l’enregistrement. Pour l’envoyer plus tard, laissez le courriel vide',
    invitation: (email: string) => `Une invitation a été envoyée à ${email}.`,
    shareRequest: (email: string) => `Une demande de partage de son compte Amilia existant a été envoyée à ${email}.`,
    noRequest: 'Aucun courriel : aucune demande n’a été envoyée. Ajoutez un courriel plus tard pour inviter cette personne.',
    created: (name: string, id: number | string) => `Compte no ${id} créé pour ${name}.`,
    InvalidEmail: 'Entrez une adresse courriel valide, comme nom@exemple.com.',
    DuplicateClient: 'Un client de votre organisation utilise déjà cette adresse courriel.',
    existing: (id: number | string) => `Ouvrir le compte no ${id}`,
    DuplicateInForm: 'Deux personnes de ce formulaire ont ce courriel.',
    OwnerUnderage: 'Le titulaire du compte doit avoir 18 ans ou plus.',
    Validation: 'Certaines informations ne sont pas valides. Vérifiez les champs et réessayez.',
    FieldValidation: 'Cette valeur a été refusée. Vérifiez-la et réessayez.',
    Required: 'Entrez un prénom.',
    TooLong: 'Utilisez au plus 100 caractères (celui-ci en a 101).',
    Network: 'Nous n’avons pas pu joindre le serveur. Vérifiez votre connexion et réessayez.',
    ServerError: 'Le serveur a eu un problème. Réessayez dans un instant.',
    RateLimited: 'Trop de demandes. Vous pourrez réessayer dans 1 seconde.',
    NotFound: 'Nous n’avons pas trouvé ce que vous cherchez.',
  },
};

async function open(lang: Lang = 'en') {
  const el = await fixture<AmiliaCreateAccount>(html`<amilia-create-account lang=${lang}></amilia-create-account>`);
  if (lang === 'fr') await translationsReady();
  await el.updateComplete;
  return el;
}

/** Types into a field the way `input` events reach the element. */
function fill(el: Element, id: string, value: string) {
  const input = $<HTMLInputElement>(el, `#${id}`);
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

const leave = (el: Element, id: string) => $(el, `#${id}`).dispatchEvent(new FocusEvent('blur'));
const submit = (el: Element) => $<HTMLButtonElement>(el, 'button[part=submit]').click();
const errorOf = (el: Element, id: string) => $(el, `#${id}-error`).textContent?.replace(/\s+/g, ' ').trim() ?? '';
// Compared by id or attribute: chai hangs describing a mismatch between two DOM elements.
const focused = (el: Element) => el.shadowRoot?.activeElement;

function fillOwner(el: Element, email = '') {
  fill(el, 'owner-FirstName', 'Ana');
  fill(el, 'owner-LastName', 'Roy');
  if (email) fill(el, 'owner-Email', email);
}

/** The organization has loaded once its not-live notice shows. */
const loaded = (el: Element) => until(() => $(el, '[part=notice]'));

describe('<amilia-create-account>', () => {
  it('typed by keyboard: the email is checked when the field is left, not while typing, and Enter creates the account with one invitation', async () => {
    const { backend } = await world();
    const el = await open();
    $(el, '#owner-FirstName').focus();
    await sendKeys({ type: 'Ana' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Roy' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'ana@' });
    await el.updateComplete;
    expect(errorOf(el, 'owner-Email')).to.equal('');

    await sendKeys({ press: 'Tab' });
    await until(() => expect(errorOf(el, 'owner-Email')).to.equal(words.en.InvalidEmail));
    const email = $<HTMLInputElement>(el, '#owner-Email');
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    expect(email.getAttribute('aria-describedby')).to.contain('owner-Email-error');
    await expect(el).to.be.accessible();

    email.focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ type: 'example.com' });
    await until(() => expect(errorOf(el, 'owner-Email')).to.equal(''));
    expect(email.getAttribute('aria-invalid')).to.equal('false');

    const created = oneEvent(el, 'amilia-account-created');
    await sendKeys({ press: 'Enter' });
    const { detail } = await created;
    expect(detail.account.Owners[0]!.Email).to.equal('ana@example.com');
    expect(detail.request?.Kind).to.equal('Invitation');
    expect(detail.request?.Email).to.equal('ana@example.com');
    await until(() => expect(textOf(el)).to.contain(words.en.invitation('ana@example.com')));
    expect(textOf(el)).to.contain(words.en.created('Ana Roy', detail.account.Id));
    expect(focused(el)?.getAttribute('part')).to.equal('result');
    expect(backend.outbox.list().map((e) => [e.To, e.Kind, e.Channel])).to.deep.equal([['ana@example.com', 'Invitation', 'Automatic']]);
    await expect(el).to.be.accessible();
  });

  it('a double submit creates one account and sends one email', async () => {
    const { backend, client } = await world({ faults: { latencyMs: 100 } });
    const el = await open();
    fillOwner(el, 'ana@example.com');
    await el.updateComplete;
    submit(el);
    // The second click lands while the first request is on its way.
    await until(() => expect($(el, 'button[part=submit]').textContent).to.contain('Creating…'));
    submit(el);
    await until(() => expect(textOf(el)).to.contain(words.en.invitation('ana@example.com')));
    expect(backend.outbox.list()).to.have.length(1);
    expect((await client.accounts.list()).Paging.TotalCount).to.equal(1);
  });

  it('adds and removes members, keeps focus in place, and gives members the owner’s language', async () => {
    const { backend } = await world();
    const el = await open();
    fillOwner(el, 'ana@example.com');
    const select = $<HTMLSelectElement>(el, '#owner-language');
    expect(select.value).to.equal('en');
    select.value = 'fr';
    select.dispatchEvent(new Event('change'));

    $<HTMLButtonElement>(el, 'button.add').click();
    await until(() => expect(focused(el)?.id).to.equal('member-1-FirstName'));
    $<HTMLButtonElement>(el, 'button.add').click();
    await until(() => expect(focused(el)?.id).to.equal('member-2-FirstName'));
    expect(textOf(el)).to.contain('Member 2');
    fill(el, 'member-2-FirstName', 'Léo');
    fill(el, 'member-2-LastName', 'Roy');
    fill(el, 'member-2-DateOfBirth', '2016-04-02');

    $<HTMLButtonElement>(el, 'section fieldset:first-of-type button.remove').click();
    await until(() => expect(focused(el)?.className).to.contain('add'));
    expect(textOf(el)).not.to.contain('Member 2');
    expect($<HTMLInputElement>(el, '#member-2-FirstName').value).to.equal('Léo');
    await expect(el).to.be.accessible();

    const created = oneEvent(el, 'amilia-account-created');
    submit(el);
    const { detail } = await created;
    expect(detail.account.Members.map((m: Person) => [m.FullName, m.DateOfBirth, m.PreferredLanguage])).to.deep.equal([
      ['Ana Roy', null, 'fr'],
      ['Léo Roy', '2016-04-02', 'fr'],
    ]);
    expect(backend.outbox.list().map((e) => e.Language)).to.deep.equal(['fr']);
  });

  it('says no request went out without an email, and “Create another” starts afresh', async () => {
    const { backend } = await world();
    const el = await open();
    fillOwner(el);
    const created = oneEvent(el, 'amilia-account-created');
    submit(el);
    const { detail } = await created;
    expect(detail.request).to.equal(null);
    await until(() => expect(textOf(el)).to.contain(words.en.noRequest));
    expect(backend.outbox.list()).to.have.length(0);

    $<HTMLButtonElement>(el, '[part=result] button').click();
    await until(() => expect(focused(el)?.id).to.equal('owner-FirstName'));
    expect($<HTMLInputElement>(el, '#owner-FirstName').value).to.equal('');
  });

  it('says when the request goes, without a word about going live, once the organization is live', async () => {
    await world({ organization: { IsLive: true } });
    const el = await open();
    // The organization has loaded once the owner's age is checked against its calendar day.
    fill(el, 'owner-DateOfBirth', '2015-01-01');
    await until(() => {
      leave(el, 'owner-DateOfBirth');
      expect(errorOf(el, 'owner-DateOfBirth')).to.equal('The account owner must be 18 or older.');
    });
    expect($(el, '[part=notice]').textContent).to.equal(
      'An owner email sends the activation request as soon as you save. To send it later, leave the email empty and add it when you’re ready.',
    );
    expect(textOf(el)).not.to.contain('not live');
    await expect(el).to.be.accessible();
  });

  it('refuses empty and overlong names before asking the server', async () => {
    const { client } = await world();
    const el = await open();
    submit(el);
    await until(() => expect(errorOf(el, 'owner-FirstName')).to.equal(words.en.Required));
    expect(errorOf(el, 'owner-LastName')).to.equal('Enter a last name.');
    expect(focused(el)?.id).to.equal('owner-FirstName');

    fill(el, 'owner-FirstName', 'A'.repeat(101));
    leave(el, 'owner-FirstName');
    await until(() => expect(errorOf(el, 'owner-FirstName')).to.equal(words.en.TooLong));
    await expect(el).to.be.accessible();
    expect((await client.accounts.list()).Paging.TotalCount).to.equal(0);
  });

  it('trims an email as the browser does: a trailing no-break space is refused and nothing sent, spaces and tabs around it are dropped', async () => {
    const { backend } = await world();
    const el = await open();
    fillOwner(el, 'ana@example.com\u00A0');
    submit(el);
    await until(() => expect(errorOf(el, 'owner-Email')).to.equal(words.en.InvalidEmail));
    expect(backend.outbox.list()).to.have.length(0);

    fill(el, 'owner-Email', ' ana@example.com\t');
    submit(el);
    await until(() => expect(backend.outbox.list().map((email) => email.To)).to.deep.equal(['ana@example.com']));
  });

  it('refuses more members than the server accepts, keeping every row', async () => {
    await world();
    const el = await open();
    fillOwner(el);
    for (let i = 1; i <= 21; i++) {
      $<HTMLButtonElement>(el, 'button.add').click();
      await el.updateComplete;
      fill(el, `member-${i}-FirstName`, `Kid${i}`);
      fill(el, `member-${i}-LastName`, 'Roy');
    }
    submit(el);
    await until(() => expect($(el, '[role=alert]').textContent).to.equal(words.en.Validation));
    expect($<HTMLInputElement>(el, '#member-21-FirstName').value).to.equal('Kid21');
  });

  for (const lang of ['en', 'fr'] as const) {
    const say = words[lang];

    describe(`in ${lang === 'en' ? 'English' : 'French'}`, () => {
      it('says before saving that the store is not live and that an empty email delays the request', async () => {
        await world();
        const el = await open(lang);
        await until(() => expect(textOf(el)).to.contain(say.notLive));
        expect($(el, '#owner-Email').getAttribute('aria-describedby')).to.contain('notice');
        await expect(el).to.be.accessible();
      });

      it('tells which request went out: an invitation, or a share request for an existing Amilia login', async () => {
        const { backend } = await world();
        backend.addAmiliaUser({ email: 'ana@elsewhere.org', password: 'correct horse battery' });
        const el = await open(lang);
        fillOwner(el, 'ana@elsewhere.org');
        submit(el);
        await until(() => expect(textOf(el)).to.contain(say.shareRequest('ana@elsewhere.org')));
        expect(backend.outbox.list().map((e) => e.Kind)).to.deep.equal(['ShareRequest']);

        $<HTMLButtonElement>(el, '[part=result] button').click();
        await el.updateComplete;
        fill(el, 'owner-FirstName', 'Bea');
        fill(el, 'owner-LastName', 'Roy');
        fill(el, 'owner-Email', 'bea@example.com');
        submit(el);
        await until(() => expect(textOf(el)).to.contain(say.invitation('bea@example.com')));
        expect(backend.outbox.list().map((e) => [e.Kind, e.Language])).to.deep.equal([
          ['ShareRequest', lang],
          ['Invitation', lang],
        ]);
      });

      it('InvalidEmail: refused on submit, focus on the field, nothing sent', async () => {
        const { backend } = await world();
        const el = await open(lang);
        fillOwner(el, 'ana@example');
        fill(el, 'owner-Email', 'ana at example.com');
        submit(el);
        await until(() => expect(errorOf(el, 'owner-Email')).to.equal(say.InvalidEmail));
        expect(focused(el)?.id).to.equal('owner-Email');
        expect(backend.outbox.list()).to.have.length(0);
        await expect(el).to.be.accessible();
      });

      it('DuplicateClient: names the existing account, whose button fires amilia-duplicate-client', async () => {
        const { backend, client } = await world();
        const { Account } = await client.accounts.create({ Owner: { FirstName: 'Ana', LastName: 'Roy', Email: 'ana@example.com' } });
        const el = await open(lang);
        fill(el, 'owner-FirstName', 'Anne');
        fill(el, 'owner-LastName', 'Roy');
        fill(el, 'owner-Email', 'ANA@example.com ');
        submit(el);
        await until(() => expect(errorOf(el, 'owner-Email')).to.equal(`${say.DuplicateClient} ${say.existing(Account.Id)}`));
        expect(focused(el)?.id).to.equal('owner-Email');
        expect($<HTMLInputElement>(el, '#owner-FirstName').value).to.equal('Anne');
        expect(backend.outbox.list()).to.have.length(1);
        await expect(el).to.be.accessible();

        const duplicate = oneEvent(el, 'amilia-duplicate-client');
        $<HTMLButtonElement>(el, 'button.existing').click();
        const { detail } = await duplicate;
        expect(detail).to.deep.equal({ accountId: Account.Id, email: 'ANA@example.com' });
      });

      it('DuplicateClient within the form: the second person with the same email is told so', async () => {
        const { client } = await world();
        const el = await open(lang);
        fillOwner(el, 'ana@example.com');
        $<HTMLButtonElement>(el, 'button.add').click();
        await el.updateComplete;
        fill(el, 'member-1-FirstName', 'Léo');
        fill(el, 'member-1-LastName', 'Roy');
        fill(el, 'member-1-Email', 'ana@example.com');
        submit(el);
        await until(() => expect(errorOf(el, 'member-1-Email')).to.contain(say.DuplicateInForm));
        expect(errorOf(el, 'owner-Email')).to.equal('');
        expect((await client.accounts.list()).Paging.TotalCount).to.equal(0);
      });

      it('OwnerUnderage: checked against the server’s day when the date is left', async () => {
        await world();
        const el = await open(lang);
        await loaded(el);
        fillOwner(el);
        fill(el, 'owner-DateOfBirth', '2008-11-26');
        leave(el, 'owner-DateOfBirth');
        await until(() => expect(errorOf(el, 'owner-DateOfBirth')).to.equal(say.OwnerUnderage));
        // Said once: the hint that states the same rule gives way to the error.
        expect(textOf(el).split('18').length - 1).to.equal(1);
        await expect(el).to.be.accessible();
        fill(el, 'owner-DateOfBirth', '2008-11-25');
        await until(() => expect(errorOf(el, 'owner-DateOfBirth')).to.equal(''));
        expect(textOf(el).split('18').length - 1).to.equal(1);
      });

      it('OwnerUnderage from the server lands on the date of birth when the organization could not be loaded', async () => {
        const { backend } = await world();
        backend.faults.inject('networkError', { method: 'GET' }, 3);
        const el = await open(lang);
        fillOwner(el, 'ana@example.com');
        fill(el, 'owner-DateOfBirth', '2012-05-05');
        submit(el);
        await until(() => expect(errorOf(el, 'owner-DateOfBirth')).to.equal(say.OwnerUnderage));
        expect(focused(el)?.id).to.equal('owner-DateOfBirth');
        expect(backend.outbox.list()).to.have.length(0);
      });

      it('Validation: a date the browser takes but the server refuses is flagged on its field', async () => {
        await world();
        const el = await open(lang);
        fillOwner(el);
        $<HTMLButtonElement>(el, 'button.add').click();
        await el.updateComplete;
        fill(el, 'member-1-FirstName', 'Léo');
        fill(el, 'member-1-LastName', 'Roy');
        fill(el, 'member-1-DateOfBirth', '20160-04-02');
        submit(el);
        await until(() => expect(errorOf(el, 'member-1-DateOfBirth')).to.equal(say.FieldValidation));
        expect($(el, '#member-1-DateOfBirth').getAttribute('aria-invalid')).to.equal('true');
      });

      it('a network failure keeps every value and says why; trying again creates the account once', async () => {
        const { backend } = await world();
        backend.faults.inject('networkError', { method: 'POST' }, 3);
        const el = await open(lang);
        fillOwner(el, 'ana@example.com');
        fill(el, 'owner-DateOfBirth', '1990-01-02');
        const failed = oneEvent(el, 'amilia-error'); // after the SDK's retries and their back-off
        submit(el);
        await failed;
        await until(() => expect($(el, '[role=alert]').textContent).to.equal(say.Network));
        expect(['owner-FirstName', 'owner-LastName', 'owner-Email', 'owner-DateOfBirth'].map((id) => $<HTMLInputElement>(el, `#${id}`).value)).to.deep.equal([
          'Ana',
          'Roy',
          'ana@example.com',
          '1990-01-02',
        ]);
        // The button fades back from its busy look; axe reads the colours once it has.
        await until(() => expect(el).to.be.accessible());
        submit(el);
        await until(() => expect(textOf(el)).to.contain(say.invitation('ana@example.com')));
        expect(backend.outbox.list()).to.have.length(1);
      });

      it('a dropped answer: trying again shows the account it created, and exactly one email went out', async () => {
        const { backend, client } = await world();
        backend.faults.inject('dropAfterAct', { method: 'POST' }, 3);
        const el = await open(lang);
        fillOwner(el, 'ana@example.com');
        // The SDK retries a dropped answer twice, with back-off, before the element may say anything.
        const failed = oneEvent(el, 'amilia-error');
        submit(el);
        expect((await failed).detail.code).to.equal('Network');
        await until(() => expect($(el, '[role=alert]').textContent).to.equal(say.Network));
        const errors: string[] = [];
        el.addEventListener('amilia-error', (e) => errors.push(e.detail.code));
        submit(el);
        await until(() => expect(textOf(el)).to.contain(say.invitation('ana@example.com')));
        expect(errors).to.deep.equal([]);
        expect(backend.outbox.list()).to.have.length(1);
        expect((await client.accounts.list()).Paging.TotalCount).to.equal(1);
      });

      it('says when the server failed or is rate limiting, and fires amilia-error', async () => {
        const { backend } = await world();
        backend.faults.inject('serverError', { method: 'POST' }, 3);
        const el = await open(lang);
        fillOwner(el);
        const failed = oneEvent(el, 'amilia-error');
        submit(el);
        const { detail } = await failed;
        expect(detail.code).to.equal('ServerError');
        await until(() => expect($(el, '[role=alert]').textContent).to.equal(say.ServerError));

        backend.faults.inject('rateLimit', { method: 'POST' }, 3);
        submit(el);
        await until(() => expect($(el, '[role=alert]').textContent).to.equal(say.RateLimited), 8000);
        expect($<HTMLInputElement>(el, '#owner-FirstName').value).to.equal('Ana');
      });

      it('NotFound: an unknown organization says so', async () => {
        const { backend } = await world();
        configure({ baseUrl: location.origin, organization: 'nowhere', getToken: () => backend.adminToken });
        const el = await open(lang);
        fillOwner(el);
        submit(el);
        await until(() => expect($(el, '[role=alert]').textContent).to.equal(say.NotFound));
      });
    });
  }
});
