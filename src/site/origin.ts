/**
 * Which origin the site's absolute links (canonical, Open Graph, hreflang,
 * sitemap, robots, feeds) are built from. The Host header is the visitor's to
 * write, so it may name the origin only when the operator listed it; a page
 * or sitemap built from any other host must not reach a shared cache, where
 * it would send everyone to that host.
 */

export interface HostPolicy {
  /** PUBLIC_URL, e.g. https://disan.dienbien.gov.vn; '' when unset. */
  publicUrl: string;
  /** ALLOWED_HOSTS entries: `name` (any port) or `name:port`. */
  allowedHosts: readonly string[];
  /** Production: a host that is not allowed is refused instead of served. */
  refuseUnknownHosts: boolean;
}

export type SiteOrigin =
  /** `isShareable`: the origin is the operator's, so the response may be cached publicly. */
  | { origin: string; isShareable: boolean }
  | { isRefused: true };

/** The operator's policy from the app's config (PUBLIC_URL, ALLOWED_HOSTS, production): read per request, it is cheap. */
export function hostPolicy(config: { get(path: string, fallback?: unknown): unknown }): HostPolicy {
  return {
    publicUrl: String(config.get('server.url', '') ?? ''),
    allowedHosts: (config.get('site.allowedHosts', []) as string[] | undefined) ?? [],
    refuseUnknownHosts: Boolean(config.get('site.refuseUnknownHosts', false)),
  };
}

const withoutPort = (host: string) => host.replace(/:\d+$/, '');

export function isAllowedHost(host: string, allowedHosts: readonly string[]): boolean {
  const wanted = host.trim().toLowerCase();
  if (!wanted) return false;
  return allowedHosts.some((entry) => {
    const allowed = entry.trim().toLowerCase();
    if (!allowed) return false;
    return /:\d+$/.test(allowed) ? allowed === wanted : allowed === withoutPort(wanted);
  });
}

export function siteOrigin(policy: HostPolicy, request: { protocol: string; host: string }): SiteOrigin {
  const configured = policy.publicUrl.trim().replace(/\/+$/, '');
  if (/^https?:\/\/[^/]/.test(configured)) return { origin: configured, isShareable: true };
  const host = request.host.trim().toLowerCase();
  // Koa's proxy setting is off (config/server.ts), so protocol and host come from this connection, not X-Forwarded-*.
  const fromRequest = `${request.protocol === 'https' ? 'https' : 'http'}://${host || '127.0.0.1'}`;
  if (isAllowedHost(host, policy.allowedHosts)) return { origin: fromRequest, isShareable: true };
  if (policy.refuseUnknownHosts) return { isRefused: true };
  return { origin: fromRequest, isShareable: false };
}

/**
 * Whether a POST came from a page of this origin: its Origin header (every
 * current browser sends one on a form POST), else its Referer's origin. A
 * request with neither is refused: a form that cannot prove where it came
 * from is treated as coming from elsewhere.
 */
export function isSameOrigin(headers: { origin?: string; referer?: string }, siteOriginValue: string): boolean {
  let expected: string;
  try {
    expected = new URL(siteOriginValue).origin.toLowerCase();
  } catch {
    return false;
  }
  const origin = (headers.origin ?? '').trim().toLowerCase();
  if (origin && origin !== 'null') return origin === expected;
  try {
    return headers.referer ? new URL(headers.referer).origin.toLowerCase() === expected : false;
  } catch {
    return false;
  }
}
