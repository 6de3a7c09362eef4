import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { MIN_PASSWORD_LENGTH } from '@concordia/schema';
import { useAuth } from '../../lib/auth';
import { useI18n, useMessages, type Lang } from '../../lib/i18n';
import { describeRefusal, send } from './account-api';
import { ACCOUNT_MESSAGES } from './messages';

/** "My account": the interface language saved with the account, and a change of one's own password. */
export function AccountPage() {
  const { user } = useAuth();
  const { t, lang, setLang } = useI18n();
  const m = useMessages(ACCOUNT_MESSAGES);
  const [langNote, setLangNote] = useState<string | null>(null);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  if (!user) return <p>{t('loading')}</p>;

  const chooseLanguage = async (l: Lang) => {
    setLang(l);
    setLangNote(null);
    try {
      await send('PUT', '/account/language', { language: l });
      setLangNote(ACCOUNT_MESSAGES.languageSaved[l]);
    } catch (e) {
      setLangNote(describeRefusal(e, l));
    }
  };

  const changePassword = async (e: FormEvent) => {
    e.preventDefault();
    if ([...next].length < MIN_PASSWORD_LENGTH) return setOutcome({ ok: false, text: m('tooShort') });
    if (next !== again) return setOutcome({ ok: false, text: m('mismatch') });
    setBusy(true);
    setOutcome(null);
    try {
      await send('PUT', '/account/password', { currentPassword: current, newPassword: next });
      setCurrent('');
      setNext('');
      setAgain('');
      setOutcome({ ok: true, text: m('passwordChanged') });
    } catch (err) {
      setOutcome({ ok: false, text: describeRefusal(err, lang) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section>
      <h1>{m('myAccount')}</h1>
      <div className="card">
        <p>
          <strong>{user.name}</strong> · {user.email} · {t(`role.${user.role}`)}
          {user.delegation ? ` · ${user.delegation}` : ''}
        </p>
        {user.role === 'secretariat' && (
          <p>
            <Link to="/accounts">{m('accounts')} →</Link>
          </p>
        )}
      </div>
      <div className="card">
        <label>
          {m('language')}
          <select value={lang} onChange={(e) => void chooseLanguage(e.target.value as Lang)}>
            <option value="fr">Français</option>
            <option value="en">English</option>
          </select>
        </label>
        {langNote && <p role="status">{langNote}</p>}
      </div>
      <form
        className="card"
        onSubmit={(e) => void changePassword(e)}
        style={{ display: 'grid', gap: '0.7rem', maxWidth: 420 }}
      >
        <h2 style={{ margin: 0 }}>{m('changePassword')}</h2>
        <label>
          {m('currentPassword')}
          <input
            type="password"
            autoComplete="current-password"
            required
            value={current}
            onChange={(e) => setCurrent(e.target.value)}
          />
        </label>
        <label>
          {m('newPassword')}
          <input
            type="password"
            autoComplete="new-password"
            required
            value={next}
            onChange={(e) => setNext(e.target.value)}
          />
        </label>
        <label>
          {m('repeatPassword')}
          <input
            type="password"
            autoComplete="new-password"
            required
            value={again}
            onChange={(e) => setAgain(e.target.value)}
          />
        </label>
        <p className="muted" style={{ margin: 0 }}>
          {m('passwordRule')}
        </p>
        <div>
          <button type="submit" disabled={busy}>
            {m('changePassword')}
          </button>
        </div>
        {outcome && (
          <p role={outcome.ok ? 'status' : 'alert'} className={outcome.ok ? undefined : 'error'}>
            {outcome.text}
          </p>
        )}
      </form>
    </section>
  );
}
