/**
 * The audit log page ("Nhật ký"): filters, one page of entries, paging, and
 * the CSV of everything the filters match. The server lets only super admins
 * and curators read the log; anyone else gets its 403 as a plain message.
 */
import * as React from 'react';
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { Download } from '@strapi/icons';
import { isFetchError, Layouts, Page, useNotification } from '@strapi/strapi/admin';
import { todayInVietnam } from '../history/format';
import { errorText } from '../shared/errors';
import { useText } from '../shared/use-text';
import { type AuditEntry, useAuditApi } from './api';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { vi } from './messages';
import { auditQuery, EMPTY_FILTERS, type AuditFilterForm } from './query';

const PAGE_SIZE = 25;

type State =
  | { kind: 'loading' }
  | { kind: 'forbidden' }
  | { kind: 'ready'; entries: AuditEntry[]; total: number };

/** Saves a Blob under a file name, as a download. */
function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The browser reads the object URL after click() returns; release it a little later.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const AuditPage = () => {
  const { t, language } = useText(vi);
  const api = useAuditApi();
  const { toggleNotification } = useNotification();
  const [filters, setFilters] = React.useState<AuditFilterForm>(EMPTY_FILTERS);
  const [page, setPage] = React.useState(1);
  const [state, setState] = React.useState<State>({ kind: 'loading' });
  const [isLoading, setIsLoading] = React.useState(true);
  const [isExporting, setIsExporting] = React.useState(false);

  React.useEffect(() => {
    let isCurrent = true;
    setIsLoading(true);
    api.list(auditQuery(filters, { page, pageSize: PAGE_SIZE })).then(
      (result) => {
        if (isCurrent) setState({ kind: 'ready', entries: result.data, total: result.meta.pagination.total });
      },
      (error) => {
        if (!isCurrent) return;
        if (isFetchError(error) && error.status === 403) setState({ kind: 'forbidden' });
        else {
          toggleNotification({ type: 'danger', message: errorText(error, language) });
          setState((current) => (current.kind === 'loading' ? { kind: 'ready', entries: [], total: 0 } : current));
        }
      },
    ).finally(() => {
      if (isCurrent) setIsLoading(false);
    });
    return () => {
      isCurrent = false;
    };
  }, [api, filters, page, language, toggleNotification]);

  const downloadCsv = async () => {
    setIsExporting(true);
    try {
      const name = `audit-${todayInVietnam()}.csv`;
      saveBlob(await api.csv(auditQuery(filters)), name);
      toggleNotification({ type: 'success', message: t('di-san.audit.csv.done', { name }) });
    } catch (error) {
      toggleNotification({ type: 'danger', message: errorText(error, language) });
    } finally {
      setIsExporting(false);
    }
  };

  if (state.kind === 'forbidden') {
    return (
      <Page.Main>
        <Page.Title>{t('di-san.audit.menu')}</Page.Title>
        <Layouts.Header title={t('di-san.audit.title')} />
        <Layouts.Content>
          <Box background="neutral0" padding={8} shadow="filterShadow" hasRadius role="alert">
            <Flex direction="column" alignItems="flex-start" gap={2}>
              <Typography variant="beta" tag="h2">{t('di-san.audit.forbidden.title')}</Typography>
              <Typography>{t('di-san.audit.forbidden.body')}</Typography>
            </Flex>
          </Box>
        </Layouts.Content>
      </Page.Main>
    );
  }

  const total = state.kind === 'ready' ? state.total : 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  return (
    <Page.Main aria-busy={isLoading}>
      <Page.Title>{t('di-san.audit.menu')}</Page.Title>
      <Layouts.Header
        title={t('di-san.audit.title')}
        subtitle={t('di-san.audit.subtitle')}
        primaryAction={
          <Button startIcon={<Download />} loading={isExporting} onClick={downloadCsv}>
            {t('di-san.audit.csv')}
          </Button>
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <AuditFilters
            value={filters}
            onApply={(next) => {
              setFilters(next);
              setPage(1);
            }}
          />
          {state.kind === 'loading' ? (
            <Typography textColor="neutral600">{t('di-san.audit.loading')}</Typography>
          ) : state.entries.length === 0 ? (
            <Box background="neutral0" padding={6} hasRadius shadow="filterShadow">
              <Typography>{t('di-san.audit.empty')}</Typography>
            </Box>
          ) : (
            <AuditTable entries={state.entries} />
          )}
          <Flex justifyContent="space-between" alignItems="center">
            <Typography textColor="neutral600" aria-live="polite">{t('di-san.audit.total', { total })}</Typography>
            <Flex gap={3} alignItems="center">
              <Button variant="tertiary" disabled={page <= 1 || isLoading} onClick={() => setPage((current) => current - 1)}>
                {t('di-san.audit.previous')}
              </Button>
              <Typography>{t('di-san.audit.page', { page, pages })}</Typography>
              <Button variant="tertiary" disabled={page >= pages || isLoading} onClick={() => setPage((current) => current + 1)}>
                {t('di-san.audit.next')}
              </Button>
            </Flex>
          </Flex>
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

export default AuditPage;
