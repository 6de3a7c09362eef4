import { Link, useParams } from 'react-router-dom';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { Badge, Button, Group, TextInput } from '@mantine/core';
import { CreateMeetingSchema, MeetingSummarySchema, type CreateMeeting } from '@concordia/schema';
import { formatDate } from '../../i18n/dates';
import { useAuth } from '../../lib/auth';
import { useI18n, useMessages, type Key, type MessageKey } from '../../lib/i18n';
import { Pending } from '../../lib/page';
import { useAction, useApi } from '../../lib/query';

const ListSchema = z.array(MeetingSummarySchema);

/** The Secretariat's form for a new meeting, checked with the server's own schema before it is sent. */
function NewMeeting({ session }: { session: string }) {
  const m = useMessages('record');
  const { run } = useAction(MeetingSummarySchema);
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<CreateMeeting>({
    resolver: zodResolver(CreateMeetingSchema),
    defaultValues: { kind: 'formal' },
  });
  const submit = async (v: CreateMeeting) => {
    if (await run({ path: `/sessions/${session}/meetings`, body: v, success: m('meetingCreated') }))
      reset({ kind: 'formal' });
  };
  return (
    <form onSubmit={(e) => void handleSubmit(submit)(e)} className="card" noValidate>
      <h2>{m('newMeeting')}</h2>
      <Group align="flex-start">
        <TextInput
          label={m('number')}
          type="number"
          min={1}
          error={errors.number && m('numberInvalid')}
          {...register('number', { valueAsNumber: true })}
        />
        <TextInput
          label={m('date')}
          type="date"
          error={errors.date && m('dateInvalid')}
          {...register('date')}
        />
      </Group>
      <Button type="submit" mt="sm" loading={isSubmitting}>
        {m('add')}
      </Button>
    </form>
  );
}

/** The Committee's meetings by date, with the drafts taken up at each. */
export function MeetingsPage() {
  const { session = '' } = useParams();
  const { t, lang } = useI18n();
  const m = useMessages('record');
  const { user } = useAuth();
  const { data, error } = useApi(`/sessions/${session}/meetings`, ListSchema);
  if (!data) return <Pending error={error} />;
  return (
    <section>
      <nav className="links">
        <Link to={`/sessions/${session}`}>
          ← {t('session')} {session}
        </Link>
        <Link to={`/sessions/${session}/status`}>{m('statusOfAction')}</Link>
        {user?.role === 'secretariat' && <Link to={`/sessions/${session}/audit`}>{m('audit')}</Link>}
      </nav>
      <h1>{m('meetings')}</h1>
      <ol className="meetings">
        {data.map((mt) => (
          <li key={`${mt.kind}-${mt.number}`} className="card" data-meeting={mt.number}>
            <h2>
              {mt.kind === 'formal' ? (
                <Link to={`/sessions/${session}/meetings/${mt.number}`}>
                  {m('meeting')} {mt.number}
                </Link>
              ) : (
                `${m('meeting')} ${mt.number} (${m(`kind.${mt.kind}` as Key<'record'>)})`
              )}
              {mt.date && ` — ${formatDate(mt.date, lang)}`}
            </h2>
            {mt.drafts.length === 0 ? (
              <p className="muted">{m('noDrafts')}</p>
            ) : (
              <ul className="list">
                {mt.drafts.map((d) => (
                  <li key={d.id}>
                    {d.symbol} — {d.title[lang] ?? d.title.fr ?? d.title.en}{' '}
                    <Badge variant="light" className={`status-${d.status}`}>
                      {t(`status.${d.status}` as MessageKey)}
                    </Badge>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
      {user?.role === 'secretariat' && <NewMeeting session={session} />}
    </section>
  );
}
