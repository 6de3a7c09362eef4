/** Every message of the account pages, in French and English. */
export const ACCOUNT_MESSAGES = {
  myAccount: { fr: 'Mon compte', en: 'My account' },
  accounts: { fr: 'Comptes', en: 'Accounts' },
  name: { fr: 'Nom', en: 'Name' },
  email: { fr: 'Adresse électronique', en: 'E-mail' },
  role: { fr: 'Rôle', en: 'Role' },
  delegation: { fr: 'Délégation', en: 'Delegation' },
  state: { fr: 'État', en: 'State' },
  active: { fr: 'actif', en: 'active' },
  disabled: { fr: 'désactivé', en: 'disabled' },
  actions: { fr: 'Actions', en: 'Actions' },
  language: { fr: 'Langue de l’interface', en: 'Interface language' },
  languageSaved: { fr: 'Langue enregistrée avec votre compte.', en: 'Language saved with your account.' },
  changePassword: { fr: 'Changer de mot de passe', en: 'Change password' },
  currentPassword: { fr: 'Mot de passe actuel', en: 'Current password' },
  newPassword: { fr: 'Nouveau mot de passe', en: 'New password' },
  repeatPassword: { fr: 'Confirmer le nouveau mot de passe', en: 'Repeat the new password' },
  passwordRule: {
    fr: 'Au moins 12 caractères ; pas un mot de passe courant.',
    en: 'At least 12 characters; not a common password.',
  },
  tooShort: {
    fr: 'Le mot de passe compte au moins 12 caractères.',
    en: 'Passwords have at least 12 characters.',
  },
  mismatch: { fr: 'Les deux mots de passe diffèrent.', en: 'The two passwords differ.' },
  passwordChanged: {
    fr: 'Mot de passe modifié. Vos autres sessions ont été fermées.',
    en: 'Password changed. Your other sessions have been closed.',
  },
  save: { fr: 'Enregistrer', en: 'Save' },
  cancel: { fr: 'Annuler', en: 'Cancel' },
  create: { fr: 'Créer le compte', en: 'Create the account' },
  newAccount: { fr: 'Nouveau compte', en: 'New account' },
  created: { fr: 'Compte créé.', en: 'Account created.' },
  initialPassword: { fr: 'Mot de passe initial', en: 'Initial password' },
  disable: { fr: 'Désactiver', en: 'Disable' },
  enable: { fr: 'Réactiver', en: 'Enable' },
  resetPassword: { fr: 'Nouveau mot de passe…', en: 'Reset password…' },
  edit: { fr: 'Rôle et délégation…', en: 'Role and delegation…' },
  confirmDisable: {
    fr: 'Désactiver le compte {email} ? Ses sessions ouvertes seront fermées et il ne pourra plus se connecter.',
    en: 'Disable the account {email}? Its open sessions will end and it will no longer be able to sign in.',
  },
  confirmReset: {
    fr: 'Remplacer le mot de passe de {email} ? Ses sessions ouvertes seront fermées.',
    en: 'Replace the password of {email}? Its open sessions will end.',
  },
  confirmEdit: {
    fr: 'Changer le rôle ou la délégation de {email} ? Ses sessions ouvertes seront fermées.',
    en: 'Change the role or delegation of {email}? Its open sessions will end.',
  },
  done: { fr: 'Modification enregistrée.', en: 'Change saved.' },
  onlySecretariat: {
    fr: 'Seul le Secrétariat gère les comptes.',
    en: 'Only the Secretariat manages accounts.',
  },
  you: { fr: '(vous)', en: '(you)' },
} as const;

export const fill = (text: string, values: Record<string, string>) =>
  text.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');
