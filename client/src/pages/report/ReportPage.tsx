import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { z } from 'zod';
import { useI18n, useMessages, type Lang } from '../../lib/i18n';
import { useApi } from '../../lib/use-api';

const ReportJsonSchema = z.object({
  text: z.string(),
  warnings: z.array(z.object({ path: z.string(), message: z.string() })),
});

const M = {
  title: { fr: 'Rapport de la Commission', en: 'Report of the Committee' },
  reportLanguage: { fr: 'Langue du rapport', en: 'Report language' },
  french: { fr: 'français', en: 'French' },
  english: { fr: 'anglais', en: 'English' },
  refresh: { fr: 'Actualiser', en: 'Refresh' },
  download: { fr: 'Télécharger', en: 'Download' },
  warnings: { fr: 'Éléments manquants dans le dossier', en: 'Missing from the record' },
  noWarnings: {
    fr: 'Le dossier contient tout ce que le rapport demande.',
    en: 'The record holds everything the report needs.',
  },
  preview: { fr: 'Aperçu', en: 'Preview' },
  liveNote: {
    fr: 'L’aperçu se met à jour toutes les 15 secondes.',
    en: 'The preview refreshes every 15 seconds.',
  },
};

/** The report on one agenda item: live preview from the record, what is missing, and the four downloads. */
export function ReportPage() {
  const { session, item } = useParams();
  const { lang: uiLang, t } = useI18n();
  const m = useMessages(M);
  const [lang, setLang] = useState<Lang>(uiLang);
  const base = `/api/sessions/${session}/agenda-items/${encodeURIComponent(item ?? '')}/report?lang=${lang}`;
  const { data, error, reload } = useApi(
    `/sessions/${session}/agenda-items/${encodeURIComponent(item ?? '')}/report?lang=${lang}&format=json`,
    ReportJsonSchema,
  );
  const [stamp, setStamp] = useState(0);

  useEffect(() => {
    const id = setInterval(() => {
      reload();
      setStamp((s) => s + 1);
    }, 15_000);
    return () => clearInterval(id);
  }, [reload]);

  return (
    <section className="report-page">
      <p>
        <Link to={`/sessions/${session}/items/${encodeURIComponent(item ?? '')}`}>
          ← {t('agendaItem')} {item}
        </Link>
      </p>
      <h1>
        {m('title')} — {t('agendaItem')} {item}
      </h1>
      <div className="toolbar">
        <label>
          {m('reportLanguage')}
          <select
            value={lang}
            onChange={(e) => setLang(e.target.value as Lang)}
            aria-label={m('reportLanguage')}
          >
            <option value="fr">{m('french')}</option>
            <option value="en">{m('english')}</option>
          </select>
        </label>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            reload();
            setStamp((s) => s + 1);
          }}
        >
          {m('refresh')}
        </button>
        {(['txt', 'html', 'docx', 'akn'] as const).map((f) => (
          <a key={f} className="button" href={`${base}&format=${f}&download=1`} download>
            {m('download')} {f.toUpperCase()}
          </a>
        ))}
      </div>
      {error && (
        <p role="alert" className="error">
          {error.message}
        </p>
      )}
      {data && (
        <div className="card" aria-label={m('warnings')}>
          <h2>{m('warnings')}</h2>
          {data.warnings.length === 0 ? (
            <p className="muted">{m('noWarnings')}</p>
          ) : (
            <ul className="warnings">
              {data.warnings.map((w, i) => (
                <li key={i}>
                  <code>{w.path}</code> — {w.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <h2>{m('preview')}</h2>
      <p className="muted">{m('liveNote')}</p>
      <iframe
        key={`${lang}-${stamp}`}
        title={m('preview')}
        className="report-preview"
        src={`${base}&format=html`}
      />
    </section>
  );
}
