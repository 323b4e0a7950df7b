/**
 * Text of the curation pages. Each feature keeps a `vi` dictionary (the
 * archive's working language, and each message's default) and an `en` one key
 * for key; `useText(vi)` gives a formatter bound to the admin's language.
 */
import { useIntl } from 'react-intl';

export type Messages = Record<string, string>;

export function useText<M extends Messages>(vi: M) {
  const { formatMessage, locale } = useIntl();
  const t = (id: keyof M & string, values?: Record<string, string | number>) => formatMessage({ id, defaultMessage: vi[id] }, values);
  return { t, language: (locale.startsWith('vi') ? 'vi' : 'en') as 'vi' | 'en' };
}
