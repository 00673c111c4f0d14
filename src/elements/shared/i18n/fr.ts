import type { SharedStrings } from './en.js';

const fr: SharedStrings = {
  $code: 'fr',
  $name: 'Français',
  $dir: 'ltr',

  retry: 'Réessayer',
  cancel: 'Annuler',
  close: 'Fermer',
  loading: 'Chargement…',
  save: 'Enregistrer',
  saving: 'Enregistrement…',
  sending: 'Envoi…',

  'status.NoEmail': 'Aucun courriel',
  'status.NotInvited': 'Non invité',
  'status.Invited': 'Invité',
  'status.InvitationExpired': 'Invitation expirée',
  'status.ShareRequested': 'Partage demandé',
  'status.ShareRequestExpired': 'Demande de partage expirée',
  'status.Active': 'Actif',


  'password.TooShort': 'Au moins 8 caractères',
  'password.TooLong': 'Au plus 128 caractères',
  'password.OnlySpaces': 'Pas seulement des espaces',
  'password.ContainsEmail': 'Ne contient pas votre adresse courriel',
  'password.Common': 'Pas un mot de passe courant',
  'password.Mismatch': 'Les deux mots de passe sont identiques',

  'error.InvalidEmail': 'Entrez une adresse courriel valide, comme nom@exemple.com.',
  'error.DuplicateClient': 'Un client de votre organisation utilise déjà cette adresse courriel.',
  'error.OwnerUnderage': 'Le titulaire du compte doit avoir 18 ans ou plus.',
  'error.NoEmail': 'Cette personne n’a pas encore d’adresse courriel. Ajoutez-en une d’abord.',
  'error.AlreadyActive': 'Ce compte est déjà actif.',
  'error.ManagedByClient': 'Ce courriel est le nom d’utilisateur du client : lui seul peut le changer.',
  'error.LinkExpired': 'Ce lien a expiré.',
  'error.LinkUsed': 'Ce lien a déjà été utilisé : le compte est actif.',
  'error.LinkSuperseded': 'Un courriel plus récent a remplacé ce lien.',
  'error.LinkRevoked': 'Ce lien n’est plus valide.',
  'error.LinkNotFound': 'Nous ne reconnaissons pas ce lien.',
  'error.WeakPassword': 'Choisissez un mot de passe plus robuste.',
  'error.WrongPassword': 'Ce mot de passe n’est pas le bon. Réessayez.',
  'error.RateLimited': (wait: string) => `Trop de demandes. Vous pourrez réessayer ${wait}.`,
  'error.MassJobInProgress': 'Un envoi en masse est déjà en cours pour votre organisation. Attendez qu’il se termine.',
  'error.Unauthorized': 'Votre session a pris fin. Reconnectez-vous.',
  'error.Forbidden': 'Vous n’avez pas accès à ceci.',
  'error.Validation': 'Certaines informations ne sont pas valides. Vérifiez les champs et réessayez.',
  'error.NotFound': 'Nous n’avons pas trouvé ce que vous cherchez.',
  'error.ServerError': 'Le serveur a eu un problème. Réessayez dans un instant.',
  'error.Network': 'Nous n’avons pas pu joindre le serveur. Vérifiez votre connexion et réessayez.',
  'error.Contract': 'Le serveur a envoyé une réponse inattendue. Réessayez plus tard.',
  'error.MissingClient': 'Cet élément n’est pas configuré : placez-le dans <amilia-activation-provider> ou appelez configure().',
  'error.Unknown': 'Un problème est survenu. Réessayez.',
};

export default fr;
