import { Link, useParams } from 'react-router-dom';
import { Badge, Button, Group } from '@mantine/core';
import {
  SponsorshipChangeRequestSchema,
  SponsorshipOpenRequestSchema,
  SponsorshipViewSchema,
  type SponsorshipView,
} from '@concordia/schema';
import { formatDateTime } from '../../i18n/dates';
import { ApiError } from '../../lib/api';
import { describeError } from '../../lib/errors';
import { confirm } from '../../lib/feedback';
import { useI18n, useMessages } from '../../lib/i18n';
import { Pending } from '../../lib/page';
import { useAction, useApi } from '../../lib/query';

/**
 * The list of sponsors of one draft, with one button for the signed-in delegate to sign their delegation on or
 * withdraw it, and the history of every change. Embeddable in the draft page. A change refreshes every view of
 * the draft (its header, the lists of drafts): see `useAction`.
 */
export function SponsorshipPanel({ draftId }: { draftId: string }) {
  const { t, lang } = useI18n();
  const m = useMessages('record');
  const te = useMessages('errors');
  const { data, error } = useApi(`/drafts/${draftId}/sponsorship?lang=${lang}`, SponsorshipViewSchema);
  const { run, busy } = useAction(SponsorshipViewSchema);

  if (!data) return error ? <Pending error={error} /> : null;
  const names = (list: SponsorshipView['main']) => list.map((d) => d.name[lang]).join(', ');
  const you = data.you;
  /** Why the button is not offered, in the interface language (the server gives the rule's code). */
  const whyNot = (v: { code?: string; reason?: string }) =>
    describeError(new ApiError(409, v.reason ?? '', [], v.code ?? null), te);
  const change = (c: 'join' | 'withdraw') =>
    run({
      path: `/drafts/${draftId}/sponsorship?lang=${lang}`,
      body: SponsorshipChangeRequestSchema.parse({ change: c }),
      success: c === 'join' ? m('joinedToast') : m('withdrewToast'),
    });
  const openClose = async () => {
    if (
      data.open &&
      !(await confirm({ title: m('close'), body: m('closeConfirm'), confirm: m('close'), danger: true }))
    )
      return;
    await run({
      path: `/drafts/${draftId}/sponsorship/open?lang=${lang}`,
      method: 'PUT',
      body: SponsorshipOpenRequestSchema.parse({ open: !data.open }),
      success: data.open ? m('listClosed') : m('listOpen'),
    });
  };
  return (
    <section className="card sponsorship" aria-labelledby="sponsors-heading" data-testid="sponsorship-panel">
      <h2 id="sponsors-heading">
        {m('sponsors')} ({data.count.total}){' '}
        <Badge variant="light" data-testid="list-state">
          {data.frozen ? m('listFrozen') : data.open ? m('listOpen') : m('listClosed')}
        </Badge>
      </h2>
      <p data-testid="main-sponsors">
        <strong>
          {m('mainSponsors')} ({data.count.main}){t('colon')}
        </strong>{' '}
        {names(data.main)}
      </p>
      <p data-testid="additional-sponsors">
        <strong>
          {m('additional')} ({data.count.additional}){t('colon')}
        </strong>{' '}
        {names(data.additional)}
      </p>
      {you.role === 'delegate' && you.delegation && (
        <Group gap="sm">
          {you.sponsor === null && you.mayJoin.ok && (
            <Button loading={busy} onClick={() => void change('join')}>
              {m('join')} ({you.delegation.name[lang]})
            </Button>
          )}
          {you.sponsor !== null && you.mayWithdraw.ok && (
            <Button variant="outline" loading={busy} onClick={() => void change('withdraw')}>
              {m('withdraw')} ({you.delegation.name[lang]})
            </Button>
          )}
          {you.sponsor === null && !you.mayJoin.ok && (
            <span className="muted" data-testid="why-not">
              {whyNot(you.mayJoin)}
            </span>
          )}
          {you.sponsor !== null && !you.mayWithdraw.ok && (
            <span className="muted" data-testid="why-not">
              {whyNot(you.mayWithdraw)}
            </span>
          )}
        </Group>
      )}
      {you.role === 'observer' && !you.mayJoin.ok && <p className="muted">{whyNot(you.mayJoin)}</p>}
      {you.mayOpenClose && (
        <Group mt="sm">
          <Button variant="outline" loading={busy} onClick={() => void openClose()}>
            {data.open ? m('close') : m('open')}
          </Button>
        </Group>
      )}
      <details open={data.history.length <= 10}>
        <summary>
          {m('history')} ({data.history.length})
        </summary>
        <ol className="history" data-testid="sponsorship-history">
          {data.history.map((h) => (
            <li key={h.seq}>
              <time dateTime={h.at}>{formatDateTime(h.at, lang)}</time> — {h.delegation.name[lang]}{' '}
              {m(h.change)}
              {h.recordedBy ? ` (${m('by')} ${h.recordedBy})` : ''}
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}

/** `/drafts/:id/sponsors`: the panel on a page of its own. */
export function SponsorsPage() {
  const { id } = useParams();
  const m = useMessages('record');
  if (!id) return null;
  return (
    <section>
      <p>
        <Link to={`/drafts/${id}`}>← {m('draft')}</Link>
      </p>
      <h1>{m('sponsors')}</h1>
      <SponsorshipPanel draftId={id} />
    </section>
  );
}
