const plural = (n: number, shown: string, one: string, many: string) => `${shown} ${n === 1 ? one : many}`;

const en = {
  $code: 'en',
  $name: 'English',
  $dir: 'ltr' as const,

  dateLabel: 'Send to accounts created after',
  dateHint: 'Accounts created after this date are included; accounts created on that day are not.',
  dateMissing: 'Choose a date.',
  dateTooEarly: (earliest: string) => `Check the year: choose a date from ${earliest} on.`,
  dateInFuture: 'Check the year: this date is in the future, so no account was created after it yet.',
  preview: 'Preview',
  previewTitle: (date: string) => `Accounts created after ${date}`,
  nothingToSend: (date: string) => `No account was created after ${date}: nothing would be sent.`,
  everyoneSkipped: 'Every account on this list is skipped: nothing would be sent.',
  send: 'Send activation requests…',

  'outcome.Invitation': 'Will get an invitation',
  'outcome.ShareRequest': 'Will be asked to share their existing account',
  'outcome.AlreadyActive': 'Already active: skipped',
  'outcome.NoEmail': 'No email: skipped',
  'outcome.RecentlyInvited': 'Invited in the last 10 days: skipped',
  'done.Invitation': 'Got an invitation',
  'done.ShareRequest': 'Asked to share their existing account',
  noEmail: 'No email',
  eligibleOn: (date: string) => `Eligible again on ${date}`,
  emptyList: 'Nobody.',

  invitations: (n: number, shown: string) => plural(n, shown, 'invitation', 'invitations'),
  shareRequests: (n: number, shown: string) => plural(n, shown, 'share request', 'share requests'),
  skipped: (n: number, shown: string) => plural(n, shown, 'account skipped', 'accounts skipped'),
  confirmTitle: (invitations: string, shareRequests: string) => `Send ${invitations} and ${shareRequests}?`,
  confirmBody: (date: string, skipped: string) =>
    `To the owners of accounts created after ${date}; ${skipped}. The emails go out at once; you can cancel while it runs.`,
  confirmSend: 'Send now',

  progressTitle: 'Sending activation requests',
  progress: (done: string, total: string) => `Accounts processed: ${done} of ${total}`,
  progressAnnounce: (percent: string, done: string, total: string) => `Sending: ${percent} (${done} of ${total}).`,
  cancelSend: 'Cancel the send',
  cancelling: 'Cancelling…',
  watchRunning: 'Show its progress',

  'title.Completed': 'Send completed',
  'title.Cancelled': 'Send cancelled',
  'title.Failed': 'Send stopped',
  'summary.Completed': (invitations: string, shareRequests: string, skipped: string) =>
    `Done: ${invitations} and ${shareRequests} sent; ${skipped}.`,
  'summary.Cancelled': (done: string, total: string) => `Cancelled. Accounts processed: ${done} of ${total}. Nothing more will be sent.`,
  'summary.Failed': (done: string, total: string) => `The send stopped because of a server problem. Accounts processed: ${done} of ${total}.`,
  download: 'Download CSV',
  downloading: 'Preparing the file…',
  newPreview: 'New preview',
};
export default en;
