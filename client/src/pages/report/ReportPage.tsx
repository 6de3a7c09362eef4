import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Button, Group, NativeSelect } from '@mantine/core';
import { z } from 'zod';
import type { TFunction } from 'i18next';
import { i18next, isLang } from '../../i18n';
import { useI18n, useMessages, type Lang } from '../../lib/i18n';
import { useQuery } from '@tanstack/react-query';
import { ApiError } from '../../lib/api';
import { keyOf, useApi } from '../../lib/query';
import { Pending } from '../../lib/page';

const ReportJsonSchema = z.object({
  text: z.string(),
  warnings: z.array(z.object({ path: z.string(), message: z.string() })),
});

/**
 * A warning of the report in the interface language, recognised by its path in the record (the report package
 * words them in English): `meetings[5].date` is « la séance 5 n'a pas de date ». Unknown ones stay as given.
 */
export function wordWarning(w: { path: string; message: string }, t: TFunction): string {
  const meeting = /^meetings\[(\d+)\](?:\.(\w+))?$/.exec(w.path);
  if (meeting) {
    const key = `warn.meeting.${meeting[2] ?? 'missing'}`;
    if (i18next.exists(key, { ns: 'report' })) return t(key, { n: meeting[1] });
  }
  const last = /\.(\w+)$/.exec(w.path)?.[1];
  const key = `warn.${last}`;
  if (last && i18next.exists(key, { ns: 'report' })) return t(key);
  return w.message;
}

/** The report on one agenda item: live preview from the record, what is missing, and the four downloads. */
export function ReportPage() {
  const { session, item } = useParams();
  const { lang: uiLang, t } = useI18n();
  const m = useMessages('report');
  const [lang, setLang] = useState<Lang>(uiLang);
  const path = `/sessions/${session}/agenda-items/${encodeURIComponent(item ?? '')}/report?lang=${lang}`;
  const { data, error, reload } = useApi(`${path}&format=json`, ReportJsonSchema);
  // The preview's HTML, shown through `srcdoc`: the server forbids framing its pages (frame-ancestors 'none'),
  // and a sandboxed document without scripts is all a preview needs.
  const html = useQuery({
    queryKey: keyOf(`${path}&format=html`),
    queryFn: async () => {
      const res = await fetch(`/api${path}&format=html`, { credentials: 'same-origin' });
      if (!res.ok) throw new ApiError(res.status, `HTTP ${res.status}`);
      return res.text();
    },
  });
  const frame = useRef<HTMLIFrameElement>(null);
  /** Where the reader was in the preview, put back once the refreshed one has loaded. */
  const scroll = useRef({ x: 0, y: 0 });

  const refresh = () => {
    const w = frame.current?.contentWindow;
    if (w) scroll.current = { x: w.scrollX, y: w.scrollY };
    reload();
    // The new text replaces the old in the same frame; the position is put back once it has loaded.
    void html.refetch();
  };
  const refreshRef = useRef(refresh);
  refreshRef.current = refresh;
  useEffect(() => {
    const id = setInterval(() => refreshRef.current(), 15_000);
    return () => clearInterval(id);
  }, []);

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
      <Group className="toolbar" align="flex-end">
        <NativeSelect
          label={m('reportLanguage')}
          value={lang}
          onChange={(e) => {
            const v = e.currentTarget.value;
            if (isLang(v)) {
              scroll.current = { x: 0, y: 0 };
              setLang(v);
            }
          }}
          data={[
            { value: 'fr', label: m('french') },
            { value: 'en', label: m('english') },
          ]}
        />
        <Button variant="outline" onClick={refresh}>
          {m('refresh')}
        </Button>
        {(['txt', 'html', 'docx', 'akn'] as const).map((f) => (
          <a key={f} className="button" href={`/api${path}&format=${f}&download=1`} download>
            {m('download')} {f.toUpperCase()}
          </a>
        ))}
      </Group>
      {error && <Pending error={error} />}
      {data && (
        <section className="card" aria-label={m('warnings')}>
          <h2>{m('warnings')}</h2>
          {data.warnings.length === 0 ? (
            <p className="muted">{m('noWarnings')}</p>
          ) : (
            <ul className="warnings">
              {data.warnings.map((w, i) => (
                <li key={i} data-path={w.path}>
                  {wordWarning(w, m)}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      <h2>{m('preview')}</h2>
      <p className="muted">{m('liveNote')}</p>
      <iframe
        ref={frame}
        title={m('preview')}
        className="report-preview"
        sandbox="allow-same-origin"
        srcDoc={html.data ?? ''}
        onLoad={() => frame.current?.contentWindow?.scrollTo(scroll.current.x, scroll.current.y)}
      />
    </section>
  );
}
