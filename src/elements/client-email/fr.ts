import type en from './en.js';

const fr: typeof en = {
  $code: 'fr',
  $name: 'Français',
  $dir: 'ltr',
  'clientEmail.emailOf': (name) => `Courriel de ${name}`,
  'clientEmail.hint': 'Le changer ou le retirer annule les demandes d’activation en attente envoyées à l’ancienne adresse.',
  'clientEmail.sendAfter': 'Envoyer une demande d’activation après l’enregistrement',
  'clientEmail.saved': 'Courriel enregistré.',
  'clientEmail.savedAndSent.Invitation': (email) => `Courriel enregistré. Une invitation a été envoyée à ${email}.`,
  'clientEmail.savedAndSent.ShareRequest': (email) => `Courriel enregistré. Une demande de partage de son compte Amilia existant a été envoyée à ${email}.`,
  'clientEmail.removed': 'Courriel retiré.',
  'clientEmail.unchanged': 'Rien à enregistrer : le courriel n’a pas changé.',
  'clientEmail.existingAccount': (id) => `Ouvrir le compte no ${id}`,
  'clientEmail.field.Validation': 'Cette valeur a été refusée. Vérifiez-la et réessayez.',
  'clientEmail.confirmTitle': (name) => `Retirer le courriel de ${name}?`,
  'clientEmail.confirmBody': (email) =>
    `Les demandes d’activation en attente envoyées à ${email} ne fonctionneront plus, et aucune demande ne pourra être envoyée avant qu’un courriel soit ajouté.`,
  'clientEmail.confirmRemove': 'Retirer le courriel',
};
export default fr;
