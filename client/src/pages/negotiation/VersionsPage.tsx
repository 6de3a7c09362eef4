import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useI18n, useMessages } from '../../lib/i18n';
import { useApi } from '../../lib/use-api';
import { MESSAGES } from './messages';
import { Diff, post, SilenceBanner } from './shared';
import { CompilationSchema, ComparisonSchema, VersionsSchema } from './types';

/** Named versions: save, compare any two (or one with the current text) word by word, restore as a new change. */
export function VersionsPage() {
  const { id = '' } = useParams();
  const { lang } = useI18n();
  const m = useMessages(MESSAGES);
  const versions = useApi(`/drafts/${id}/versions`, VersionsSchema);
  const c = useApi(`/drafts/${id}/negotiation/compilation?lang=${lang}`, CompilationSchema);
  const [name, setName] = useState('');
  const [a, setA] = useState('');
  const [b, setB] = useState('live');
  const [problem, setProblem] = useState<string | null>(null);
  const cmpPath = a ? `/drafts/${id}/versions/compare?a=${a}&b=${b}&lang=${lang}` : null;
  const cmp = useApi(cmpPath, ComparisonSchema);
  const act = (p: Promise<unknown>) => {
    setProblem(null);
    p.then(
      () => (versions.reload(), cmp.reload()),
      (e: Error) => setProblem(e.message),
    );
  };
  const penholder = c.data?.penholder ?? false;
  const label = (s: { label: string; labelFr: string } | null) =>
    s ? (lang === 'fr' ? s.labelFr : s.label) : '—';
  return (
    <section className="versions">
      <p>
        <Link to={`/drafts/${id}/negotiation`}>← {m('compilation')}</Link>
      </p>
      <h1>
        {m('versions')} {c.data && `— ${c.data.draft.symbol}`}
      </h1>
      {c.data && <SilenceBanner draftId={id} penholder={penholder} delegation={c.data.delegation} />}
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
      {penholder && (
        <form onSubmit={(e) => (e.preventDefault(), act(post(`/drafts/${id}/versions`, { name })))}>
          <input
            aria-label={m('versionName')}
            placeholder={m('versionName')}
            value={name}
            onChange={(e) => setName(e.target.value)}
            required
          />
          <button type="submit">{m('saveVersion')}</button>
        </form>
      )}
      <ol data-testid="versions">
        {versions.data?.map((v) => (
          <li key={v.id}>
            {v.seq}. {v.name} — {new Date(v.createdAt).toLocaleString(lang)}{' '}
            {v.agreed && <span className="badge">{m('agreedVersion')}</span>}{' '}
            {penholder && (
              <button type="button" onClick={() => act(post(`/drafts/${id}/versions/${v.id}/restore`))}>
                {m('restore')}
              </button>
            )}
          </li>
        ))}
      </ol>
      <fieldset>
        <legend>{m('compare')}</legend>
        {[
          [a, setA],
          [b, setB],
        ].map(([value, set], i) => (
          <select
            key={i}
            aria-label={`${m('compare')} ${i + 1}`}
            value={value as string}
            onChange={(e) => (set as (s: string) => void)(e.target.value)}
          >
            <option value="">—</option>
            <option value="live">{m('live')}</option>
            {versions.data?.map((v) => (
              <option key={v.id} value={v.id}>
                {v.seq}. {v.name}
              </option>
            ))}
          </select>
        ))}
        {cmpPath && (
          <>
            {' '}
            <a href={`/api${cmpPath}&format=html`}>{m('exportHtml')}</a> ·{' '}
            <a href={`/api${cmpPath}&format=docx`}>{m('exportDocx')}</a>
          </>
        )}
      </fieldset>
      {cmp.data && (
        <table className="comparison">
          <tbody>
            {cmp.data.rows.map((r, i) => (
              <tr key={i} className={r.kind}>
                <td>{label(r.left)}</td>
                <td>{label(r.right)}</td>
                <td>
                  <Diff ops={r.diff} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
