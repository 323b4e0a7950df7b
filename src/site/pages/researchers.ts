/**
 * The researcher pages (docs/researchers.md): the access request form, the
 * one-time set-password page, sign-in, and the account page where tokens are
 * made and revoked. The only site pages that take a POST, so each POST must
 * come from the site's own origin (Origin, else Referer, header), and the
 * session cookie is SameSite=Strict and HttpOnly: another site can neither
 * send these forms for a visitor nor read the answer.
 */
import type { Core } from '@strapi/strapi';
import { isMailConfigured } from '../../mail/smtp';
import { parseAccessRequest, passwordProblem } from '../../researchers/form';
import { createRateLimiter, positiveInt } from '../../researchers/rate-limit';
import { isSecretShaped, SET_PASSWORD_PREFIX } from '../../researchers/token';
import { checkPassword, findUser, isActiveResearcher } from '../../researchers/strapi/accounts';
import { requestOfCode, submitRequest, usePasswordCode } from '../../researchers/strapi/requests';
import { createToken, listTokens, revokeToken, TokenLimitError, MAX_ACTIVE_TOKENS } from '../../researchers/strapi/tokens';
import { appendAudit } from '../../curation/audit/strapi/append';
import type { Html } from '../html';
import { researcherPath, type ResearcherView } from '../routes';
import type { SiteCtx } from '../respond';
import type { PageContext, PageMeta } from '../views/layout';
import { researcherText } from '../views/researcher-text';
import { accountBody, messageBody, receivedBody, requestForm, setPasswordForm, signInForm } from '../views/researchers';
import { isSameOrigin } from '../origin';

export interface ResearcherCtx extends SiteCtx {
  ip?: string;
  request: { body?: unknown };
  cookies: {
    get(name: string, options?: { signed?: boolean }): string | undefined;
    set(name: string, value: string | null, options?: Record<string, unknown>): unknown;
  };
}

export type ResearcherAnswer = { status: number; meta: PageMeta; body: Html } | { redirect: string };

const SESSION = 'dsr_session';
const SESSION_HOURS = 8;

