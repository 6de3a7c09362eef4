import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Controller, useForm, type FieldError, type FieldErrors, type Resolver } from 'react-hook-form';
import type { TFunction } from 'i18next';
import { Badge, Button, Checkbox, Group, NativeSelect, Radio, Textarea, TextInput } from '@mantine/core';
import type { ActionInput } from '@concordia/schema';
import {
  MeetingDetailSchema,
  RecordActionRequestSchema,
  RecordActionResponseSchema,
  type RecordedAction,
} from '@concordia/schema';
import { formatDate } from '../../i18n/dates';
import { confirm } from '../../lib/feedback';
import { useI18n, useMessages, type Key, type MessageKey } from '../../lib/i18n';
import { Pending } from '../../lib/page';
import { useAction, useApi } from '../../lib/query';
import { parseSpeakers } from './speakers';
import { VoteEntry, voteHasProblems, type VoteTexts } from './VoteEntry';

const TYPES = [
  'introduction',
  'programme-budget-implications',
  'statement',
  'oral-revision',
  'vote',
  'adoption',
  'rejection',
  'withdrawal',
  'deferral',
  'right-of-reply',
] as const;
type Type = (typeof TYPES)[number];

interface FormState {
  type: Type;
  speaker: string;
  onBehalfOf: string;
  document: string;
  timing: 'before-action' | 'after-action' | 'general';
  speakers: string;
  paragraph: string;
  text: string;
  method: 'without-vote' | 'vote';
  asOrallyRevised: boolean;
  until: string;
  on: 'draft' | 'amendment' | 'paragraph';
  target: string;
  vote: VoteTexts;
}

const EMPTY: FormState = {
  type: 'introduction',
  speaker: '',
  onBehalfOf: '',
  document: '',
  timing: 'before-action',
  speakers: '',
  paragraph: '',
  text: '',
  method: 'without-vote',
  asOrallyRevised: false,
  until: '',
  on: 'draft',
  target: '',
  vote: { yes: '', no: '', abstain: '' },
};

/** The form field that shows an issue of the request's schema (by the last step of the issue's path). */
const FIELD_OF: Record<string, keyof FormState> = {
  delegation: 'speaker',
  speaker: 'speaker',
  onBehalfOf: 'onBehalfOf',
  document: 'document',
  speakers: 'speakers',
  paragraph: 'paragraph',
  text: 'text',
  until: 'until',
  target: 'target',
};

/**
 * Checks the request the form would send against the server's own schema (RecordActionRequestSchema of
 * @concordia/schema), so that a missing speaker or paragraph is said beside its field before anything is sent.
 */
function recordResolver(meeting: number): Resolver<FormState> {
  return (values) => {
    const r = RecordActionRequestSchema.safeParse(requestFor(values, meeting));
    if (r.success) return { values, errors: {} };
    const errors: Record<string, FieldError> = {};
    for (const issue of r.error.issues) {
      const field = [...issue.path]
        .reverse()
        .map((k) => FIELD_OF[String(k)])
        .find(Boolean);
      const error = { type: issue.code, message: issue.message };
      errors[field ?? 'root'] = error;
    }
    return { values: {}, errors: errors as FieldErrors<FormState> };
  };
}

/** « auteurs » or "sponsors" (with or without the article) is the record's `sponsors`; anything else a group. */
function onBehalfOf(text: string): string {
  const v = text.trim();
  return /^(?:the |les |des )?(?:sponsors|auteurs)$/i.test(v) ? 'sponsors' : v;
}

/** The request body for the form: an action, or a pasted vote whose lists the server resolves. */
function requestFor(f: FormState, meeting: number): object {
  const base = { meeting };
  switch (f.type) {
    case 'introduction':
      return {
        action: {
          ...base,
          type: f.type,
          speaker: { delegation: f.speaker.trim() },
          ...(f.onBehalfOf.trim() && { onBehalfOf: onBehalfOf(f.onBehalfOf) }),
        },
      };
    case 'programme-budget-implications':
      return { action: { ...base, type: f.type, ...(f.document.trim() && { document: f.document.trim() }) } };
    case 'statement':
      return { action: { ...base, type: f.type, timing: f.timing, speakers: parseSpeakers(f.speakers) } };
    case 'right-of-reply':
      return { action: { ...base, type: f.type, speakers: parseSpeakers(f.speakers) } };
    case 'oral-revision':
      return { action: { ...base, type: f.type, paragraph: f.paragraph.trim(), text: f.text.trim() } };
    case 'vote':
      return {
        pastedVote: { ...base, on: f.on, ...(f.on !== 'draft' && { target: f.target.trim() }), ...f.vote },
      };
    case 'adoption':
      return {
        action: {
          ...base,
          type: f.type,
          method: f.method,
          ...(f.asOrallyRevised && { asOrallyRevised: true }),
        },
      };
    case 'deferral':
      return { action: { ...base, type: f.type, ...(f.until.trim() && { until: f.until.trim() }) } };
    default:
      return { action: { ...base, type: f.type } };
  }
}

