import type en from './en.js';

const fr: typeof en = {
  $code: 'fr',
  $name: 'Français',
  $dir: 'ltr',
  send: 'Envoyer une demande d’activation',
  disabledActive: 'Déjà actif : le client se connecte avec son courriel.',
  disabledNoEmail: 'Ajoutez une adresse courriel avant d’envoyer une demande.',
  sentOn: (sent, expires) => `Envoyée le ${sent} · le lien expire le ${expires}`,
  expiredOn: (sent, expired) => `Envoyée le ${sent} · le lien a expiré le ${expired}`,
  confirmTitle: 'Envoyer une autre demande d’activation?',
  confirmBody: (sent) => `Une demande a été envoyée le ${sent}, il y a moins de 10 jours. La nouvelle la remplace : l’ancien lien ne fonctionnera plus.`,
  confirmSend: 'Envoyer quand même',
  retryIn: (wait) => `Réessayez ${wait}…`,
  ready: 'Vous pouvez renvoyer la demande maintenant.',
  'sent.Invitation': (email) => `Une invitation a été envoyée à ${email}.`,
  'sent.ShareRequest': (email) => `Une demande de partage de son compte Amilia existant a été envoyée à ${email}.`,
};
export default fr;
