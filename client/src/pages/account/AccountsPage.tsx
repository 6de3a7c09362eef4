import { useState, type FormEvent } from 'react';
import { z } from 'zod';
import { AccountSchema, MIN_PASSWORD_LENGTH, type Account, type Role } from '@concordia/schema';
import { useAuth } from '../../lib/auth';
import { useI18n, useMessages } from '../../lib/i18n';
import { useApi } from '../../lib/use-api';
import { describeRefusal, send } from './account-api';
import { ACCOUNT_MESSAGES, fill } from './messages';

const ListSchema = z.array(AccountSchema);
const ROLES: Role[] = ['secretariat', 'delegate', 'observer'];

/** "Accounts" (Secretariat): create, disable or enable, reset a password, change role or delegation. */
export function AccountsPage() {
  const { user } = useAuth();
  const { t, lang } = useI18n();
  const m = useMessages(ACCOUNT_MESSAGES);
  const isSecretariat = user?.role === 'secretariat';
  const { data, error, reload } = useApi(isSecretariat ? '/users' : null, ListSchema);
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  const [editing, setEditing] = useState<{ id: string; kind: 'role' | 'password' } | null>(null);

  if (!user) return <p>{t('loading')}</p>;
  if (!isSecretariat)
    return (
      <p role="alert" className="error">
        {m('onlySecretariat')}
      </p>
    );
  if (error)
    return (
      <p role="alert" className="error">
        {describeRefusal(error, lang)}
      </p>
    );
  if (!data) return <p>{t('loading')}</p>;

  const act = async (run: () => Promise<unknown>, success: string) => {
    setNote(null);
    try {
      await run();
      setNote({ ok: true, text: success });
      setEditing(null);
      reload();
    } catch (e) {
      setNote({ ok: false, text: describeRefusal(e, lang) });
    }
  };
  const toggle = (a: Account) => {
    if (!a.disabledAt && !window.confirm(fill(m('confirmDisable'), { email: a.email }))) return;
    void act(() => send('PATCH', `/users/${a.id}`, { disabled: !a.disabledAt }), m('done'));
  };

  return (
    <section>
      <h1>{m('accounts')}</h1>
      {note && (
        <p role={note.ok ? 'status' : 'alert'} className={note.ok ? undefined : 'error'}>
          {note.text}
        </p>
      )}
      <div style={{ overflowX: 'auto' }}>
        <table className="audit">
          <thead>
            <tr>
              <th>{m('email')}</th>
              <th>{m('name')}</th>
              <th>{m('role')}</th>
              <th>{m('delegation')}</th>
              <th>{m('state')}</th>
              <th>{m('actions')}</th>
            </tr>
          </thead>
          <tbody>
            {data.map((a) => (
              <tr key={a.id}>
                <td>
                  {a.email} {a.id === user.id && <span className="muted">{m('you')}</span>}
                </td>
                <td>{a.name}</td>
                <td>{t(`role.${a.role}`)}</td>
                <td>{a.delegation ?? '—'}</td>
                <td>{a.disabledAt ? m('disabled') : m('active')}</td>
                <td>
                  {editing?.id === a.id ? (
                    editing.kind === 'role' ? (
                      <RoleForm
                        account={a}
                        onCancel={() => setEditing(null)}
                        onSave={(change) => {
                          if (!window.confirm(fill(m('confirmEdit'), { email: a.email }))) return;
                          void act(() => send('PATCH', `/users/${a.id}`, change), m('done'));
                        }}
                      />
                    ) : (
                      <PasswordForm
                        onCancel={() => setEditing(null)}
                        onSave={(newPassword) => {
                          if (!window.confirm(fill(m('confirmReset'), { email: a.email }))) return;
                          void act(() => send('PUT', `/users/${a.id}/password`, { newPassword }), m('done'));
                        }}
                      />
                    )
                  ) : (
                    <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.4rem' }}>
                      {a.id !== user.id && (
                        <button type="button" onClick={() => toggle(a)}>
                          {a.disabledAt ? m('enable') : m('disable')}
                        </button>
                      )}
                      <button type="button" onClick={() => setEditing({ id: a.id, kind: 'password' })}>
                        {m('resetPassword')}
                      </button>
                      {a.id !== user.id && (
                        <button type="button" onClick={() => setEditing({ id: a.id, kind: 'role' })}>
                          {m('edit')}
                        </button>
                      )}
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <CreateForm
        onCreated={() => {
          setNote({ ok: true, text: m('created') });
          reload();
        }}
      />
    </section>
  );
}

function RoleForm(props: {
  account: Account;
  onSave: (change: { role: Role; delegation: string | null }) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const m = useMessages(ACCOUNT_MESSAGES);
  const [role, setRole] = useState<Role>(props.account.role);
  const [delegation, setDelegation] = useState(props.account.delegation ?? '');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    props.onSave({ role, delegation: role === 'delegate' ? delegation.trim() : null });
  };
  return (
    <form onSubmit={submit} style={{ display: 'grid', gap: '0.4rem' }}>
      <label>
        {m('role')}
        <select value={role} onChange={(e) => setRole(e.target.value as Role)}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`role.${r}`)}
            </option>
          ))}
        </select>
      </label>
      {role === 'delegate' && (
        <label>
          {m('delegation')}
          <input required value={delegation} onChange={(e) => setDelegation(e.target.value)} />
        </label>
      )}
      <div style={{ display: 'flex', gap: '0.4rem' }}>
        <button type="submit">{m('save')}</button>
        <button type="button" onClick={props.onCancel}>
          {m('cancel')}
        </button>
      </div>
    </form>
  );
}

