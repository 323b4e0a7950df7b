import * as React from 'react';
import { Box, Button, Field, Flex, TextInput, Textarea, Typography } from '@strapi/design-system';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { errorText } from '../shared/errors';
import { useText } from '../shared/use-text';
import { vi } from './text';

/** Today in Vietnam (UTC+7), as the server checks "not in the future". */
const vietnamToday = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);

interface Props {
  model: string;
  documentId: string;
  locale?: string | null;
  onClose: () => void;
}

interface Result {
  mediaItems: string[];
  originalsKept: boolean;
}

/** The withdrawal form in the action's modal; on success the page reloads to show the recorded withdrawal. */
export function WithdrawForm({ model, documentId, locale, onClose }: Props) {
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const { t, language } = useText(vi);
  const [date, setDate] = React.useState(vietnamToday());
  const [withdrawnBy, setWithdrawnBy] = React.useState('');
  const [reason, setReason] = React.useState('');
  const [busy, setBusy] = React.useState(false);
  const [problem, setProblem] = React.useState<string | null>(null);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      const { data } = await post<{ data: Result }>(`/di-san/consent/${model}/${documentId}/withdraw`, {
        date,
        withdrawnBy,
        reason,
        ...(locale ? { locale } : {}),
      });
      toggleNotification({
        type: 'success',
        message: t('di-san.consent.done', { count: data.data.mediaItems.length, kept: String(data.data.originalsKept) }),
      });
      onClose();
      window.location.reload();
    } catch (error) {
      setProblem(errorText(error, language));
    } finally {
      setBusy(false);
    }
  };

  return (
    // The content manager puts a modal action's content straight in the dialog, without Modal.Body's padding.
    <Box tag="form" onSubmit={submit} padding={6}>
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Typography variant="omega">{t('di-san.consent.explain')}</Typography>
        <Field.Root name="date" required hint={t('di-san.consent.date.hint')}>
          <Field.Label>{t('di-san.consent.date')}</Field.Label>
          <TextInput type="date" value={date} max={vietnamToday()} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setDate(e.target.value)} />
          <Field.Hint />
        </Field.Root>
        <Field.Root name="withdrawnBy" required hint={t('di-san.consent.by.hint')}>
          <Field.Label>{t('di-san.consent.by')}</Field.Label>
          <TextInput value={withdrawnBy} maxLength={255} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setWithdrawnBy(e.target.value)} />
          <Field.Hint />
        </Field.Root>
        <Field.Root name="reason" required>
          <Field.Label>{t('di-san.consent.reason')}</Field.Label>
          <Textarea value={reason} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setReason(e.target.value)} />
        </Field.Root>
        {problem ? (
          <Box role="alert" background="danger100" padding={3} hasRadius>
            <Typography textColor="danger700">{problem}</Typography>
          </Box>
        ) : null}
        <Flex justifyContent="space-between">
          <Button variant="tertiary" type="button" onClick={onClose}>
            {t('di-san.consent.cancel')}
          </Button>
          <Button variant="danger" type="submit" loading={busy}>
            {t('di-san.consent.submit')}
          </Button>
        </Flex>
      </Flex>
    </Box>
  );
}
