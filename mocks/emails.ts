/** The activation emails, in the person's language. Plain text: the demo's mailbox renders it as text, never as HTML. */
import type { Language, RequestKind } from '../src/policy/index.js';

interface EmailInput {
  kind: RequestKind;
  language: Language;
  firstName: string;
  organizationName: string;
  link: string;
  expiresOn: Date;
  /** The organization's zone: the expiry day is its calendar day. */
  timeZone: string;
}

// Built once per language and zone: a mass run renders thousands of emails, and a formatter is costly to create.
const dayFormats = new Map<string, Intl.DateTimeFormat>();
function day(e: EmailInput, language: Language): string {
  const key = `${language}|${e.timeZone}`;
  let format = dayFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language === 'fr' ? 'fr-CA' : 'en-CA', { dateStyle: 'long', timeZone: e.timeZone });
    dayFormats.set(key, format);
  }
  return format.format(e.expiresOn);
}

const templates: Record<Language, Record<RequestKind, (e: EmailInput) => { subject: string; body: string }>> = {
  en: {
    Invitation: (e) => ({
      subject: `Activate your ${e.organizationName} account`,
      body: `Hello ${e.firstName},\n\n${e.organizationName} created an Amilia account for you. Validate it and choose a password to sign in and register online:\n\n${e.link}\n\nThis link works once and expires on ${day(e, 'en')}.`,
    }),
    ShareRequest: (e) => ({
      subject: `Share your Amilia account with ${e.organizationName}`,
      body: `Hello ${e.firstName},\n\nYou already have an Amilia account. ${e.organizationName} asks you to share it so you can register with them using the same login:\n\n${e.link}\n\nThis link works once and expires on ${day(e, 'en')}.`,
    }),
  },
  fr: {
    Invitation: (e) => ({
      subject: `Activez votre compte ${e.organizationName}`,
      body: `Bonjour ${e.firstName},\n\n${e.organizationName} vous a créé un compte Amilia. Validez-le et choisissez un mot de passe pour vous connecter et vous inscrire en ligne :\n\n${e.link}\n\nCe lien ne fonctionne qu’une fois et expire le ${day(e, 'fr')}.`,
    }),
    ShareRequest: (e) => ({
      subject: `Partagez votre compte Amilia avec ${e.organizationName}`,
      body: `Bonjour ${e.firstName},\n\nVous avez déjà un compte Amilia. ${e.organizationName} vous demande de le partager pour vous inscrire chez eux avec le même identifiant :\n\n${e.link}\n\nCe lien ne fonctionne qu’une fois et expire le ${day(e, 'fr')}.`,
    }),
  },
};

export const renderEmail = (input: EmailInput) => templates[input.language][input.kind](input);