function PasswordForm(props: { onSave: (password: string) => void; onCancel: () => void }) {
  const m = useMessages(ACCOUNT_MESSAGES);
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if ([...password].length < MIN_PASSWORD_LENGTH) return setProblem(m('tooShort'));
    props.onSave(password);
  };
  return (
    <form onSubmit={submit} style={{ display: 'grid', gap: '0.4rem' }}>
      <label>
        {m('newPassword')}
        <input
          type="password"
          autoComplete="new-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </label>
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
      <div style={{ display: 'flex', gap: '0.4rem' }}>
        <button type="submit">{m('save')}</button>
        <button type="button" onClick={props.onCancel}>
          {m('cancel')}
        </button>
      </div>
    </form>
  );
}

function CreateForm({ onCreated }: { onCreated: () => void }) {
  const { t, lang } = useI18n();
  const m = useMessages(ACCOUNT_MESSAGES);
  const empty = { email: '', name: '', role: 'delegate' as Role, delegation: '', password: '' };
  const [form, setForm] = useState(empty);
  const [problem, setProblem] = useState<string | null>(null);
  const set = (k: keyof typeof empty) => (e: { target: { value: string } }) =>
    setForm({ ...form, [k]: e.target.value });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    if ([...form.password].length < MIN_PASSWORD_LENGTH) return setProblem(m('tooShort'));
    try {
      await send('POST', '/users', {
        email: form.email.trim(),
        name: form.name.trim(),
        role: form.role,
        password: form.password,
        ...(form.role === 'delegate' && { delegation: form.delegation.trim() }),
      });
      setForm(empty);
      onCreated();
    } catch (err) {
      setProblem(describeRefusal(err, lang));
    }
  };
  return (
    <form
      className="card"
      onSubmit={(e) => void submit(e)}
      style={{ display: 'grid', gap: '0.6rem', maxWidth: 480, marginTop: '1rem' }}
    >
      <h2 style={{ margin: 0 }}>{m('newAccount')}</h2>
      <label>
        {m('email')}
        <input type="email" required value={form.email} onChange={set('email')} />
      </label>
      <label>
        {m('name')}
        <input required value={form.name} onChange={set('name')} />
      </label>
      <label>
        {m('role')}
        <select value={form.role} onChange={set('role')}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`role.${r}`)}
            </option>
          ))}
        </select>
      </label>
      {form.role === 'delegate' && (
        <label>
          {m('delegation')}
          <input required value={form.delegation} onChange={set('delegation')} />
        </label>
      )}
      <label>
        {m('initialPassword')}
        <input
          type="password"
          autoComplete="new-password"
          required
          value={form.password}
          onChange={set('password')}
        />
      </label>
      <p className="muted" style={{ margin: 0 }}>
        {m('passwordRule')}
      </p>
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
      <div>
        <button type="submit">{m('create')}</button>
      </div>
    </form>
  );
}
