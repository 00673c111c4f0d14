// `npm run shots`: the activation button in each of the seven statuses, and counting a rate limit down, in light
// and dark at 800 px and in light at 390 px. Not a test: a way to look at the status badges side by side.
import { fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { $, until, world } from '../browser/harness.js';
import '../../src/elements/activation-button/activation-button.js';

const VIEWS = [
  ['light', 800],
  ['dark', 800],
  ['light', 390],
] as const;

const page = document.createElement('style');
page.textContent = ':root { color-scheme: light dark; } body { margin: 0; background: Canvas; color: CanvasText; } .column { max-width: 44rem; margin: 0 auto; padding: 2rem 1rem; display: grid; gap: 1rem; }';
document.head.append(page);

async function shoot(name: string) {
  for (const [scheme, width] of VIEWS) await executeServerCommand('shot', { name: `${name}-${scheme}-${width}`, scheme, width });
}

it('admin: every activation status, and a rate limit counted down', async () => {
  const { client, backend } = await world();
  const create = async (name: string, email?: string) =>
    (await client.accounts.create({ Owner: { FirstName: name, LastName: 'Roy', ...(email ? { Email: email } : {}) } })).Account;
  backend.addAmiliaUser({ email: 'olivia@example.com', password: 'paddle-the-lake' });
  const accounts = [await create('Ivy', 'ivy@example.com'), await create('Olivia', 'olivia@example.com')];
  backend.clock.advance({ days: 60 });
  backend.addAmiliaUser({ email: 'sam@example.com', password: 'paddle-the-lake' });
  accounts.push(await create('Noa'), await create('Nils'), await create('Ines', 'ines@example.com'), await create('Sam', 'sam@example.com'), await create('Ada', 'ada@example.com'));
  await client.members.updateEmail(accounts[3]!.Id, accounts[3]!.Owners[0]!.Id, { Email: 'nils@example.com' });
  await client.links.activate(backend.outbox.list().find((e) => e.To === 'ada@example.com')!.Token, 'Maple-canoe-42');
  backend.clock.advance({ days: 10 });
  const el = await fixture(html`<div class="column">
    ${accounts.map((a) => html`<amilia-activation-button account-id=${String(a.Id)} person-id=${String(a.Owners[0]!.Id)}></amilia-activation-button>`)}
  </div>`);
  const buttons = [...el.querySelectorAll('amilia-activation-button')];
  for (const button of buttons) await until(() => $(button, '[part=status]'));
  await shoot('admin-statuses');

  backend.faults.settings.retryAfterSeconds = 30;
  backend.faults.inject('rateLimit', { method: 'POST' });
  const invited = buttons[4]!;
  $<HTMLButtonElement>(invited, 'button.send').click();
  await until(() => {
    if (!$(invited, 'button.send').textContent!.includes('Try again')) throw new Error('not counting yet');
  });
  await shoot('admin-rate-limit');
});
