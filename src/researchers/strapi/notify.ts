import type { Core } from '@strapi/strapi';
import { sendMail, smtpConfigFromEnv } from '../../mail/smtp';
import type { Mail } from '../messages';

/**
 * Mails a researcher when a mail server is configured; false when none is
 * (the caller then shows what to do instead) or when sending failed (logged:
 * the request itself is saved either way, and the curator can still reach
 * the researcher).
 */
export async function notify(strapi: Core.Strapi, to: string, mail: Mail): Promise<boolean> {
  const config = smtpConfigFromEnv();
  if (!config) return false;
  try {
    await sendMail(config, { to, ...mail });
    return true;
  } catch (error) {
    strapi.log.error(`researchers: could not mail ${to}: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
}
