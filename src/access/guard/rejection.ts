import { errors } from '@strapi/utils';

/**
 * A query the guard will not run. It reaches the caller as a 400 with both
 * languages in the message, so a researcher scripting against the API knows
 * what to change; it never says whether a hidden record exists.
 */
export class QueryRejected extends errors.ValidationError {
  constructor(vi: string, en: string, details?: Record<string, unknown>) {
    super(`${vi} / ${en}`, details);
    this.name = 'ValidationError';
  }
}
