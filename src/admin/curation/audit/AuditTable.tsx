/** One page of audit entries: number, Vietnam time, action, actor, target, address, short details. */
import { Flex, Link, Table, Tbody, Td, Th, Thead, Tr, Typography, VisuallyHidden } from '@strapi/design-system';
import { formatDateTime } from '../history/format';
import { useText } from '../shared/use-text';
import { actionName } from './actions';
import type { AuditEntry } from './api';
import { actorKind, recordTarget, shortDetails } from './describe';
import { vi } from './messages';

export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const { t, language } = useText(vi);
  const actorName = (entry: AuditEntry) => {
    if (entry.actorUser) return entry.actorUser.name;
    const { id, value } = actorKind(entry.actor);
    if (id === 'system') return t('di-san.audit.actor.system');
    if (id === 'anonymous') return t('di-san.audit.actor.anonymous');
    if (id === 'token') return t('di-san.audit.actor.token', { id: value });
    if (id === 'user') return t('di-san.audit.actor.user', { id: value });
    if (id === 'deleted') return t('di-san.audit.actor.deleted', { id: value });
    return value;
  };
  return (
    <Table colCount={7} rowCount={entries.length + 1}>
      <caption>
        <VisuallyHidden>{t('di-san.audit.table.caption')}</VisuallyHidden>
      </caption>
      <Thead>
        <Tr>
          <Th><Typography variant="sigma">{t('di-san.audit.column.seq')}</Typography></Th>
          <Th><Typography variant="sigma">{t('di-san.audit.column.at')}</Typography></Th>
          <Th><Typography variant="sigma">{t('di-san.audit.column.action')}</Typography></Th>
          <Th><Typography variant="sigma">{t('di-san.audit.column.actor')}</Typography></Th>
          <Th><Typography variant="sigma">{t('di-san.audit.column.target')}</Typography></Th>
          <Th><Typography variant="sigma">{t('di-san.audit.column.ip')}</Typography></Th>
          <Th><Typography variant="sigma">{t('di-san.audit.column.details')}</Typography></Th>
        </Tr>
      </Thead>
      <Tbody>
        {entries.map((entry) => {
          const record = recordTarget(entry.target, language);
          const details = shortDetails(entry.details);
          return (
            <Tr key={entry.seq} data-seq={entry.seq} data-action={entry.action}>
              <Td><Typography>{entry.seq}</Typography></Td>
              <Td>
                {/* Date over time: the table has seven columns to fit without scrolling sideways. */}
                <Flex direction="column" alignItems="flex-start">
                  <Typography>{formatDateTime(entry.at, language).split(' ')[0]}</Typography>
                  <Typography variant="pi" textColor="neutral600">{formatDateTime(entry.at, language).split(' ')[1]}</Typography>
                </Flex>
              </Td>
              <Td>
                <Flex direction="column" alignItems="flex-start">
                  <Typography fontWeight="semiBold">{actionName(entry.action, language)}</Typography>
                  <Typography variant="pi" textColor="neutral500">{entry.action}</Typography>
                </Flex>
              </Td>
              <Td>
                <Flex direction="column" alignItems="flex-start">
                  <Typography>{actorName(entry)}</Typography>
                  {entry.actorUser && <Typography variant="pi" textColor="neutral600">{entry.actorUser.email}</Typography>}
                </Flex>
              </Td>
              <Td>
                {record ? (
                  <Flex direction="column" alignItems="flex-start">
                    {/* The admin router lives under /admin (as the upload page's links). */}
                    <Link href={`/admin${record.path}`}>{record.typeName}</Link>
                    <Typography variant="pi" textColor="neutral600">{`${record.documentId}${record.locale ? ` · ${record.locale}` : ''}`}</Typography>
                  </Flex>
                ) : (
                  <Typography>{entry.target ?? '—'}</Typography>
                )}
              </Td>
              <Td><Typography textColor="neutral600">{entry.ip ?? '—'}</Typography></Td>
              <Td style={{ minWidth: '16rem', maxWidth: '24rem' }}>
                {/* Table cells do not wrap by default; details are the one free-length column. */}
                <Typography variant="pi" title={entry.details ? JSON.stringify(entry.details, null, 2) : undefined} style={{ whiteSpace: 'normal', overflowWrap: 'anywhere' }}>
                  {details || '—'}
                </Typography>
              </Td>
            </Tr>
          );
        })}
      </Tbody>
    </Table>
  );
}
