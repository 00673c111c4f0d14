// WCAG 3.1.2 (language of parts): an element whose language differs from the page's marks its content with
// `lang`, so assistive technology reads French as French inside an English page; where they agree it adds none.
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { createActivationClient } from '../../src/sdk/index.js';
import '../../src/elements/activation-provider/activation-provider.js';
import '../../src/elements/activate-account/activate-account.js';
import '../../src/elements/activation-button/activation-button.js';
import '../../src/elements/client-email/client-email.js';
import '../../src/elements/create-account/create-account.js';
import '../../src/elements/mass-activation/mass-activation.js';
import '../../src/elements/share-account-banner/share-account-banner.js';
import { $, textOf, translationsReady, until, world } from './harness.js';

const EMAIL = 'ana.roy@example.com';
const PASSWORD = 'Trail-mix-2024';

/** The `lang` on the element's content wrapper (null when it has none). */
const contentLang = (el: Element) => $(el, '[part~="base"]').getAttribute('lang');

describe('the language of each element’s content', () => {
  let pageLang: string;
  before(() => {
    pageLang = document.documentElement.lang;
    document.documentElement.lang = 'en';
  });
  after(() => {
    document.documentElement.lang = pageLang;
  });

  async function linkPage(language: 'en' | 'fr') {
    const { backend, client } = await world();
    await client.accounts.create({ Owner: { FirstName: 'Ana', LastName: 'Roy', Email: EMAIL, PreferredLanguage: language } });
    const token = new URL(backend.outbox.list().at(-1)!.Link).searchParams.get('token')!;
    return fixture(html`<amilia-activate-account token=${token}></amilia-activate-account>`);
  }

  it('a French link page inside an English page: its content says it is French', async () => {
    const el = await linkPage('fr');
    await translationsReady();
    await until(() => expect(textOf(el)).to.contain('Activez votre compte Forest Explorers'));
    expect(contentLang(el)).to.equal('fr');
    expect(el.closest('[lang]')!.getAttribute('lang'), 'the page around it stays English').to.equal('en');
  });

  it('an English link page inside an English page adds no lang of its own', async () => {
    const el = await linkPage('en');
    await until(() => expect(textOf(el)).to.contain('Activate your Forest Explorers account'));
    expect(contentLang(el)).to.equal(null);
  });

  it('follows the page live: the same French link page inside a French page needs none', async () => {
    const el = await linkPage('fr');
    await until(() => expect(contentLang(el)).to.equal('fr'));
    document.documentElement.lang = 'fr-CA';
    try {
      await until(() => expect(contentLang(el)).to.equal(null));
    } finally {
      document.documentElement.lang = 'en';
    }
  });

  describe('every element in French (its provider’s language) inside an English page', () => {
    /** Each element with the data it shows, and the token its calls need. */
    const cases: Record<string, () => Promise<{ template: TemplateResult; token: string }>> = {
      'amilia-activation-button': async () => {
        const { backend, client } = await world();
        const { Account } = await client.accounts.create({ Owner: { FirstName: 'Ana', LastName: 'Roy', Email: EMAIL } });
        const template = html`<amilia-activation-button account-id=${Account.Id} person-id=${Account.Owners[0]!.Id}></amilia-activation-button>`;
        return { template, token: backend.adminToken };
      },
      'amilia-client-email': async () => {
        const { backend, client } = await world();
        const { Account } = await client.accounts.create({ Owner: { FirstName: 'Ana', LastName: 'Roy', Email: EMAIL } });
        return { template: html`<amilia-client-email account-id=${Account.Id} person-id=${Account.Owners[0]!.Id}></amilia-client-email>`, token: backend.adminToken };
      },
      'amilia-create-account': async () => ({ template: html`<amilia-create-account></amilia-create-account>`, token: (await world()).backend.adminToken }),
      'amilia-mass-activation': async () => ({ template: html`<amilia-mass-activation></amilia-mass-activation>`, token: (await world()).backend.adminToken }),
      'amilia-share-account-banner': async () => {
        const { backend, client } = await world();
        backend.addAmiliaUser({ email: EMAIL, password: PASSWORD });
        const { Account } = await client.accounts.create({ Owner: { FirstName: 'Ana', LastName: 'Roy' } });
        await client.members.updateEmail(Account.Id, Account.Owners[0]!.Id, { Email: EMAIL });
        return { template: html`<amilia-share-account-banner></amilia-share-account-banner>`, token: backend.signIn(EMAIL, PASSWORD) };
      },
    };

    for (const [tag, render] of Object.entries(cases)) {
      it(tag, async () => {
        sessionStorage.clear();
        const { template, token } = await render();
        const client = createActivationClient({ baseUrl: location.origin, organization: 'forest-explorers', language: 'fr', getToken: () => token });
        const provider = await fixture(html`<amilia-activation-provider language="fr" .client=${client}>${template}</amilia-activation-provider>`);
        const el = provider.firstElementChild!;
        await until(() => expect(contentLang(el)).to.equal('fr'), 6000);
      });
    }
  });
});
