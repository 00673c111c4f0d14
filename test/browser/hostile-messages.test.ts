// Nothing injected through what the organization and the server say: the organization's name and the
// server's problems (title, detail, code, field errors) made of script-injection payloads, rendered by every
// element that shows them, with the trap of hostile-support.ts counting any script that runs.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/activate-account/activate-account.js';
import '../../src/elements/activation-button/activation-button.js';
import '../../src/elements/activation-provider/activation-provider.js';
import '../../src/elements/create-account/create-account.js';
import '../../src/elements/share-account-banner/share-account-banner.js';
import en from '../../src/elements/shared/i18n/en.js';
import { createActivationClient } from '../../src/sdk/index.js';
import { $, textOf, until, world } from './harness.js';
import { PASSWORD, eachBatch, expectNoInjectedMarkup, hostileHouseholds, hostileServer, shown, trapScripts, type } from './hostile-support.js';

const tally = trapScripts('hostile messages');

describe('hostile organization names and server messages', () => {
  // One organization name at a time (the backend has one): ten a test.
  eachBatch('the organization name: shown as text on the link page, in the share banner and in the not-live notice', async (organizationNames) => {
    const { backend, client, token } = await hostileHouseholds(['Ana']);
    backend.addAmiliaUser({ email: 'sam@example.com', password: PASSWORD });
    const { Account } = await client.accounts.create({ Owner: { FirstName: 'Sam', LastName: 'Lee' } });
    await client.members.updateEmail(Account.Id, Account.Owners[0]!.Id, { Email: 'sam@example.com' });
    const session = backend.signIn('sam@example.com', PASSWORD);
    const me = createActivationClient({ baseUrl: location.origin, organization: 'forest-explorers', getToken: () => session });
    for (const payload of organizationNames) {
      sessionStorage.clear();
      backend.setOrganization({ Name: payload });
      const page = await fixture(html`<div>
        <amilia-activate-account lang="en" token=${token(0)}></amilia-activate-account>
        <amilia-activation-provider .client=${me}><amilia-share-account-banner lang="en"></amilia-share-account-banner></amilia-activation-provider>
        <amilia-create-account lang="en"></amilia-create-account>
      </div>`);
      const name = shown(payload);
      await until(() => {
        expect(textOf(page.querySelector('amilia-activate-account')!)).to.contain(`Activate your ${name} account`);
        expect(textOf(page.querySelector('amilia-share-account-banner')!)).to.contain(`${name} has a client account with your email.`);
        expect(textOf(page.querySelector('amilia-create-account')!)).to.contain(`${name} is not live yet`);
      });
      expectNoInjectedMarkup(page);
      tally.placements += 3;
    }
  }, 10);

  eachBatch('server messages: a problem whose title, detail, code and field errors are payloads shows only our own sentence', async (messages) => {
    await world();
    const unknown = en['error.Unknown'];
    const page = await fixture(html`<div>
      ${messages.map(
        (payload) => html`<amilia-activation-provider .client=${hostileServer(payload)}>
          <amilia-activation-button lang="en" account-id="1" person-id="1"></amilia-activation-button>
          <amilia-activate-account lang="en" token="t"></amilia-activate-account>
          <amilia-share-account-banner lang="en"></amilia-share-account-banner>
        </amilia-activation-provider>
        <amilia-activation-provider .client=${hostileServer(payload, { status: 422, code: 'Validation' })}>
          <amilia-create-account lang="en"></amilia-create-account>
        </amilia-activation-provider>`,
      )}
    </div>`);
    const providers = [...page.querySelectorAll('amilia-activation-provider')];
    const offers = [...page.querySelectorAll('amilia-share-account-banner')];
    await until(() => offers.forEach((banner) => $(banner, '[part~="accept"]')));
    offers.forEach((banner) => $<HTMLButtonElement>(banner, '[part~="accept"]').click());
    const forms = [...page.querySelectorAll('amilia-create-account')];
    for (const form of forms) {
      type(form, '#owner-FirstName', 'Ana');
      type(form, '#owner-LastName', 'Roy');
      $<HTMLButtonElement>(form, 'button[part=submit]').click();
    }
    await until(() => {
      for (const [i, payload] of messages.entries()) {
        const [button, link, banner] = [...providers[i * 2]!.children];
        expect(textOf(button!)).to.contain(unknown);
        expect(textOf(link!)).to.contain(unknown);
        expect(textOf(banner!)).to.contain(unknown);
        expect(shown($(forms[i]!, '#owner-FirstName-error').textContent!)).to.equal('This value was refused. Check it and try again.');
        for (const el of [button!, link!, banner!, forms[i]!]) expect(textOf(el)).not.to.contain(shown(payload));
      }
    }, 15000);
    tally.placements += messages.length * 4;
    expectNoInjectedMarkup(page);
  });
});
