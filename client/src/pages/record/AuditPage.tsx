import { Link, useParams } from 'react-router-dom';
import { Table } from '@mantine/core';
import { z } from 'zod';
import { AuditEntrySchema, type AuditEntry } from '@concordia/schema';
import { formatDateTime } from '../../i18n/dates';
import { i18next } from '../../i18n';
import { useI18n, useMessages, type Key, type MessageKey } from '../../lib/i18n';
import { Pending, ScrollTable } from '../../lib/page';
import { useApi } from '../../lib/query';

const ListSchema = z.array(AuditEntrySchema);

/** A document symbol named in a summary (`A/C.3/76/L.10/Rev.1`), which reads the same in every language. */
const SYMBOL = /\bA\/[A-Z0-9.]+(?:\/[A-Za-z0-9.]+)+/;

/**
 * What happened, in the interface language: the operation worded by the catalogue, with the document it was done
 * on. The server's summary is English prose; it is shown as it is in English only.
 */
function what(e: AuditEntry, lang: string, m: (k: Key<'record'>) => string): string {
  if (lang === 'en') return e.summary;
  const key = `op.${e.operation}` as Key<'record'>;
  if (!i18next.exists(key, { ns: 'record' })) return e.operation;
  const symbol = SYMBOL.exec(e.summary)?.[0];
  return symbol ? `${m(key)} — ${symbol}` : m(key);
}

/** Every change of the session's record, newest first (Secretariat only). */
export function AuditPage() {
  const { session } = useParams();
  const { t, lang } = useI18n();
  const m = useMessages('record');
  const { data, error } = useApi(`/audit?session=${session}&limit=500`, ListSchema);
  if (!data) return <Pending error={error} />;
  return (
    <section>
      <p>
        <Link to={`/sessions/${session}/meetings`}>← {m('meetings')}</Link>
      </p>
      <h1>{m('audit')}</h1>
      <ScrollTable label={m('audit')}>
        <Table className="audit">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{m('when')}</Table.Th>
              <Table.Th>{m('who')}</Table.Th>
              <Table.Th>{m('what')}</Table.Th>
              <Table.Th>{m('beforeAfter')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td>
                  <time dateTime={e.at}>{formatDateTime(e.at, lang)}</time>
                </Table.Td>
                <Table.Td>
                  {e.actor} ({t(`role.${e.actorRole}` as MessageKey, { defaultValue: e.actorRole })})
                </Table.Td>
                <Table.Td>{what(e, lang, m)}</Table.Td>
                <Table.Td>
                  <details>
                    <summary>{m('details')}</summary>
                    <pre>{JSON.stringify({ before: e.before, after: e.after }, null, 2)}</pre>
                  </details>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </section>
  );
}
