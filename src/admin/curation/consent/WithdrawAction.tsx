import { EyeStriked } from '@strapi/icons';
import { useRBAC } from '@strapi/strapi/admin';
import { uidOf } from '../../../content-model';
import { useText } from '../shared/use-text';
import { vi } from './text';
import { WithdrawForm } from './WithdrawForm';

const WITHDRAWABLE: string[] = [uidOf('person'), uidOf('media-item')];
const PUBLISH = 'plugin::content-manager.explorer.publish';

interface ActionProps {
  model: string;
  documentId?: string;
  document?: { locale?: string | null; consent?: { withdrawnOn?: string | null } | null };
}

/**
 * "Ghi nhận rút đồng ý" on a person's or media item's edit view, for curators
 * (the server requires the publish right on the type; others do not see it).
 * Once recorded, the action stays as a disabled reminder with the date.
 */
export const WithdrawAction = ({ model, documentId, document }: ActionProps) => {
  const { t } = useText(vi);
  // useRBAC names each result after its action: explorer.publish → canPublish.
  const { allowedActions } = useRBAC([{ action: PUBLISH, subject: model }]);
  if (!WITHDRAWABLE.includes(model) || !documentId || !allowedActions.canPublish) return null;
  const withdrawnOn = document?.consent?.withdrawnOn;
  if (withdrawnOn) return { label: t('di-san.consent.withdrawn', { date: withdrawnOn }), icon: <EyeStriked />, disabled: true, position: 'panel' as const };
  return {
    label: t('di-san.consent.action'),
    icon: <EyeStriked />,
    variant: 'danger' as const,
    position: 'panel' as const,
    dialog: {
      type: 'modal' as const,
      title: t('di-san.consent.title'),
      content: ({ onClose }: { onClose: () => void }) => (
        <WithdrawForm model={model} documentId={documentId} locale={document?.locale} onClose={onClose} />
      ),
    },
  };
};
