import { MIN_PASSWORD_LENGTH } from '@concordia/schema';
// Mozilla's list of the 50,000 most common passwords (from breach corpora), as Firefox Accounts uses it.
import commonPasswords from 'fxa-common-password-list';

/** Why a new password is refused, or null when it may be used. Length is the schema's; this adds what it can't. */
export function passwordProblem(password: string, account: { email: string; name: string }): string | null {
  if ([...password].length < MIN_PASSWORD_LENGTH)
    return `passwords have at least ${MIN_PASSWORD_LENGTH} characters`;
  const lower = password.toLowerCase();
  // "password2024!" and "iloveyouiloveyou" are as guessable as what they are built from.
  const core = lower.replace(/^[\d\W_]+|[\d\W_]+$/g, '');
  const n = lower.length / 2;
  const half = Number.isInteger(n) && lower.slice(0, n) === lower.slice(n) ? lower.slice(0, n) : '';
  const candidates = new Set([password, lower, core, half]);
  candidates.delete('');
  if ([...candidates].some((c) => commonPasswords.test(c)))
    return 'this password is among the most common ones; choose another';
  if (new Set(lower).size < 4) return 'this password repeats too few different characters';
  const local = account.email.toLowerCase().split('@')[0] ?? '';
  if ((local.length >= 4 && lower.includes(local)) || lower === account.name.toLowerCase())
    return 'a password may not contain the account’s e-mail or name';
  return null;
}
