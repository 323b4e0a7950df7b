/**
 * The one module that talks to a mail server. The archive runs without one
 * by default (many provincial installs have none): then nothing is sent and
 * callers show people what a mail would have told them. With SMTP_HOST set,
 * mail goes out through that server.
 *
 * Env: SMTP_HOST, SMTP_PORT (587; 465 with SMTP_SECURE), SMTP_SECURE
 * (true: TLS from the first byte; otherwise STARTTLS when the server offers
 * it), SMTP_USER and SMTP_PASSWORD (both or neither), SMTP_FROM (the sender;
 * default `Di Sản <no-reply@localhost>`).
 */
import nodemailer from 'nodemailer';

export interface SmtpConfig {
  host: string;
  port: number;
  secure: boolean;
  user: string | null;
  password: string | null;
  from: string;
}

/** The mail server from the environment, read when asked (tests set it per app), or null when none is configured. */
export function smtpConfigFromEnv(env: NodeJS.ProcessEnv = process.env): SmtpConfig | null {
  const host = (env.SMTP_HOST ?? '').trim();
  if (!host) return null;
  const secure = /^(1|true|yes)$/i.test(env.SMTP_SECURE ?? '');
  const port = Number(env.SMTP_PORT) > 0 ? Number(env.SMTP_PORT) : secure ? 465 : 587;
  return {
    host,
    port,
    secure,
    user: env.SMTP_USER?.trim() || null,
    password: env.SMTP_PASSWORD ?? null,
    from: env.SMTP_FROM?.trim() || 'Di Sản <no-reply@localhost>',
  };
}

export function isMailConfigured(): boolean {
  return smtpConfigFromEnv() !== null;
}

/** Sends one plain-text mail (UTF-8); throws when the server refuses or cannot be reached. */
export async function sendMail(config: SmtpConfig, mail: { to: string; subject: string; text: string }): Promise<void> {
  const transport = nodemailer.createTransport({
    host: config.host,
    port: config.port,
    secure: config.secure,
    auth: config.user ? { user: config.user, pass: config.password ?? '' } : undefined,
    // A dead server must not hold a visitor's page for long.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  try {
    await transport.sendMail({ from: config.from, to: mail.to, subject: mail.subject, text: mail.text });
  } finally {
    transport.close();
  }
}
