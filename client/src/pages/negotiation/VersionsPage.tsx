import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { Badge, Button, Checkbox, Group, NativeSelect, Table, TextInput } from '@mantine/core';
import { footnoteNumbers } from '@concordia/resolution';
import { formatDateTime } from '../../i18n/dates';
import { confirm } from '../../lib/feedback';
import { useI18n, useMessages } from '../../lib/i18n';
import { ScrollTable } from '../../lib/page';
import { useAction, useApi } from '../../lib/query';
import { Diff, FootnoteContext, SilenceBanner } from './shared';
import { CompilationSchema, ComparisonSchema, VersionsSchema, type VersionView } from './types';

const SaveVersionSchema = z.object({ name: z.string().trim().min(1).max(200) });

/** Named versions: save, compare any two (or one with the current text) word by word, restore as a new change. */
export function VersionsPage() {
  const { id = '' } = useParams();
  const { lang } = useI18n();
  const m = useMessages('negotiation');
  const versions = useApi(`/drafts/${id}/versions`, VersionsSchema);
  const c = useApi(`/drafts/${id}/negotiation/compilation?lang=${lang}`, CompilationSchema);
  const [a, setA] = useState('');
  const [b, setB] = useState('live');
  const [all, setAll] = useState(false);
  const cmpPath = a ? `/drafts/${id}/versions/compare?a=${a}&b=${b}&lang=${lang}` : null;
  const cmp = useApi(cmpPath, ComparisonSchema);
  const { run } = useAction();
  const form = useForm<z.infer<typeof SaveVersionSchema>>({
    resolver: zodResolver(SaveVersionSchema),
    defaultValues: { name: '' },
  });
  const notes = useMemo(
    () => footnoteNumbers((cmp.data?.rows ?? []).flatMap((r) => r.diff.map((o) => o.text))),
    [cmp.data],
  );
  const penholder = c.data?.penholder ?? false;
  const label = (s: { label: string; labelFr: string } | null) =>
    s ? (lang === 'fr' ? s.labelFr : s.label) : '—';
  const nameOf = (v: string) =>
    v === 'live' ? m('live') : (versions.data?.find((x) => x.id === v)?.name ?? '—');
  const invalidates = [['drafts', id]];
  const restore = async (v: VersionView) => {
    if (
      await confirm({
        title: m('restore'),
        body: m('restoreConfirm', { name: `${v.seq}. ${v.name}` }),
        confirm: m('restore'),
      })
    )
      await run({ path: `/drafts/${id}/versions/${v.id}/restore`, invalidates, success: m('restored') });
  };
  const rows = (cmp.data?.rows ?? []).filter((r) => all || r.kind !== 'same');
  return (
    <section className="versions">
      <p>
        <Link to={`/drafts/${id}/negotiation`}>← {m('compilation')}</Link>
      </p>
      <h1>
        {m('versions')} {c.data && `— ${c.data.draft.symbol}`}
      </h1>
      {c.data && <SilenceBanner draftId={id} penholder={penholder} delegation={c.data.delegation} />}
      {penholder && (
        <form
          noValidate
          onSubmit={(e) =>
            void form.handleSubmit(async (v) => {
              if (
                await run({
                  path: `/drafts/${id}/versions`,
                  body: v,
                  invalidates,
                  success: m('versionSaved'),
                })
              )
                form.reset();
            })(e)
          }
        >
          <Group align="flex-end" gap="xs">
            <TextInput
              label={m('versionName')}
              error={form.formState.errors.name && m('nameRequired')}
              {...form.register('name')}
            />
            <Button type="submit">{m('saveVersion')}</Button>
          </Group>
        </form>
      )}
      <ol data-testid="versions" className="list">
        {versions.data?.map((v) => (
          <li key={v.id}>
            {v.seq}. {v.name} — {formatDateTime(v.createdAt, lang)}{' '}
            {v.agreed && <Badge variant="light">{m('agreedVersion')}</Badge>}{' '}
            {penholder && (
              <Button size="compact-sm" variant="outline" color="red" onClick={() => void restore(v)}>
                {m('restore')}
              </Button>
            )}
          </li>
        ))}
      </ol>
      <fieldset className="card">
        <legend>{m('compare')}</legend>
        <Group align="flex-end">
          {(
            [
              [a, setA, m('compareFrom')],
              [b, setB, m('compareTo')],
            ] as const
          ).map(([value, set, name]) => (
            <NativeSelect
              key={name}
              label={name}
              value={value}
              onChange={(e) => set(e.currentTarget.value)}
              data={[
                { value: '', label: '—' },
                { value: 'live', label: m('live') },
                ...(versions.data ?? []).map((v) => ({ value: v.id, label: `${v.seq}. ${v.name}` })),
              ]}
            />
          ))}
          <Checkbox
            label={m('showUnchanged')}
            checked={all}
            onChange={(e) => setAll(e.currentTarget.checked)}
          />
        </Group>
        {cmpPath && (
          <nav className="links">
            <a href={`/api${cmpPath}&format=html`}>{m('exportHtml')}</a>
            <a href={`/api${cmpPath}&format=docx`}>{m('exportDocx')}</a>
          </nav>
        )}
      </fieldset>
      {cmp.data && (
        <FootnoteContext.Provider value={notes}>
          {rows.length === 0 ? (
            <p className="muted" data-testid="no-changes">
              {m('noChanges')}
            </p>
          ) : (
            <ScrollTable label={m('changes')}>
              <Table className="comparison">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{nameOf(a)}</Table.Th>
                    <Table.Th>{nameOf(b)}</Table.Th>
                    <Table.Th>{m('changes')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((r, i) => (
                    <Table.Tr key={i} className={`row-${r.kind}`} data-kind={r.kind}>
                      <Table.Td>{label(r.left)}</Table.Td>
                      <Table.Td>{label(r.right)}</Table.Td>
                      <Table.Td>
                        <Diff ops={r.diff} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          )}
        </FootnoteContext.Provider>
      )}
    </section>
  );
}
