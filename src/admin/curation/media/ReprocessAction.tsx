import * as React from 'react';
import { ArrowClockwise } from '@strapi/icons';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { uidOf } from '../../../content-model';
import { errorText } from '../shared/errors';
import { useText } from '../shared/use-text';
import { vi } from './text';

const MEDIA_ITEM = uidOf('media-item');

interface ActionProps {
  model: string;
  documentId?: string;
}

/** A content-manager document action (rendered with hooks by the content manager). */
export const ReprocessAction = ({ model, documentId }: ActionProps) => {
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const { t, language } = useText(vi);
  const [busy, setBusy] = React.useState(false);
  if (model !== MEDIA_ITEM || !documentId) return null;
  return {
    label: t('di-san.media.reprocess'),
    icon: <ArrowClockwise />,
    position: 'panel' as const,
    loading: busy,
    dialog: {
      type: 'dialog' as const,
      title: t('di-san.media.reprocess.title'),
      content: t('di-san.media.reprocess.body'),
      confirmLabel: t('di-san.media.reprocess.confirm'),
      onConfirm: async () => {
        setBusy(true);
        try {
          const { data } = await post<{ data: { jobIds: string[] } }>(`/di-san/media-items/${documentId}/reprocess`, {});
          const count = data.data.jobIds.length;
          toggleNotification({
            type: count ? 'success' : 'info',
            message: count ? t('di-san.media.reprocess.queued', { count }) : t('di-san.media.reprocess.nothing'),
          });
        } catch (error) {
          toggleNotification({ type: 'danger', message: errorText(error, language) });
        } finally {
          setBusy(false);
        }
      },
    },
  };
};
