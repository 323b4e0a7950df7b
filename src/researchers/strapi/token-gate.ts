/**
 * The gate every researcher token passes, on the channels it opens: REST
 * (/api/…, search included), OAI-PMH (/oai) and IIIF (/iiif/…). It runs
 * before Strapi's router, so one check serves all three:
 *   - a `dsr_` bearer that is malformed, unknown, revoked, or whose account is
 *     no longer an active researcher is a 401 with a message — never a quiet
 *     downgrade to public;
 *   - at most RESEARCHER_TOKEN_RATE_LIMIT uses a minute per token (default
 *     120), else 429 with Retry-After;
 *   - each use is one audit entry (token, user, method, path without the
 *     query, which may carry other secrets);
 *   - then the request goes on as that user: ctx.state.user is the account
 *     with its role, which is how audienceOf (src/access/audience.ts) reads
 *     any researcher. The content API learns it from researcherTokenStrategy
 *     (./strategy.ts), the IIIF handler reads ctx.state directly.
 * Other bearers (JWTs, admin-issued API tokens) pass untouched.
 */
import type { Core } from '@strapi/strapi';
import { inBackground } from '../../curation/audit/strapi/background';
import { appendAudit } from '../../curation/audit/strapi/append';
import { TOKEN_REFUSED } from '../messages';
import { createRateLimiter, positiveInt } from '../rate-limit';
import { researcherBearer } from '../token';
import type { ResearcherUser } from './accounts';
import { checkToken, markUsed } from './tokens';

export interface GateCtx {
  method: string;
  path: string;
  status: number;
  body: unknown;
  request: { ip?: string };
  state: Record<string, unknown> & { user?: unknown; researcherToken?: HeldToken };
  get(name: string): string;
  set(name: string, value: string): void;
}

export interface HeldToken {
  id: number;
  user: ResearcherUser;
}

const CHANNELS = /^\/(api|oai|iiif)(\/|$)/;

function refuse(ctx: GateCtx, status: 401 | 429, message: string) {
  ctx.status = status;
  ctx.set('Cache-Control', 'no-store');
  if (status === 401) ctx.set('WWW-Authenticate', 'Bearer realm="di-san", error="invalid_token"');
  ctx.body = { data: null, error: { status, name: status === 401 ? 'UnauthorizedError' : 'RateLimitError', message, details: {} } };
}

export function createTokenGate(strapi: Core.Strapi, env: NodeJS.ProcessEnv = process.env) {
  const limit = positiveInt(env.RESEARCHER_TOKEN_RATE_LIMIT, 120);
  const limiter = createRateLimiter({ limit, windowMs: 60_000 });
  return async (ctx: GateCtx, next: () => Promise<void>) => {
    if (!CHANNELS.test(ctx.path)) return next();
    const bearer = researcherBearer(ctx.get('authorization'));
    if (bearer === null) return next();
    if (bearer === 'malformed') return refuse(ctx, 401, TOKEN_REFUSED.malformed);
    const check = await checkToken(strapi, bearer);
    if (!check.ok) return refuse(ctx, 401, TOKEN_REFUSED[check.reason]);
    const rate = limiter.take(String(check.tokenId));
    ctx.set('RateLimit-Limit', String(limit));
    ctx.set('RateLimit-Remaining', String(rate.remaining));
    if (!rate.allowed) {
      ctx.set('Retry-After', String(rate.retryAfterSeconds));
      return refuse(ctx, 429, TOKEN_REFUSED.rate(limit, rate.retryAfterSeconds));
    }
    const at = new Date().toISOString();
    const { method, path } = ctx;
    const ip = ctx.request.ip ?? null;
    inBackground(strapi, 'researcher.token-use', async () => {
      await appendAudit(strapi, {
        action: 'researcher.token-use',
        actor: `user:${check.user.id}`,
        ip,
        at,
        target: `researcher-token:${check.tokenId}`,
        details: { id: check.tokenId, user: check.user.id, method, path },
      });
      await markUsed(strapi, check.tokenId, at);
    });
    ctx.state.user = check.user;
    ctx.state.researcherToken = { id: check.tokenId, user: check.user };
    // Answers differ by credential: a shared cache must not hand a researcher's answer to the public.
    ctx.set('Vary', 'Authorization');
    await next();
  };
}
