/**
 * Loading states that take the loaded state's exact place: the loaded state's own template, rendered with
 * stand-in data into a shadow root of its own (so the element's root holds no second copy of its ids, parts
 * and words for scripts and tests to find), styled by the element's own sheets, shown as grey bones and inert.
 * On a server, and once hydrated from one, it renders in place, shown the same way.
 */
import { type ChildPart, type ReactiveElement, adoptStyles, html, isServer, nothing, render } from 'lit';
import { Directive, directive } from 'lit/directive.js';

class SkeletonDirective extends Directive {
  render(placeholder: unknown): unknown {
    return html`<div class="skeleton">${placeholder}</div>`;
  }

  override update(part: ChildPart, [placeholder]: [unknown]) {
    const holder = part.parentNode as HTMLElement;
    // Hydrating a server render (its skeleton is in place): keep it there, as the server rendered it.
    if (isServer || (!holder.shadowRoot && holder.firstElementChild)) return this.render(placeholder);
    const element = part.options?.host as ReactiveElement | undefined;
    let root = holder.shadowRoot;
    if (!root) {
      root = holder.attachShadow({ mode: 'open' });
      if (element) adoptStyles(root, (element.constructor as typeof ReactiveElement).elementStyles);
    }
    render(this.render(placeholder), root, { host: element });
    return nothing;
  }
}

/** `placeholder` (the loaded template with stand-in data) as the loading state; the only content of its parent element. */
export const skeleton = directive(SkeletonDirective);
