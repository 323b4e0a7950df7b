/**
 * "Chờ duyệt (N)" in each archive type's list view (the content manager's
 * listView.actions zone): N records of this type wait for review; the button
 * opens the queue page filtered to the type.
 */
import { LinkButton } from '@strapi/design-system';
import { NavLink, useParams } from 'react-router-dom';
import { isArchiveUid } from '../../../content-model';
import { useText } from '../shared/use-text';
import { useReviewQueue } from './api';
import { queueLink } from './paths';
import { vi } from './translations';

export const ListQueueButton = () => {
  // The zone passes no props; the list view's route is content-manager/collection-types/:slug.
  const model = useParams<{ slug: string }>().slug;
  if (!model || !isArchiveUid(model)) return null;
  return <QueueButton uid={model} />;
};

const QueueButton = ({ uid }: { uid: string }) => {
  const { t } = useText(vi);
  const { data } = useReviewQueue({ state: 'submitted', uid, pageSize: 1 }, { refetchOnMountOrArgChange: true });
  const count = data?.meta.counts.submitted ?? 0;
  return (
    <LinkButton tag={NavLink} to={queueLink({ uid, state: 'submitted' })} variant={count > 0 ? 'secondary' : 'tertiary'} size="S">
      {t('di-san.review.list.button', { count })}
    </LinkButton>
  );
};
