import { createContext, Fragment, useContext, useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { Button, Group, TextInput } from '@mantine/core';
import { formatCountdown, NEW_YORK, type DiffOp } from '@concordia/negotiation';
import { formatDateTime } from '../../i18n/dates';
import { confirm } from '../../lib/feedback';
import { useI18n, useMessages } from '../../lib/i18n';
import { useAction, useApi } from '../../lib/query';
import { SilenceSchema } from './types';

/** Footnote numbers of the text on the page, by label (`[^21]` is note 3 if it is the third referenced). */
export const FootnoteContext = createContext<Map<string, number>>(new Map());

const FOOTNOTE = /\[\^([^\]]+)\]/g;

/** Text whose footnote markers (`[^21]`) show as footnote calls, as in the printed document. */
export function Footnoted({ text }: { text: string }) {
  const numbers = useContext(FootnoteContext);
  const parts = text.split(FOOTNOTE);
  if (parts.length === 1) return <>{text}</>;
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 0 ? (
          <Fragment key={i}>{part}</Fragment>
        ) : (
          <sup key={i} className="fnref" data-footnote={part}>
            {numbers.get(part) ?? part}
          </sup>
        ),
      )}
    </>
  );
}

export function Diff({ ops }: { ops: readonly DiffOp[] }) {
  return (
    <span className="diff">
      {ops.map((o, i) =>
        o.op === 'equal' ? (
          <span key={i}>
            <Footnoted text={o.text} />
          </span>
        ) : o.op === 'insert' ? (
          <ins key={i}>
            <Footnoted text={o.text} />
          </ins>
        ) : (
          <del key={i}>
            <Footnoted text={o.text} />
          </del>
        ),
      )}
    </span>
  );
}

const BreakSchema = z.object({ reason: z.string().trim().min(1) });
const StartSchema = z.object({ deadline: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/) });

/** State of the silence procedure with a live countdown, the deadline in New York time and in the user's own. */
export function SilenceBanner({
  draftId,
  penholder,
  delegation,
}: {
  draftId: string;
  penholder: boolean;
  delegation: string | null;
}) {
  const { t, lang } = useI18n();
  const m = useMessages('negotiation');
  const { data, error } = useApi(`/drafts/${draftId}/silence?lang=${lang}`, SilenceSchema);
  const { run } = useAction();
  const [now, setNow] = useState(() => Date.now());
  const breakForm = useForm<z.infer<typeof BreakSchema>>({
    resolver: zodResolver(BreakSchema),
    defaultValues: { reason: '' },
  });
  const startForm = useForm<z.infer<typeof StartSchema>>({
    resolver: zodResolver(StartSchema),
    defaultValues: { deadline: '' },
  });
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  // The server's clock decides; the countdown runs from its answer.
  const [loadedAt, setLoadedAt] = useState(() => Date.now());
  useEffect(() => setLoadedAt(Date.now()), [data]);
  if (error || !data) return null;
  const invalidates = [['drafts', draftId]];
  const userZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const left = Math.max(0, (data.remainingMs ?? 0) - (now - loadedAt));
  const cancel = async () => {
    if (
      await confirm({
        title: m('withdrawSilence'),
        body: m('withdrawSilenceConfirm'),
        confirm: m('withdraw'),
      })
    )
      await run({ path: `/drafts/${draftId}/silence/cancel`, invalidates, success: m('si.cancelled') });
  };
  return (
    <section className={`card silence silence-${data.state}`} data-testid="silence" data-state={data.state}>
      <strong>{m('silence')}</strong>{' '}
      {data.state === 'under-silence' && data.deadline && (
        <>
          {m('si.under-silence')} {formatDateTime(data.deadline, lang, NEW_YORK)} (
          {formatDateTime(data.deadline, lang, userZone)}, {m('yourTime')}) — {m('remaining')}{' '}
          <span data-testid="countdown">{formatCountdown(left, lang)}</span>
          {delegation && !penholder && (
            <form
              noValidate
              onSubmit={(e) =>
                void breakForm.handleSubmit(async (v) => {
                  if (await run({ path: `/drafts/${draftId}/silence/break`, body: v, invalidates }))
                    breakForm.reset();
                })(e)
              }
            >
              <Group align="flex-end" gap="xs">
                <TextInput
                  label={m('reason')}
                  error={breakForm.formState.errors.reason && m('reasonRequired')}
                  {...breakForm.register('reason')}
                />
                <Button type="submit" color="red" variant="outline">
                  {m('breakSilence')}
                </Button>
              </Group>
            </form>
          )}
          {penholder && (
            <Button size="compact-sm" variant="outline" color="red" ml="xs" onClick={() => void cancel()}>
              {m('withdraw')}
            </Button>
          )}
        </>
      )}
      {data.state === 'broken' &&
        `${m('si.broken')} ${data.brokenBy ?? ''}${t('colon')} ${data.brokenReason ?? ''}`}
      {data.state === 'agreed' && `${m('si.agreed')} (${data.version ?? ''})`}
      {data.state === 'cancelled' && m('si.cancelled')}
      {penholder && data.state !== 'under-silence' && (
        <form
          noValidate
          onSubmit={(e) =>
            void startForm.handleSubmit((v) =>
              run({ path: `/drafts/${draftId}/silence?lang=${lang}`, body: v, invalidates }),
            )(e)
          }
        >
          <Group align="flex-end" gap="xs">
            <TextInput
              type="datetime-local"
              label={m('deadlineNY')}
              error={startForm.formState.errors.deadline && m('deadlineRequired')}
              {...startForm.register('deadline')}
            />
            <Button type="submit">{m('startSilence')}</Button>
          </Group>
        </form>
      )}
    </section>
  );
}