/** One line of the record, in the interface language. */
function describe(a: RecordedAction, m: TFunction): string {
  const p = a.payload as unknown as ActionInput;
  const who = (s: { delegation: string }[]) => s.map((x) => x.delegation).join(', ');
  switch (p.type) {
    case 'introduction':
      return `${p.speaker.delegation}${p.onBehalfOf ? ` (${m('onBehalfOf')} ${p.onBehalfOf === 'sponsors' ? m('theSponsors') : p.onBehalfOf})` : ''}`;
    case 'statement':
      return `${m(`timing.${p.timing}`)}: ${who(p.speakers)}${p.observers ? `; ${who(p.observers)}` : ''}`;
    case 'right-of-reply':
      return who(p.speakers);
    case 'oral-revision':
      return `${p.paragraph}: « ${p.text} »`;
    case 'vote':
      return `${m(`on.${p.on}`)}${p.target ? ` ${p.target}` : ''} — ${a.tally ? `${a.tally.yes}-${a.tally.no}-${a.tally.abstain}` : p.counts ? `${p.counts.yes}-${p.counts.no}-${p.counts.abstain}` : ''}`;
    case 'adoption':
      return `${p.method === 'vote' ? m('byVote') : m('withoutVote')}${p.asOrallyRevised ? `, ${m('asOrallyRevised')}` : ''}`;
    case 'deferral':
      return p.until ?? '';
    default:
      return '';
  }
}

