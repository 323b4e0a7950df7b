/**
 * The edit view's "Duyệt nội dung" side panel on every archive type: the
 * review state of the locale on screen, who submitted it and when, the latest
 * note (a curator's request for changes stands out, since the officer must act
 * on it), and the buttons the user's rights allow. The server decides; the
 * buttons only follow its rules so people are not offered what would be refused.
 */
import * as React from 'react';
import { Box, Button, Flex, Link, Loader, Typography } from '@strapi/design-system';
// Types only (erased in the build): @strapi/strapi/admin does not re-export the content manager's plugin types.
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { useForm, useNotification, useRBAC } from '@strapi/strapi/admin';
import { NavLink } from 'react-router-dom';
import { isArchiveUid } from '../../../content-model';
import { errorText } from '../shared/errors';
import { useText } from '../shared/use-text';
import { asError, type ReviewAction, type ReviewStatus, useReviewStatus, useReviewTransition } from './api';
import { DiffModal } from './DiffModal';
import { NoteDialog } from './NoteDialog';
import { queueLink } from './paths';
import { localeName, personName, StateBadge, useWhen } from './StateBadge';
import { vi } from './translations';

/** The panel description: none when creating an entry, or on a type outside the archive. */
export const ReviewPanel: PanelComponent = ({ model, documentId, document }) => {
  const { t } = useText(vi);
  const locale = (document as { locale?: string } | undefined)?.locale;
  if (!documentId || !document || !locale || !isArchiveUid(model)) return null;
  const version = (document as { updatedAt?: string }).updatedAt;
  return {
    title: t('di-san.review.panel.title'),
    content: <ReviewPanelContent uid={model} documentId={documentId} locale={locale} version={version} />,
  };
};

interface ContentProps {
  uid: string;
  documentId: string;
  locale: string;
  version?: string;
}

const ReviewPanelContent = ({ uid, documentId, locale, version }: ContentProps) => {
  const { t, language } = useText(vi);
  const when = useWhen();
  const { toggleNotification } = useNotification();
  // Undefined outside the edit view's form (never here, but the panel must not crash if it moves).
  const modified = useForm('ReviewPanel', (form) => form.modified, false) ?? false;
  const permissions = React.useMemo(
    () => [
      { action: 'plugin::content-manager.explorer.update', subject: uid },
      { action: 'plugin::content-manager.explorer.publish', subject: uid },
    ],
    [uid],
  );
  const { allowedActions } = useRBAC(permissions);
  const { data: status, isLoading, isError } = useReviewStatus({ uid, documentId, locale, version });
  const [transition, { isLoading: busy }] = useReviewTransition();
  const [dialog, setDialog] = React.useState<ReviewAction | null>(null);
  const [showDiff, setShowDiff] = React.useState(false);

  const run = async (action: ReviewAction, note: string): Promise<boolean> => {
    try {
      await transition({ uid, documentId, locale, action, note }).unwrap();
      toggleNotification({ type: 'success', message: t(`di-san.review.done.${action}`) });
      setDialog(null);
      return true;
    } catch (error) {
      toggleNotification({ type: 'danger', message: errorText(asError(error), language) });
      return false;
    }
  };

  if (isLoading) return <Loader small>{t('di-san.review.panel.loading')}</Loader>;
  if (isError || !status) return <Typography textColor="danger600">{t('di-san.review.panel.error')}</Typography>;

  const canSubmit = allowedActions.canUpdate && (status.state === 'draft' || status.state === 'changes-requested');
  const canJudge = allowedActions.canPublish && status.state === 'submitted';

  return (
    <Flex direction="column" alignItems="stretch" gap={3} width="100%" data-testid="di-san-review-panel">
      <Flex gap={2} wrap="wrap">
        <Typography variant="omega" textColor="neutral600">
          {localeName(locale, language)}
        </Typography>
        <StateBadge state={status.state} />
      </Flex>
      <Facts status={status} when={when} />
      <LatestNote status={status} />

      {canSubmit && modified && (
        <Typography variant="pi" textColor="warning600">
          {t('di-san.review.panel.unsaved')}
        </Typography>
      )}
      {canSubmit && (
        <Button fullWidth disabled={modified} onClick={() => setDialog('submit')}>
          {t('di-san.review.submit')}
        </Button>
      )}
      {canJudge && (
        <>
          <Button fullWidth variant="success" onClick={() => setDialog('approve')}>
            {t('di-san.review.approve')}
          </Button>
          <Button fullWidth variant="danger-light" onClick={() => setDialog('request-changes')}>
            {t('di-san.review.requestChanges')}
          </Button>
        </>
      )}
      <Button fullWidth variant="tertiary" onClick={() => setShowDiff(true)}>
        {t('di-san.review.viewChanges')}
      </Button>
      <Link tag={NavLink} to={queueLink({ uid })}>
        {t('di-san.review.panel.queueLink')}
      </Link>

      {dialog && (
        <NoteDialog action={dialog} localeLabel={localeName(locale, language)} busy={busy} onCancel={() => setDialog(null)} onConfirm={(note) => run(dialog, note)} />
      )}
      {showDiff && <DiffModal uid={uid} documentId={documentId} locale={locale} version={version} onClose={() => setShowDiff(false)} />}
    </Flex>
  );
};

const Facts = ({ status, when }: { status: ReviewStatus; when: (iso: string | null) => string }) => {
  const { t } = useText(vi);
  const someone = t('di-san.review.someone');
  return (
    <Flex direction="column" alignItems="stretch" gap={1}>
      {status.submittedBy && status.submittedAt && (
        <Typography variant="pi" textColor="neutral700">
          {t('di-san.review.panel.submittedBy', { name: personName(status.submittedBy, someone), when: when(status.submittedAt) })}
        </Typography>
      )}
      {status.updatedAt && (
        <Typography variant="pi" textColor="neutral600">
          {t('di-san.review.panel.updatedAt', { when: when(status.updatedAt) })}
        </Typography>
      )}
    </Flex>
  );
};

/** The last transition's note; a request for changes in the danger colours, so an officer cannot miss it. */
const LatestNote = ({ status }: { status: ReviewStatus }) => {
  const { t } = useText(vi);
  if (!status.note) return null;
  const comment = status.state === 'changes-requested';
  const name = personName(status.noteBy, t('di-san.review.someone'));
  return (
    <Box
      background={comment ? 'danger100' : 'neutral100'}
      borderColor={comment ? 'danger200' : 'neutral200'}
      padding={3}
      hasRadius
      role={comment ? 'alert' : undefined}
      data-testid="di-san-review-note"
    >
      <Typography variant="omega" fontWeight="bold" textColor={comment ? 'danger700' : 'neutral700'} tag="p">
        {comment ? t('di-san.review.panel.comment', { name }) : status.noteBy ? t('di-san.review.panel.note', { name }) : t('di-san.review.panel.noteAnonymous')}
      </Typography>
      <Typography tag="p" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
        {status.note}
      </Typography>
    </Box>
  );
};
