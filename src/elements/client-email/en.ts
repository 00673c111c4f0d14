// Keys carry the element's name: every element's English joins one shared table (shared/localize.ts),
// so a bare key like `confirmTitle` would overwrite another element's.
const en = {
  $code: 'en',
  $name: 'English',
  $dir: 'ltr' as const,
  'clientEmail.emailOf': (name: string) => `${name}’s email`,
  'clientEmail.hint': 'Changing or removing it cancels the pending activation requests sent to the old address.',
  'clientEmail.sendAfter': 'Send an activation request after saving',
  'clientEmail.saved': 'Email saved.',
  'clientEmail.savedAndSent.Invitation': (email: string) => `Email saved. An invitation was sent to ${email}.`,
  'clientEmail.savedAndSent.ShareRequest': (email: string) => `Email saved. A request to share their existing Amilia account was sent to ${email}.`,
  'clientEmail.removed': 'Email removed.',
  'clientEmail.unchanged': 'Nothing to save: the email is unchanged.',
  'clientEmail.existingAccount': (id: string) => `Open account #${id}`,
  'clientEmail.field.Validation': 'This value was refused. Check it and try again.',
  'clientEmail.confirmTitle': (name: string) => `Remove ${name}’s email?`,
  'clientEmail.confirmBody': (email: string) =>
    `Pending activation requests sent to ${email} will stop working, and no request can be sent until an email is added again.`,
  'clientEmail.confirmRemove': 'Remove email',
};
export default en;
