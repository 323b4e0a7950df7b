/**
 * The "Lịch sử" side panel of an archive record's edit view: how many
 * versions the current locale has, the latest one, and a button opening the
 * history window. Nothing while an entry is being created (no documentId).
 */
import * as React from 'react';
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { ClockCounterClockwise } from '@strapi/icons';
import { useNotification, useQueryParams } from '@strapi/strapi/admin';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { isArchiveUid } from '../../../content-model';
import { errorText } from '../shared/errors';
import { useText } from '../shared/use-text';
import { useHistoryApi, type VersionSummary } from './api';
import { formatDateTime, localeName } from './format';
import { HistoryModal } from './HistoryModal';
import { vi } from './messages';
import { takeRestoredNote } from './restored-note';
import { useAuthorName, useKindName } from './words';

export const HistoryPanel: PanelComponent = ({ model, documentId, document }) => {
  const { t } = useText(vi);
  const [{ query }] = useQueryParams<{ plugins?: { i18n?: { locale?: string } } }>();
  if (!documentId || !isArchiveUid(model)) return null;
  const locale = (document?.locale as string | undefined) ?? query.plugins?.i18n?.locale ?? null;
  return {
    title: t('di-san.history.panel.title'),
    content: (
      <HistoryPanelContent
        key={`${documentId}:${locale}`}
        uid={model}
        documentId={documentId}
        locale={locale}
        savedAt={document?.updatedAt as string | undefined}
      />
    ),
  };
};

interface Props {
  uid: string;
  documentId: string;
  locale: string | null;
  /** The draft's last save: a save or publish in the form makes a version, so the list is read again. */
  savedAt?: string;
}

function HistoryPanelContent({ uid, documentId, locale, savedAt }: Props) {
  const { t, language } = useText(vi);
  const api = useHistoryApi();
  const { toggleNotification } = useNotification();
  const kindName = useKindName();
  const authorName = useAuthorName();
  const [versions, setVersions] = React.useState<VersionSummary[] | null>(null);
  const [isOpen, setIsOpen] = React.useState(false);

  const load = React.useCallback(() => {
    api.versions(uid, documentId, locale).then(setVersions, (error) => {
      setVersions([]);
      toggleNotification({ type: 'danger', message: errorText(error, language) });
    });
  }, [api, uid, documentId, locale, language, toggleNotification]);

  // eslint-disable-next-line react-hooks/exhaustive-deps -- savedAt is the reason to read again, not an input
  React.useEffect(load, [load, savedAt]);

  // A restore reloads the page; say what happened once it is back.
  React.useEffect(() => {
    const note = takeRestoredNote(uid, documentId, locale);
    if (note) toggleNotification({ type: 'success', message: t('di-san.history.restore.done', { from: note.restoredFrom, version: note.version }) });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per record
  }, [uid, documentId, locale]);

  const latest = versions?.[0];
  return (
    <Flex direction="column" alignItems="stretch" gap={2} width="100%">
      {versions === null ? (
        <Typography variant="pi" textColor="neutral600">{t('di-san.history.panel.loading')}</Typography>
      ) : versions.length === 0 ? (
        <Typography variant="pi" textColor="neutral600">{t('di-san.history.panel.none')}</Typography>
      ) : (
        <Box>
          <Typography variant="pi" fontWeight="bold" tag="p">
            {t('di-san.history.panel.count', { count: versions.length, locale: localeName(locale, language) })}
          </Typography>
          {latest && (
            <Typography variant="pi" textColor="neutral600" tag="p">
              {t('di-san.history.panel.latest', { kind: kindName(latest.kind), date: formatDateTime(latest.createdAt, language), author: authorName(latest.author) })}
            </Typography>
          )}
        </Box>
      )}
      <Button
        variant="secondary"
        fullWidth
        startIcon={<ClockCounterClockwise />}
        disabled={!versions?.length}
        onClick={() => {
          load();
          setIsOpen(true);
        }}
      >
        {t('di-san.history.panel.open')}
      </Button>
      {isOpen && versions && (
        <HistoryModal versions={versions} locale={locale} onClose={() => setIsOpen(false)} />
      )}
    </Flex>
  );
}
