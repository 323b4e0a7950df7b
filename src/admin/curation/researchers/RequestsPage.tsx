/**
 * "Nhà nghiên cứu": researcher access requests, pending first, with approve
 * (confirm; then the one-time link when no mail server sent it) and decline
 * (a required reason).
 */
import * as React from 'react';
import { Box, Button, Dialog, Field, Flex, SingleSelect, SingleSelectOption, Table, Tbody, Td, Textarea, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Layouts, Page, isFetchError, useFetchClient } from '@strapi/strapi/admin';
import { errorText } from '../shared/errors';
import { useText } from '../shared/use-text';
import { decisionPath, listPath, type ApproveResult, type RequestStatus, type ResearcherRequest } from './api';
import { vi } from './text';

type Filter = RequestStatus | 'all';
type Pending = { request: ResearcherRequest; decision: 'approve' | 'decline' };

const RequestsPage = () => {
  const { t, language } = useText(vi);
  const { get, post } = useFetchClient();
  const [filter, setFilter] = React.useState<Filter>('pending');
  const [rows, setRows] = React.useState<ResearcherRequest[] | null>(null);
  const [problem, setProblem] = React.useState<string | null>(null);
  const [pending, setPending] = React.useState<Pending | null>(null);
  const [reason, setReason] = React.useState('');
  const [reasonError, setReasonError] = React.useState<string | undefined>();
  const [busy, setBusy] = React.useState(false);
  const [outcome, setOutcome] = React.useState<{ email: string; result: ApproveResult | { mailed: boolean; link?: null } } | null>(null);

  const load = React.useCallback(async () => {
    try {
      setRows((await get<{ data: ResearcherRequest[] }>(listPath(filter))).data.data);
      setProblem(null);
    } catch (error) {
      setProblem(isFetchError(error) && error.status === 403 ? t('di-san.researchers.forbidden') : errorText(error, language));
    }
  }, [get, filter, language]);

  React.useEffect(() => void load(), [load]);

  const decide = async () => {
    if (!pending) return;
    const trimmed = reason.trim();
    if (pending.decision === 'decline' && trimmed.length < 5) return setReasonError(t('di-san.researchers.reason.required'));
    setBusy(true);
    try {
      const response = await post<{ data: ApproveResult }>(decisionPath(pending.request.id, pending.decision), pending.decision === 'decline' ? { reason: trimmed } : {});
      setOutcome({ email: pending.request.email, result: response.data.data });
      setPending(null);
      setReason('');
      await load();
    } catch (error) {
      setReasonError(errorText(error, language));
    } finally {
      setBusy(false);
    }
  };

  const date = (iso: string) => new Date(iso).toLocaleString(language === 'vi' ? 'vi-VN' : 'en-GB');

  return (
    <Page.Main>
      <Page.Title>{t('di-san.researchers.title')}</Page.Title>
      <Layouts.Header title={t('di-san.researchers.title')} subtitle={t('di-san.researchers.subtitle')} />
      <Layouts.Content>
        <Box paddingBottom={4} maxWidth="20rem">
          <Field.Root name="di-san-researchers-status">
            <Field.Label>{t('di-san.researchers.status')}</Field.Label>
            <SingleSelect value={filter} onChange={(value: string | number) => setFilter(String(value) as Filter)}>
              {(['pending', 'approved', 'declined', 'all'] as const).map((status) => (
                <SingleSelectOption key={status} value={status}>{t(`di-san.researchers.status.${status}`)}</SingleSelectOption>
              ))}
            </SingleSelect>
          </Field.Root>
        </Box>
        {outcome ? (
          <Box role="status" background={outcome.result.link ? 'warning100' : 'success100'} padding={4} marginBottom={4} hasRadius>
            {outcome.result.link ? (
              <Flex direction="column" alignItems="flex-start" gap={2}>
                <Typography fontWeight="bold">{t('di-san.researchers.link.title')}</Typography>
                <Typography>{t('di-san.researchers.link.body', { email: outcome.email })}</Typography>
                <Typography tag="code" style={{ wordBreak: 'break-all' }}>{outcome.result.link}</Typography>
              </Flex>
            ) : (
              <Typography>{t(outcome.result.mailed ? 'di-san.researchers.mailed' : 'di-san.researchers.notMailed', { email: outcome.email })}</Typography>
            )}
            <Box paddingTop={2}>
              <Button variant="tertiary" onClick={() => setOutcome(null)}>{t('di-san.researchers.close')}</Button>
            </Box>
          </Box>
        ) : null}
        {problem ? (
          <Box role="alert" background="danger100" padding={4} hasRadius>
            <Typography textColor="danger700">{problem}</Typography>
          </Box>
        ) : rows === null ? (
          <Page.Loading />
        ) : rows.length === 0 ? (
          <Typography>{t('di-san.researchers.empty')}</Typography>
        ) : (
          <Table colCount={4} rowCount={rows.length + 1}>
            <Thead>
              <Tr>
                <Th><Typography variant="sigma">{t('di-san.researchers.column.person')}</Typography></Th>
                <Th><Typography variant="sigma">{t('di-san.researchers.column.purpose')}</Typography></Th>
                <Th><Typography variant="sigma">{t('di-san.researchers.column.date')}</Typography></Th>
                <Th><Typography variant="sigma">{t('di-san.researchers.column.decision')}</Typography></Th>
              </Tr>
            </Thead>
            <Tbody>
              {rows.map((row) => (
                <Tr key={row.id}>
                  <Td>
                    <Flex direction="column" alignItems="flex-start">
                      <Typography fontWeight="bold">{row.name}</Typography>
                      <Typography textColor="neutral600">{row.institution}</Typography>
                      <Typography textColor="neutral600">{row.email}</Typography>
                    </Flex>
                  </Td>
                  <Td style={{ whiteSpace: 'normal', maxWidth: '28rem' }}>
                    <Typography>{row.purpose}</Typography>
                  </Td>
                  <Td><Typography>{date(row.created_at)}</Typography></Td>
                  <Td>
                    {row.status === 'pending' ? (
                      <Flex gap={2}>
                        <Button onClick={() => setPending({ request: row, decision: 'approve' })}>{t('di-san.researchers.approve')}</Button>
                        <Button variant="danger-light" onClick={() => setPending({ request: row, decision: 'decline' })}>{t('di-san.researchers.decline')}</Button>
                      </Flex>
                    ) : (
                      <Flex direction="column" alignItems="flex-start">
                        <Typography>{t(`di-san.researchers.status.${row.status}`)}</Typography>
                        {row.decline_reason ? <Typography textColor="neutral600">{t('di-san.researchers.reasonShown', { reason: row.decline_reason })}</Typography> : null}
                      </Flex>
                    )}
                  </Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        )}
      </Layouts.Content>
      {pending ? (
        <Dialog.Root open onOpenChange={(open: boolean) => !open && !busy && (setPending(null), setReasonError(undefined))}>
          <Dialog.Content>
            <Dialog.Header>
              {t(pending.decision === 'approve' ? 'di-san.researchers.approve.title' : 'di-san.researchers.decline.title', { name: pending.request.name })}
            </Dialog.Header>
            <Dialog.Body>
              {pending.decision === 'approve' ? (
                <Typography tag="p">{t('di-san.researchers.approve.body', { email: pending.request.email })}</Typography>
              ) : (
                <Field.Root name="di-san-researchers-reason" required error={reasonError} width="100%">
                  <Field.Label>{t('di-san.researchers.reason')}</Field.Label>
                  <Textarea value={reason} maxLength={1000} onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setReason(event.target.value)} />
                  <Field.Error />
                </Field.Root>
              )}
              {pending.decision === 'approve' && reasonError ? <Typography textColor="danger700">{reasonError}</Typography> : null}
            </Dialog.Body>
            <Dialog.Footer>
              <Dialog.Cancel>
                <Button fullWidth variant="tertiary" disabled={busy}>{t('di-san.researchers.cancel')}</Button>
              </Dialog.Cancel>
              <Button fullWidth variant={pending.decision === 'approve' ? 'default' : 'danger'} loading={busy} onClick={decide}>
                {t(pending.decision === 'approve' ? 'di-san.researchers.approve' : 'di-san.researchers.decline')}
              </Button>
            </Dialog.Footer>
          </Dialog.Content>
        </Dialog.Root>
      ) : null}
    </Page.Main>
  );
};

export default RequestsPage;