/** The Secretariat's form for one meeting: what happened to each draft, in order. */
export function MeetingRecordPage() {
  const { session, number } = useParams();
  const { t, lang } = useI18n();
  const m = useMessages('record');
  const { data, error } = useApi(`/sessions/${session}/meetings/${number}`, MeetingDetailSchema);
  const { run } = useAction(RecordActionResponseSchema);
  const [draftId, setDraftId] = useState('');
  const {
    register,
    handleSubmit,
    watch,
    reset,
    control,
    formState: { errors, isSubmitting },
  } = useForm<FormState>({ defaultValues: EMPTY, resolver: recordResolver(Number(number)) });
  const form = watch();

  useEffect(() => {
    if (!draftId && data) setDraftId(data.drafts[0]?.id ?? data.available[0]?.id ?? '');
  }, [data, draftId]);

  const submit = async (values: FormState) => {
    const saved = await run({
      path: `/drafts/${draftId}/actions`,
      body: requestFor(values, Number(number)),
      success: m('saved'),
    });
    if (saved) reset({ ...EMPTY, type: values.type, timing: values.timing });
  };
  const strike = async (a: RecordedAction) => {
    const what = `${m(`type.${a.type}` as Key<'record'>)} ${describe(a, m)}`;
    if (await confirm({ title: m('strike'), body: m('strikeConfirm', { what }), confirm: m('strike') }))
      await run({ path: `/actions/${a.id}/supersede`, body: {}, success: m('struck') });
  };
  const fieldError = (k: keyof FormState) => (errors[k] ? m('fieldInvalid') : undefined);

  if (!data) return <Pending error={error} />;
  const blocked =
    form.type === 'vote' && (voteHasProblems(form.vote) || (form.on !== 'draft' && !form.target.trim()));
  return (
    <section>
      <p>
        <Link to={`/sessions/${session}/meetings`}>← {m('meetings')}</Link>
      </p>
      <h1>
        {m('meeting')} {data.number}
        {data.date && ` — ${formatDate(data.date, lang)}`}
      </h1>
      {data.drafts.map((d) => (
        <article key={d.id} className="card" data-symbol={d.symbol}>
          <h2>
            {d.symbol}{' '}
            <Badge variant="light" className={`status-${d.status}`}>
              {t(`status.${d.status}` as MessageKey)}
            </Badge>
          </h2>
          <p className="title">{d.title[lang] ?? d.title.fr ?? d.title.en}</p>
          <ol className="record" data-testid={`record-${d.symbol}`}>
            {data.actions
              .filter((a) => a.draftId === d.id)
              .map((a) => (
                <li key={a.id} data-type={a.type}>
                  <strong>{m(`type.${a.type}` as Key<'record'>)}</strong> {describe(a, m)}{' '}
                  <Button size="compact-xs" variant="subtle" color="red" onClick={() => void strike(a)}>
                    {m('strike')}
                  </Button>
                </li>
              ))}
          </ol>
        </article>
      ))}
      <form className="card record-form" onSubmit={(e) => void handleSubmit(submit)(e)} noValidate>
        <Group align="flex-end">
          <NativeSelect
            label={m('draft')}
            name="draft"
            value={draftId}
            onChange={(e) => setDraftId(e.currentTarget.value)}
            data={data.available.map((d) => ({
              value: d.id,
              label: `${d.symbol} (${t(`status.${d.status}` as MessageKey)})`,
            }))}
          />
          <NativeSelect
            label={m('actionType')}
            data={TYPES.map((ty) => ({ value: ty, label: m(`type.${ty}`) }))}
            {...register('type')}
          />
        </Group>
        {form.type === 'introduction' && (
          <Group align="flex-start">
            <TextInput label={m('speaker')} error={fieldError('speaker')} {...register('speaker')} />
            <TextInput
              label={m('onBehalfOf')}
              description={m('onBehalfOfHelp')}
              error={fieldError('onBehalfOf')}
              {...register('onBehalfOf')}
            />
          </Group>
        )}
        {form.type === 'programme-budget-implications' && (
          <TextInput label={m('document')} error={fieldError('document')} {...register('document')} />
        )}
        {(form.type === 'statement' || form.type === 'right-of-reply') && (
          <>
            {form.type === 'statement' && (
              <NativeSelect
                label={m('timing')}
                data={(['before-action', 'after-action', 'general'] as const).map((ti) => ({
                  value: ti,
                  label: m(`timing.${ti}`),
                }))}
                {...register('timing')}
              />
            )}
            <Textarea
              label={m('speakers')}
              description={m('speakersHelp')}
              rows={4}
              error={fieldError('speakers')}
              {...register('speakers')}
            />
          </>
        )}
        {form.type === 'oral-revision' && (
          <>
            <TextInput label={m('paragraph')} error={fieldError('paragraph')} {...register('paragraph')} />
            <Textarea label={m('newText')} rows={3} error={fieldError('text')} {...register('text')} />
          </>
        )}
        {form.type === 'vote' && (
          <>
            <Group align="flex-start">
              <NativeSelect
                label={m('voteOn')}
                data={(['draft', 'amendment', 'paragraph'] as const).map((o) => ({
                  value: o,
                  label: m(`on.${o}`),
                }))}
                {...register('on')}
              />
              {form.on !== 'draft' && (
                <TextInput label={m('target')} error={fieldError('target')} {...register('target')} />
              )}
            </Group>
            <Controller
              control={control}
              name="vote"
              render={({ field }) => <VoteEntry texts={field.value} onChange={field.onChange} />}
            />
          </>
        )}
        {form.type === 'adoption' && (
          <Group>
            <Controller
              control={control}
              name="method"
              render={({ field }) => (
                <Radio.Group value={field.value} onChange={field.onChange} name="method" label={m('method')}>
                  <Group>
                    <Radio value="without-vote" label={m('withoutVote')} />
                    <Radio value="vote" label={m('byVote')} />
                  </Group>
                </Radio.Group>
              )}
            />
            <Checkbox label={m('asOrallyRevised')} {...register('asOrallyRevised')} />
          </Group>
        )}
        {form.type === 'deferral' && (
          <TextInput label={m('until')} error={fieldError('until')} {...register('until')} />
        )}
        {errors.root && (
          <p role="alert" className="error">
            {m('fieldInvalid')}
          </p>
        )}
        <Group mt="sm">
          <Button type="submit" disabled={!draftId || blocked} loading={isSubmitting}>
            {m('save')}
          </Button>
        </Group>
      </form>
    </section>
  );
}
