// WCAG 2.4.13 / 1.4.11: the keyboard focus indicator of every element is a solid outline at least 2 px
// thick, off the control's edge, whose colour has 3:1 contrast or more against what surrounds it, in the
// light and the dark scheme.
import { expect, fixture, html } from '@open-wc/testing';
import { $, pageColorScheme, until, world } from './harness.js';
import '../../src/elements/activate-account/activate-account.js';
import '../../src/elements/activation-button/activation-button.js';
import '../../src/elements/create-account/create-account.js';

/** sRGB channels of a computed colour (`rgb(…)`, `rgba(…)` or `color(srgb …)`). */
function channels(color: string): [number, number, number, number] {
  const numbers = color.match(/[\d.]+/g)!.map(Number);
  if (color.startsWith('color(')) return [numbers[0]! * 255, numbers[1]! * 255, numbers[2]! * 255, numbers[3] ?? 1];
  return [numbers[0]!, numbers[1]!, numbers[2]!, numbers[3] ?? 1];
}

const luminance = ([r, g, b]: readonly number[]) => {
  const linear = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(b!);
};

const contrast = (a: string, b: string) => {
  const [la, lb] = [luminance(channels(a)), luminance(channels(b))].sort((x, y) => y - x);
  return (la! + 0.05) / (lb! + 0.05);
};

/** The first opaque background behind `node`, across shadow roots, else the page's canvas. */
function backgroundBehind(node: Element): string {
  for (let current: Element | null = node.parentElement ?? (node.getRootNode() as ShadowRoot).host; current; ) {
    const background = getComputedStyle(current).backgroundColor;
    if (channels(background)[3] === 1) return background;
    current = current.parentElement ?? ((current.getRootNode() as ShadowRoot).host ?? null);
  }
  return canvas();
}

/** The page's own background colour in its scheme (the system colour `Canvas`). */
function canvas(): string {
  const probe = document.body.appendChild(document.createElement('div'));
  probe.style.background = 'Canvas';
  const color = getComputedStyle(probe).backgroundColor;
  probe.remove();
  return color;
}

async function expectVisibleRing(control: HTMLElement, label: string) {
  control.focus();
  await until(() => expect(control.matches(':focus-visible'), `${label} shows keyboard focus`).to.equal(true));
  const style = getComputedStyle(control);
  expect(style.outlineStyle, label).to.equal('solid');
  expect(parseFloat(style.outlineWidth), label).to.be.at.least(2);
  expect(parseFloat(style.outlineOffset), label).to.be.at.least(1);
  const ratio = contrast(style.outlineColor, backgroundBehind(control));
  expect(ratio, `${label}: ${style.outlineColor} on ${backgroundBehind(control)}`).to.be.at.least(3);
}

describe('the focus ring', () => {
  afterEach(() => pageColorScheme('light'));

  for (const scheme of ['light', 'dark'] as const) {
    it(`is a solid outline with 3:1 contrast on the link page, the activation button and the create form (${scheme})`, async () => {
      await pageColorScheme(scheme);
      const { client, backend } = await world();
      const { Account } = await client.accounts.create({ Owner: { FirstName: 'Ana', LastName: 'Roy', Email: 'ana@example.com' } });
      const token = new URL(backend.outbox.list().at(-1)!.Link).searchParams.get('token')!;

      const link = await fixture(html`<amilia-activate-account token=${token}></amilia-activate-account>`);
      await expectVisibleRing(await until(() => $(link, '#password')), `${scheme} link page: password`);
      await expectVisibleRing($(link, '[part~="submit"]'), `${scheme} link page: submit`);

      const button = await fixture(html`<amilia-activation-button account-id=${Account.Id} person-id=${Account.Owners[0]!.Id}></amilia-activation-button>`);
      await expectVisibleRing(await until(() => $(button, '[part~="button"]')), `${scheme} activation button`);

      const form = await fixture(html`<amilia-create-account></amilia-create-account>`);
      await expectVisibleRing(await until(() => $(form, '#owner-FirstName')), `${scheme} create form: first name`);
    });
  }
});
