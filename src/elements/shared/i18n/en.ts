/** Strings every element shares: statuses, a sentence for every problem code, password reasons. */
const en = {
  $code: 'en',
  $name: 'English',
  $dir: 'ltr' as const,

  retry: 'Try again',
  cancel: 'Cancel',
  close: 'Close',
  loading: 'Loading…',
  save: 'Save',
  saving: 'Saving…',
  sending: 'Sending…',

  'status.NoEmail': 'No email',
  'status.NotInvited': 'Not invited',
  'status.Invited': 'Invited',
  'status.InvitationExpired': 'Invitation expired',
  'status.ShareRequested': 'Share requested',
  'status.ShareRequestExpired': 'Share request expired',
  'status.Active': 'Active',


  'password.TooShort': 'At least 8 characters',
  'password.TooLong': 'At most 128 characters',
  'password.OnlySpaces': 'Not only spaces',
  'password.ContainsEmail': 'Does not contain your email address',
  'password.Common': 'Not a commonly used password',
  'password.Mismatch': 'Both passwords match',

  'error.InvalidEmail': 'Enter a valid email address, like name@example.com.',
  'error.DuplicateClient': 'A client of your organization already uses this email address.',
  'error.OwnerUnderage': 'The account owner must be 18 or older.',
  'error.NoEmail': 'This person has no email address yet. Add one first.',
  'error.AlreadyActive': 'This account is already active.',
  'error.ManagedByClient': 'This email is the client’s username: only they can change it.',
  'error.LinkExpired': 'This link has expired.',
  'error.LinkUsed': 'This link was already used: the account is active.',
  'error.LinkSuperseded': 'A newer email replaced this link.',
  'error.LinkRevoked': 'This link is no longer valid.',
  'error.LinkNotFound': 'We don’t recognize this link.',
  'error.WeakPassword': 'Choose a stronger password.',
  'error.WrongPassword': 'That password is not right. Try again.',
  'error.RateLimited': (wait: string) => `Too many requests. You can try again ${wait}.`,
  'error.MassJobInProgress': 'A mass send is already running for your organization. Wait for it to end.',
  'error.Unauthorized': 'Your session has ended. Sign in again.',
  'error.Forbidden': 'You don’t have access to this.',
  'error.Validation': 'Some information is not valid. Check the fields and try again.',
  'error.NotFound': 'We couldn’t find what you asked for.',
  'error.ServerError': 'The server had a problem. Try again in a moment.',
  'error.Network': 'We couldn’t reach the server. Check your connection and try again.',
  'error.Contract': 'The server sent an answer we didn’t understand. Try again later.',
  'error.MissingClient': 'This element is not configured: wrap it in <amilia-activation-provider> or call configure().',
  'error.Unknown': 'Something went wrong. Try again.',
};

export default en;
export type SharedStrings = typeof en;
