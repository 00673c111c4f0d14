const en = {
  $code: 'en',
  $name: 'English',
  $dir: 'ltr' as const,
  region: 'Share your Amilia account',
  title: (org: string) => `Use your Amilia login with ${org}`,
  expired: (org: string) => `The offer from ${org} has ended: offers stay open for 2 years after you create your Amilia account. To register with ${org}, ask them for an invitation.`,
  gone: (org: string) => `The offer from ${org} was already answered, maybe in another tab.`,
  offer: (org: string) => `${org} has a client account with your email. Share your Amilia account with them to register with the same login.`,
  accept: 'Accept',
  decline: 'Decline',
  later: 'Not now',
  accepted: (org: string) => `Shared with ${org}. You can now register with your Amilia login.`,
  declined: (org: string) => `You declined to share your account with ${org}.`,
  postponed: (org: string) => `The offer from ${org} is hidden until you close this tab.`,
};
export default en;
