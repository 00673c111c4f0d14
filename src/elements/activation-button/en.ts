const en = {
  $code: 'en',
  $name: 'English',
  $dir: 'ltr' as const,
  send: 'Send activation request',
  disabledActive: 'Already active: the client signs in with their email.',
  disabledNoEmail: 'Add an email address before sending a request.',
  sentOn: (sent: string, expires: string) => `Sent ${sent} · link expires ${expires}`,
  expiredOn: (sent: string, expired: string) => `Sent ${sent} · link expired ${expired}`,
  confirmTitle: 'Send another activation request?',
  confirmBody: (sent: string) => `A request was sent on ${sent}, less than 10 days ago. A new one replaces it: the earlier link stops working.`,
  confirmSend: 'Send anyway',
  retryIn: (wait: string) => `Try again ${wait}…`,
  ready: 'You can send the request again now.',
  'sent.Invitation': (email: string) => `An invitation was sent to ${email}.`,
  'sent.ShareRequest': (email: string) => `A request to share their existing Amilia account was sent to ${email}.`,
};
export default en;
