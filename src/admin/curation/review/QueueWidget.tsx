/**
 * Home-page widget "Chờ duyệt": how many records wait for a curator and how
 * many went back to their officers, each a link into the queue page.
 */
import { Flex, Link, Typography } from '@strapi/design-system';
import { Widget } from '@strapi/strapi/admin';
import { NavLink } from 'react-router-dom';
import { useText } from '../shared/use-text';
import { useReviewQueue } from './api';
import { queueLink } from './paths';
import { vi } from './translations';

const QueueWidget = () => {
  const { t } = useText(vi);
  // pageSize 1: only the counts are wanted.
  const { data, isLoading, isError } = useReviewQueue({ state: 'submitted', pageSize: 1 }, { refetchOnMountOrArgChange: true });
  if (isLoading) return <Widget.Loading />;
  if (isError || !data) return <Widget.Error />;
  const rows = [
    { state: 'submitted' as const, count: data.meta.counts.submitted, label: t('di-san.review.widget.submitted') },
    { state: 'changes-requested' as const, count: data.meta.counts['changes-requested'], label: t('di-san.review.widget.changes') },
  ];
  return (
    <Flex direction="column" alignItems="stretch" gap={4} data-testid="di-san-review-widget">
      {rows.map((row) => (
        <Link key={row.state} tag={NavLink} to={queueLink({ state: row.state })}>
          <Flex gap={3} alignItems="baseline">
            <Typography variant="alpha" textColor={row.state === 'submitted' ? 'primary600' : 'danger600'}>
              {row.count}
            </Typography>
            <Typography textColor="neutral800">{row.label}</Typography>
          </Flex>
        </Link>
      ))}
    </Flex>
  );
};

export default QueueWidget;
