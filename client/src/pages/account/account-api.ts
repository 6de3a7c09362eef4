import type { Lang } from '../../lib/i18n';

/** What a refused change says: the server's stable code (worded here per language) and its parameters. */
export interface Refusal {
  status: number;
  code: string | undefined;
  params: Record<string, string | number>;
  message: string;
  issues: { path: string; message: string }[];
}

/** Sends a change to the API; resolves with the JSON answer, or a Refusal. */
export async function send(method: 'POST' | 'PUT' | 'PATCH', path: string, body: unknown): Promise<unknown> {
  const res = await fetch(`/api${path}`, {
    method,
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = (res.status === 204 ? undefined : await res.json().catch(() => undefined)) as
    Record<string, unknown> | undefined;
  if (!res.ok) {
    const refusal: Refusal = {
      status: res.status,
      code: typeof json?.code === 'string' ? json.code : undefined,
      params: (json?.params as Refusal['params'] | undefined) ?? {},
      message: typeof json?.message === 'string' ? json.message : `HTTP ${res.status}`,
      issues: (json?.issues as Refusal['issues'] | undefined) ?? [],
    };
    throw refusal;
  }
  return json;
}

export const isRefusal = (e: unknown): e is Refusal =>
  typeof e === 'object' && e !== null && 'status' in e && 'message' in e;

const CODES: Record<string, Record<Lang, (p: Refusal['params']) => string>> = {
  'weak-password': {
    fr: () => 'Ce mot de passe est trop courant ou trop prévisible : choisissez-en un autre.',
    en: () => 'This password is too common or too guessable: choose another one.',
  },
  'wrong-current-password': {
    fr: () => 'Le mot de passe actuel est erroné.',
    en: () => 'The current password is wrong.',
  },
  'same-password': {
    fr: () => 'Le nouveau mot de passe doit être différent de l’actuel.',
    en: () => 'The new password must differ from the current one.',
  },
  'too-many-requests': {
    fr: (p) => `Trop de tentatives : réessayez dans ${Math.ceil(Number(p.retryAfter ?? 60) / 60)} minute(s).`,
    en: (p) => `Too many attempts: try again in ${Math.ceil(Number(p.retryAfter ?? 60) / 60)} minute(s).`,
  },
  'own-account': {
    fr: () => 'Vous ne pouvez ni désactiver votre propre compte ni changer son rôle.',
    en: () => 'You cannot disable your own account or change its role.',
  },
  'account-not-found': { fr: () => 'Ce compte n’existe plus.', en: () => 'This account no longer exists.' },
  'cross-origin': {
    fr: () => 'Requête refusée : elle ne vient pas de Concordia.',
    en: () => 'Request refused: it does not come from Concordia.',
  },
  'session-expired': {
    fr: () => 'Votre session a expiré : reconnectez-vous.',
    en: () => 'Your session has expired: sign in again.',
  },
  'invalid-token': {
    fr: () => 'Votre session a pris fin : reconnectez-vous.',
    en: () => 'Your session has ended: sign in again.',
  },
};

const ISSUES: Record<string, Record<Lang, string>> = {
  'passwords have at least 12 characters': {
    fr: 'le mot de passe compte au moins 12 caractères',
    en: 'passwords have at least 12 characters',
  },
};

/** The refusal in the interface language: by code when known, else the server's English with its paths. */
export function describeRefusal(e: unknown, lang: Lang): string {
  if (!isRefusal(e)) return lang === 'fr' ? 'Le serveur est injoignable.' : 'The server cannot be reached.';
  const byCode = e.code ? CODES[e.code]?.[lang] : undefined;
  if (byCode) return byCode(e.params);
  if (e.issues.length)
    return e.issues.map((i) => `${i.path} : ${ISSUES[i.message]?.[lang] ?? i.message}`).join(' ; ');
  return e.message;
}
