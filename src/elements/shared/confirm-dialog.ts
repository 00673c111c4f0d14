import { html } from 'lit';

export interface ConfirmDialogOptions {
  title: unknown;
  body: unknown;
  /** The confirming button's words ("Send anyway", "Remove email"). */
  confirm: string;
  /** Called when the dialog closes: by the confirming button (true), or by Cancel or Escape (false). */
  onClose(confirmed: boolean): void;
}

/**
 * The confirmation every element asks before an action it cannot take back (a send, a removal): a modal
 * `<dialog part="dialog">` named by its title and described by its body, opened with `showModal()`. Cancel has
 * focus, so a stray Enter confirms nothing.
 */
export function confirmDialog(localize: { term(key: 'cancel'): string }, { title, body, confirm, onClose }: ConfirmDialogOptions) {
  const closed = (event: Event) => {
    const dialog = event.target as HTMLDialogElement;
    // `close` comes a task after the dialog closed: by then it may be open again (a quick second send).
    if (dialog.open) return;
    const confirmed = dialog.returnValue === 'confirm';
    dialog.returnValue = '';
    onClose(confirmed);
  };
  return html`<dialog part="dialog" aria-labelledby="confirm-title" aria-describedby="confirm-body" @close=${closed}>
    <form method="dialog">
      <h2 id="confirm-title">${title}</h2>
      <p id="confirm-body">${body}</p>
      <div class="actions">
        <button value="confirm">${confirm}</button>
        <button value="cancel" class="secondary" autofocus>${localize.term('cancel')}</button>
      </div>
    </form>
  </dialog>`;
}
