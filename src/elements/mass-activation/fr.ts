import type en from './en.js';

// French uses the singular for 0 and 1.
const plural = (n: number, shown: string, one: string, many: string) => `${shown} ${n < 2 ? one : many}`;

const fr: typeof en = {
  $code: 'fr',
  $name: 'Français',
  $dir: 'ltr',

  dateLabel: 'Envoyer aux comptes créés après le',
  dateHint: 'Les comptes créés après cette date sont inclus; ceux créés ce jour-là ne le sont pas.',
  dateMissing: 'Choisissez une date.',
  dateTooEarly: (earliest) => `Vérifiez l’année : choisissez une date à partir du ${earliest}.`,
  dateInFuture: 'Vérifiez l’année : cette date est dans l’avenir, aucun compte n’a encore été créé après.',
  preview: 'Aperçu',
  previewTitle: (date) => `Comptes créés après le ${date}`,
  nothingToSend: (date) => `Aucun compte n’a été créé après le ${date} : rien ne serait envoyé.`,
  everyoneSkipped: 'Tous les comptes de cette liste sont ignorés : rien ne serait envoyé.',
  send: 'Envoyer les demandes d’activation…',

  'outcome.Invitation': 'Recevront une invitation',
  'outcome.ShareRequest': 'Seront invités à partager leur compte existant',
  'outcome.AlreadyActive': 'Déjà actifs : ignorés',
  'outcome.NoEmail': 'Sans courriel : ignorés',
  'outcome.RecentlyInvited': 'Invités dans les 10 derniers jours : ignorés',
  'done.Invitation': 'Ont reçu une invitation',
  'done.ShareRequest': 'Ont été invités à partager leur compte existant',
  noEmail: 'Aucun courriel',
  eligibleOn: (date) => `De nouveau admissible le ${date}`,
  emptyList: 'Personne.',

  invitations: (n, shown) => plural(n, shown, 'invitation', 'invitations'),
  shareRequests: (n, shown) => plural(n, shown, 'demande de partage', 'demandes de partage'),
  skipped: (n, shown) => plural(n, shown, 'compte ignoré', 'comptes ignorés'),
  confirmTitle: (invitations, shareRequests) => `Envoyer ${invitations} et ${shareRequests}?`,
  confirmBody: (date, skipped) =>
    `Aux titulaires des comptes créés après le ${date}; ${skipped}. Les courriels partent aussitôt; vous pouvez annuler pendant l’envoi.`,
  confirmSend: 'Envoyer maintenant',

  progressTitle: 'Envoi des demandes d’activation',
  progress: (done, total) => `Comptes traités : ${done} sur ${total}`,
  progressAnnounce: (percent, done, total) => `Envoi : ${percent} (${done} sur ${total}).`,
  cancelSend: 'Annuler l’envoi',
  cancelling: 'Annulation…',
  watchRunning: 'Voir sa progression',

  'title.Completed': 'Envoi terminé',
  'title.Cancelled': 'Envoi annulé',
  'title.Failed': 'Envoi interrompu',
  'summary.Completed': (invitations, shareRequests, skipped) => `Terminé : ${invitations} et ${shareRequests} envoyées; ${skipped}.`,
  'summary.Cancelled': (done, total) => `Annulé. Comptes traités : ${done} sur ${total}. Rien d’autre ne sera envoyé.`,
  'summary.Failed': (done, total) => `L’envoi s’est arrêté à cause d’un problème du serveur. Comptes traités : ${done} sur ${total}.`,
  download: 'Télécharger le CSV',
  downloading: 'Préparation du fichier…',
  newPreview: 'Nouvel aperçu',
};
export default fr;
