/**
 * The "Chờ duyệt" page: the review queue as tabs (waiting, returned for
 * changes, drafts, mine) with the server's counts, a type filter and pages.
 * Everything it shows comes from the URL (?state=&uid=&page=&pageSize=), so
 * the edit view's panel, the list views and the home widget link straight to
 * a filtered list, and the browser's back button works.
 */
import { Box, Flex, Link, SingleSelect, SingleSelectOption, Table, Tabs, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Layouts, Page, Pagination, useQueryParams } from '@strapi/strapi/admin';
import { NavLink } from 'react-router-dom';
import { ARCHIVE_UIDS, isArchiveUid } from '../../../content-model';
import { editPath, typeName } from '../shared/types';
import { useText } from '../shared/use-text';
import { QUEUE_STATES, type QueueItem, type QueueState, useReviewQueue } from './api';
import { localeName, personName, StateBadge, useWhen } from './StateBadge';
import { vi } from './translations';

const PAGE_SIZE = 25;
/** Longer notes are cut in the table; the record's panel shows them whole. */
const NOTE_CHARS = 140;

interface Query {
  state?: string;
  uid?: string;
  page?: string;
  pageSize?: string;
}

const positive = (value: string | undefined, fallback: number) => {
  const number = Number(value);
  return Number.isInteger(number) && number >= 1 ? number : fallback;
};

const QueuePage = () => {
  const { t, language } = useText(vi);
  const [{ query }, setQuery] = useQueryParams<Query>();
  const state: QueueState = QUEUE_STATES.includes(query.state as QueueState) ? (query.state as QueueState) : 'submitted';
  const uid = query.uid && isArchiveUid(query.uid) ? query.uid : undefined;
  const page = positive(query.page, 1);
  const pageSize = Math.min(positive(query.pageSize, PAGE_SIZE), 100);
  const { data, isLoading, isError } = useReviewQueue({ state, uid, page, pageSize }, { refetchOnMountOrArgChange: true });

  const counts = data?.meta.counts;
  const tabLabel = (tab: QueueState) => {
    const label = t(`di-san.review.queue.tab.${tab}`);
    const count = tab === 'submitted' || tab === 'changes-requested' ? counts?.[tab] : undefined;
    return count === undefined ? label : `${label} (${count})`;
  };
  const total = data?.meta.pagination.total ?? 0;

  return (
    <Page.Main>
      <Page.Title>{t('di-san.review.queue.title')}</Page.Title>
      <Layouts.Header title={t('di-san.review.queue.title')} subtitle={t('di-san.review.queue.subtitle')} />
      <Layouts.Action
        startActions={
          <Box minWidth="16rem">
            <SingleSelect
              aria-label={t('di-san.review.queue.type')}
              value={uid ?? ''}
              onChange={(value: string | number) => setQuery({ uid: value ? String(value) : undefined, page: '1' } as Query)}
            >
              <SingleSelectOption value="">{t('di-san.review.queue.allTypes')}</SingleSelectOption>
              {ARCHIVE_UIDS.map((archiveUid) => (
                <SingleSelectOption key={archiveUid} value={archiveUid}>
                  {typeName(archiveUid, language)}
                </SingleSelectOption>
              ))}
            </SingleSelect>
          </Box>
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Tabs.Root value={state} onValueChange={(value) => setQuery({ state: value, page: '1' })}>
            <Tabs.List aria-label={t('di-san.review.queue.title')}>
              {QUEUE_STATES.map((tab) => (
                <Tabs.Trigger key={tab} value={tab}>
                  {tabLabel(tab)}
                </Tabs.Trigger>
              ))}
            </Tabs.List>
          </Tabs.Root>

          {isLoading ? (
            <Page.Loading />
          ) : isError || !data ? (
            <Typography textColor="danger600">{t('di-san.review.queue.error')}</Typography>
          ) : data.data.length === 0 ? (
            <Box background="neutral0" padding={6} hasRadius shadow="tableShadow">
              <Typography textColor="neutral600">{t('di-san.review.queue.empty')}</Typography>
            </Box>
          ) : (
            <QueueTable items={data.data} />
          )}

          {total > 0 && (
            <Pagination.Root pageCount={Math.ceil(total / pageSize)} total={total} defaultPageSize={PAGE_SIZE}>
              <Pagination.PageSize options={['10', '25', '50', '100']} />
              <Pagination.Links />
            </Pagination.Root>
          )}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

const COLUMNS = ['title', 'type', 'locale', 'state', 'submittedBy', 'when', 'note'] as const;

const QueueTable = ({ items }: { items: QueueItem[] }) => {
  const { t, language } = useText(vi);
  const when = useWhen();
  return (
    <Table colCount={COLUMNS.length} rowCount={items.length + 1}>
      <Thead>
        <Tr>
          {COLUMNS.map((column) => (
            <Th key={column}>
              <Typography variant="sigma">{t(`di-san.review.queue.col.${column}`)}</Typography>
            </Th>
          ))}
        </Tr>
      </Thead>
      <Tbody>
        {items.map((item) => (
          <Tr key={`${item.uid}:${item.documentId}:${item.locale}`}>
            <Td>
              <Link tag={NavLink} to={editPath(item.uid, item.documentId, item.locale)}>
                {item.title || t('di-san.review.queue.untitled')}
              </Link>
            </Td>
            <Td>
              <Typography>{typeName(item.uid, language)}</Typography>
            </Td>
            <Td>
              <Typography>{localeName(item.locale, language)}</Typography>
            </Td>
            <Td>
              <StateBadge state={item.state} />
            </Td>
            <Td>
              <Typography>{item.submittedBy ? personName(item.submittedBy, '') : ''}</Typography>
            </Td>
            <Td>
              <Typography>{when(item.submittedAt ?? item.updatedAt)}</Typography>
            </Td>
            <Td>
              <Box maxWidth="20rem" style={{ whiteSpace: 'normal' }}>
                <Typography variant="omega" textColor="neutral700">
                  {item.note && item.note.length > NOTE_CHARS ? `${item.note.slice(0, NOTE_CHARS)}…` : item.note}
                </Typography>
              </Box>
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};

export default QueuePage;
