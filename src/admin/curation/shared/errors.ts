/**
 * The message a person can act on, from a failed admin API call: the
 * server's own (di-san routes answer "Vietnamese / English"), else the
 * browser's.
 */
import { isFetchError } from '@strapi/strapi/admin';

export function errorText(error: unknown, language: 'vi' | 'en' = 'vi'): string {
  let message: string | undefined;
  if (isFetchError(error)) {
    const body = error.response?.data as { error?: { message?: string } } | undefined;
    message = body?.error?.message ?? error.message;
  } else if (error instanceof Error) {
    message = error.message;
  }
  if (!message) return language === 'vi' ? 'Có lỗi, vui lòng thử lại.' : 'Something went wrong, please try again.';
  return pickLanguage(message, language);
}

/** "Tiếng Việt / English" → the half in the admin's language (whole message when it has no " / "). */
export function pickLanguage(message: string, language: 'vi' | 'en'): string {
  const parts = message.split(' / ');
  if (parts.length !== 2) return message;
  return language === 'vi' ? parts[0] : parts[1];
}
