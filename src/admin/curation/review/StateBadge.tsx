/** A review state as a coloured label, and the small formatting helpers the review views share. */
import { Status, Typography } from '@strapi/design-system';
import type { StatusProps } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { useText } from '../shared/use-text';
import type { Person, ReviewState } from './api';
import { vi } from './translations';

const VARIANTS: Record<ReviewState, StatusProps['variant']> = {
  draft: 'secondary',
  submitted: 'alternative',
  'changes-requested': 'danger',
  approved: 'success',
};

export const StateBadge = ({ state }: { state: ReviewState }) => {
  const { t } = useText(vi);
  return (
    <Status variant={VARIANTS[state]} size="S">
      <Typography tag="span" variant="omega" fontWeight="bold">
        {t(`di-san.review.state.${state}`)}
      </Typography>
    </Status>
  );
};

/** "12/03/2025, 14:05" in the admin's language; empty for no date. */
export function useWhen(): (iso: string | null | undefined) => string {
  const { formatDate } = useIntl();
  return (iso) => (iso ? formatDate(new Date(iso), { dateStyle: 'short', timeStyle: 'short' }) : '');
}

export function personName(person: Person | null | undefined, fallback: string): string {
  return person?.name || person?.email || fallback;
}

/** Locale codes as people read them. */
export function localeName(locale: string, language: 'vi' | 'en'): string {
  const names: Record<string, [string, string]> = { vi: ['Tiếng Việt', 'Vietnamese'], en: ['Tiếng Anh', 'English'] };
  const name = names[locale];
  return name ? name[language === 'vi' ? 0 : 1] : locale;
}
