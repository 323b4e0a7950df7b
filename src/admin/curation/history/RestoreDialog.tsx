/**
 * Confirming a restore: it says that the version becomes a new draft that
 * goes to review and is never published by this. On success the edit view
 * reloads so the form shows the restored draft (its document query and form
 * state belong to the content-manager).
 */
import * as React from 'react';
import { Button, Dialog, Flex, Typography } from '@strapi/design-system';
import { WarningCircle } from '@strapi/icons';
import { useNotification } from '@strapi/strapi/admin';
import { errorText } from '../shared/errors';
import { useText } from '../shared/use-text';
import { useHistoryApi, type VersionSummary } from './api';
import { formatDateTime, localeName } from './format';
import { vi } from './messages';
import { leaveRestoredNote } from './restored-note';
import { useAuthorName, useKindName } from './words';

interface Props {
  version: VersionSummary;
  onCancel: () => void;
}

export function RestoreDialog({ version, onCancel }: Props) {
  const { t, language } = useText(vi);
  const api = useHistoryApi();
  const { toggleNotification } = useNotification();
  const kindName = useKindName();
  const authorName = useAuthorName();
  const [isRestoring, setIsRestoring] = React.useState(false);

  const restore = async () => {
    setIsRestoring(true);
    try {
      const result = await api.restore(version);
      leaveRestoredNote(version.uid, version.documentId, version.locale, result.restoredFrom, result.version);
      window.location.reload();
    } catch (error) {
      setIsRestoring(false);
      toggleNotification({ type: 'danger', message: errorText(error, language) });
      onCancel();
    }
  };

  return (
    <Dialog.Root open onOpenChange={(open) => !open && !isRestoring && onCancel()}>
      <Dialog.Content>
        <Dialog.Header>{t('di-san.history.restore.title', { id: version.id })}</Dialog.Header>
        <Dialog.Body>
          <Flex direction="column" alignItems="center" gap={3}>
            <WarningCircle width="24px" height="24px" fill="warning600" aria-hidden />
            <Typography tag="p" textAlign="center">
            {t('di-san.history.restore.body', {
              kind: kindName(version.kind),
              date: formatDateTime(version.createdAt, language),
              author: authorName(version.author),
              locale: localeName(version.locale, language),
            })}
            </Typography>
            <Typography tag="p" textAlign="center" textColor="neutral600">{t('di-san.history.restore.unsaved')}</Typography>
          </Flex>
        </Dialog.Body>
        <Dialog.Footer>
          <Dialog.Cancel>
            <Button variant="tertiary" fullWidth disabled={isRestoring}>{t('di-san.history.restore.cancel')}</Button>
          </Dialog.Cancel>
          <Button variant="default" fullWidth loading={isRestoring} onClick={restore}>
            {t('di-san.history.restore.confirm')}
          </Button>
        </Dialog.Footer>
      </Dialog.Content>
    </Dialog.Root>
  );
}
