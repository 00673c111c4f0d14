const en = {
  $code: 'en',
  $name: 'English',
  $dir: 'ltr' as const,
  offer: (org: string) => `${org} has a client account with your email. Share your Amilia account with them to register with the same login.`,
  accept: 'Accept',
  decline: 'Decline',
  later: 'Not now',
  accepted: (org: string) => `Shared with ${org}. You can now register with your Amilia login.`,
  declined: (org: string) => `You declined to share your account with ${org}.`,
  postponed: (org: string) => `The offer from ${org} is hidden until you close this tab.`,
};
export default en;
