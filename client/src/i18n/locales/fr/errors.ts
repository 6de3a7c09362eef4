/**
 * Server errors worded by their stable `code` (ApiErrorSchema in @concordia/schema); `status.*` words an answer
 * that carries no code at all. The server's English `message` is shown only for a code this catalogue does not
 * know yet.
 */
export default {
  network: 'Le serveur ne répond pas. Vérifiez la connexion, puis réessayez.',
  'status.400': 'La demande est incorrecte.',
  'status.401': 'Votre session a pris fin : reconnectez-vous.',
  'status.403': 'Vous n’avez pas le droit de faire cela.',
  'status.404': 'Introuvable : cet élément n’existe pas ou plus.',
  'status.409': 'Impossible dans l’état actuel : la page a peut-être changé entre-temps.',
  'status.413': 'Le contenu envoyé est trop volumineux.',
  'status.429': 'Trop de tentatives : patientez un instant avant de réessayer.',
  'status.500': 'Erreur du serveur : réessayez dans un instant.',
  'status.503': 'Service momentanément indisponible : réessayez dans un instant.',
  invalid: 'Certains champs sont incorrects.',
  'validation-failed': 'Certains champs sont incorrects.',
  'invalid-credentials': 'Adresse électronique ou mot de passe incorrect.',
  'too-many-requests': 'Trop de tentatives : patientez un instant avant de réessayer.',
  unauthenticated: 'Votre session a pris fin : reconnectez-vous.',
  'session-expired': 'Votre session a expiré : reconnectez-vous.',
  forbidden: 'Vous n’avez pas le droit de faire cela.',
  'not-found': 'Introuvable : cet élément n’existe pas ou plus.',
  'secretariat-only': 'Réservé au Secrétariat.',
  'acted-on':
    'La Commission s’est prononcée sur ce projet : seul le Secrétariat peut encore en corriger le texte.',
  'read-only': 'Lecture seule : vous ne pouvez pas modifier ce texte.',
  'not-penholder': 'Seuls les auteurs principaux (porte-plume) peuvent faire cela.',
  'no-delegation': 'Votre compte ne représente aucune délégation.',
  'other-delegation': 'Vous ne pouvez agir que pour votre propre délégation.',
  'not-eligible': 'Délégation inconnue : seules les délégations du registre peuvent se porter coauteurs.',
  'observers-not-allowed':
    'Les observateurs ne peuvent se porter coauteurs à cette session que si le Secrétariat l’autorise.',
  'chair-draft': 'Ce projet est présenté par le Président : il n’a pas d’auteurs.',
  informal: 'Ce projet n’est pas encore déposé : on s’en porte coauteur une fois qu’il a une cote L.',
  frozen: 'La Commission s’est prononcée sur ce projet : la liste des auteurs est figée.',
  closed:
    'La liste des auteurs de ce projet est close : les auteurs principaux ou le Secrétariat doivent la rouvrir.',
  'already-sponsor': 'Votre délégation est déjà coauteur de ce projet.',
  'not-a-sponsor': 'Votre délégation n’est pas coauteur de ce projet.',
  'not-main-sponsor':
    'Seuls les auteurs principaux ou le Secrétariat peuvent ouvrir ou clore la liste des auteurs.',
  'bad-deadline': 'L’échéance n’est pas une date et une heure valides.',
  'deadline-past': 'L’échéance d’une procédure d’approbation tacite doit être dans le futur.',
  'already-running': 'Ce projet est déjà sous procédure d’approbation tacite : retirez-la d’abord.',
  'not-running': 'Ce projet n’est pas sous procédure d’approbation tacite.',
  expired: 'La procédure d’approbation tacite est terminée : le texte est approuvé.',
  'no-reason': 'Donnez le motif.',
  'penholder-breaks':
    'Les auteurs principaux retirent la procédure d’approbation tacite ; ils ne la rompent pas.',
  stale: 'Le paragraphe a changé depuis : rechargez la page.',
  'unknown-delegation': 'Délégation inconnue : {{name}}.',
  'duplicate-meeting': 'Cette séance existe déjà.',
} as const;