export function createResearcherPages(strapi: Core.Strapi, env: NodeJS.ProcessEnv = process.env) {
  // Per IP, in this process's memory (docs/researchers.md): accepted requests an hour, sign-in attempts per ten minutes.
  const requests = createRateLimiter({ limit: positiveInt(env.RESEARCHER_REQUESTS_PER_HOUR, 5), windowMs: 3_600_000 });
  const signIns = createRateLimiter({ limit: 20, windowMs: 600_000 });
  const tokenRate = positiveInt(env.RESEARCHER_TOKEN_RATE_LIMIT, 120);

  const meta = (page: PageContext, view: ResearcherView, title: string): PageMeta => ({
    title,
    description: title,
    path: researcherPath(page.locale, view),
    alternates: { vi: researcherPath('vi', view), en: researcherPath('en', view) },
    noindex: true,
  });
  const answer = (page: PageContext, view: ResearcherView, title: string, body: Html, status = 200): ResearcherAnswer => ({ status, meta: meta(page, view, title), body });
  const bodyOf = (ctx: ResearcherCtx) => (ctx.request.body && typeof ctx.request.body === 'object' ? (ctx.request.body as Record<string, unknown>) : {});
  const str = (value: unknown) => (typeof value === 'string' ? value : '');

  async function sessionUser(ctx: ResearcherCtx) {
    const value = ctx.cookies.get(SESSION, { signed: true });
    const match = /^(\d+)\.(\d+)$/.exec(value ?? '');
    if (!match || Number(match[2]) < Date.now()) return null;
    const user = await findUser(strapi, Number(match[1]));
    return isActiveResearcher(user) ? user : null;
  }
  const cookieOptions = (ctx: ResearcherCtx) => ({ signed: true, httpOnly: true, sameSite: 'strict', secure: ctx.protocol === 'https', path: '/', overwrite: true });

  async function request(ctx: ResearcherCtx, page: PageContext): Promise<ResearcherAnswer> {
    const t = researcherText(page.locale);
    const mail = isMailConfigured();
    if (ctx.method !== 'POST') return answer(page, 'request', t.requestTitle, requestForm(page, { isMailConfigured: mail }));
    const form = parseAccessRequest(bodyOf(ctx));
    if (!form.ok && 'isBot' in form) return answer(page, 'request', t.receivedTitle, receivedBody(page, { mailed: false, isMailConfigured: mail }));
    if (!form.ok) return answer(page, 'request', t.requestTitle, requestForm(page, { isMailConfigured: mail, value: form.value, problems: form.problems }), 400);
    if (!requests.take(ctx.ip ?? '').allowed) return answer(page, 'request', t.requestTitle, messageBody(t.requestTitle, t.tooMany), 429);
    const { mailed } = await submitRequest(strapi, form.value, { locale: page.locale, ip: ctx.ip ?? null });
    return answer(page, 'request', t.receivedTitle, receivedBody(page, { mailed, isMailConfigured: mail }));
  }

  async function setPassword(ctx: ResearcherCtx, page: PageContext): Promise<ResearcherAnswer> {
    const t = researcherText(page.locale);
    const code = ctx.method === 'POST' ? str(bodyOf(ctx).code) : str(ctx.query.code);
    const bad = () => answer(page, 'set-password', t.setPasswordTitle, messageBody(t.setPasswordTitle, t.badLink), 404);
    if (!isSecretShaped(code, SET_PASSWORD_PREFIX) || !(await requestOfCode(strapi, code))) return bad();
    if (ctx.method !== 'POST') return answer(page, 'set-password', t.setPasswordTitle, setPasswordForm(page, { code }));
    const body = bodyOf(ctx);
    const problem = passwordProblem(body.password, body.confirmation);
    if (problem) return answer(page, 'set-password', t.setPasswordTitle, setPasswordForm(page, { code, problem }), 400);
    if (!(await usePasswordCode(strapi, code, str(body.password)))) return bad();
    return answer(page, 'sign-in', t.signInTitle, signInForm(page, { note: t.passwordSet }));
  }

  async function signIn(ctx: ResearcherCtx, page: PageContext): Promise<ResearcherAnswer> {
    const t = researcherText(page.locale);
    if (ctx.method !== 'POST') {
      if (await sessionUser(ctx)) return { redirect: researcherPath(page.locale, 'account') };
      return answer(page, 'sign-in', t.signInTitle, signInForm(page, {}));
    }
    const body = bodyOf(ctx);
    const email = str(body.email).trim().slice(0, 254);
    if (!signIns.take(ctx.ip ?? '').allowed) return answer(page, 'sign-in', t.signInTitle, messageBody(t.signInTitle, t.tooMany), 429);
    const user = await checkPassword(strapi, email, str(body.password));
    if (!isActiveResearcher(user)) {
      await appendAudit(strapi, { action: 'researcher.sign-in-failed', actor: 'anonymous', ip: ctx.ip ?? null, target: null, details: { email } });
      return answer(page, 'sign-in', t.signInTitle, signInForm(page, { email, failed: true }), 401);
    }
    await appendAudit(strapi, { action: 'researcher.sign-in', actor: `user:${user.id}`, ip: ctx.ip ?? null, target: null, details: { user: user.id, email: user.email } });
    ctx.cookies.set(SESSION, `${user.id}.${Date.now() + SESSION_HOURS * 3_600_000}`, cookieOptions(ctx));
    return { redirect: researcherPath(page.locale, 'account') };
  }

  async function account(ctx: ResearcherCtx, page: PageContext): Promise<ResearcherAnswer> {
    const t = researcherText(page.locale);
    const user = await sessionUser(ctx);
    if (!user) return { redirect: researcherPath(page.locale, 'sign-in') };
    const show = async (extra: { newSecret?: string; problem?: string } = {}, status = 200) =>
      answer(page, 'account', t.accountTitle, accountBody(page, { email: user.email, tokens: await listTokens(strapi, user.id), rateLimit: tokenRate, ...extra }), status);
    if (ctx.method !== 'POST') return show();
    const body = bodyOf(ctx);
    const ip = ctx.ip ?? null;
    switch (str(body.action)) {
      case 'create':
        try {
          const { secret } = await createToken(strapi, { userId: user.id, label: str(body.label), ip });
          return show({ newSecret: secret });
        } catch (error) {
          if (error instanceof TokenLimitError) return show({ problem: t.tooManyTokens(MAX_ACTIVE_TOKENS) }, 409);
          throw error;
        }
      case 'revoke':
        await revokeToken(strapi, { userId: user.id, tokenId: Number(body.id), ip });
        return { redirect: researcherPath(page.locale, 'account') };
      case 'sign-out':
        ctx.cookies.set(SESSION, null, cookieOptions(ctx));
        return { redirect: researcherPath(page.locale, 'sign-in') };
      default:
        return show({}, 400);
    }
  }

  const VIEWS: Record<ResearcherView, (ctx: ResearcherCtx, page: PageContext) => Promise<ResearcherAnswer>> = {
    request,
    'set-password': setPassword,
    'sign-in': signIn,
    account,
  };

  return {
    /** A GET or POST on one of the pages; a POST from another origin is refused before anything is read. */
    async serve(ctx: ResearcherCtx, page: PageContext, view: ResearcherView): Promise<ResearcherAnswer> {
      if (ctx.method === 'POST' && !isSameOrigin({ origin: ctx.get('origin'), referer: ctx.get('referer') }, page.origin)) {
        const t = researcherText(page.locale);
        return answer(page, view, t.requestTitle, messageBody(t.requestTitle, t.crossOrigin), 403);
      }
      return VIEWS[view](ctx, page);
    },
  };
}
