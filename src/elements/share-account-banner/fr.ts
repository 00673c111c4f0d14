import type en from './en.js';

const fr: typeof en = {
  $code: 'fr',
  $name: 'Français',
  $dir: 'ltr',
  region: 'Partagez votre compte Amilia',
  title: (org) => `Utilisez votre identifiant Amilia avec ${org}`,
  expired: (org) => `L’offre de ${org} a pris fin : les offres restent ouvertes 2 ans après la création de votre compte Amilia. Pour vous inscrire auprès de ${org}, demandez-lui une invitation.`,
  gone: (org) => `L’offre de ${org} a déjà reçu une réponse, peut-être dans un autre onglet.`,
  offer: (org) => `${org} a un compte client avec votre courriel. Partagez votre compte Amilia avec cette organisation pour vous y inscrire avec le même identifiant.`,
  accept: 'Accepter',
  decline: 'Refuser',
  later: 'Plus tard',
  accepted: (org) => `Partagé avec ${org}. Vous pouvez maintenant vous inscrire avec votre identifiant Amilia.`,
  declined: (org) => `Vous avez refusé de partager votre compte avec ${org}.`,
  postponed: (org) => `L’offre de ${org} est masquée jusqu’à la fermeture de cet onglet.`,
};
export default fr;
