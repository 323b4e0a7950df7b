/**
 * Resumption tokens (pure). A token carries the whole state of a list
 * request, signed so a harvester cannot forge one that skips the access
 * rule's filters, and it expires:
 *
 * - the list is read in (datestamp, identifier) order and the token keeps
 *   the last pair sent ("after"), not an offset, so a record written while a
 *   harvest is under way is neither skipped nor sent twice within it;
 * - `until` is fixed at the first request (the harvest's snapshot time): a
 *   record changed later falls outside this harvest and into the next
 *   incremental one, which keeps `completeListSize` true for every page.
 *
 * Format: base64url(JSON) "." base64url(HMAC-SHA256), short enough for a URL.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export interface ListState {
  verb: 'ListIdentifiers' | 'ListRecords' | 'ListSets';
  metadataPrefix?: string;
  set?: string;
  from?: number;
  until: number;
  /** The last (datestamp ms, identifier) sent; absent on the first page. */
  after?: [number, string];
  /** How many items came before this page (the response's `cursor`). */
  cursor: number;
  completeListSize: number;
  /** Expiry, epoch ms. */
  expires: number;
}

const sign = (key: Buffer, body: string) => createHmac('sha256', key).update(body).digest('base64url');

export function encodeToken(key: Buffer, state: ListState): string {
  const body = Buffer.from(JSON.stringify(state)).toString('base64url');
  return `${body}.${sign(key, body)}`;
}

export type DecodedToken = { ok: true; state: ListState } | { ok: false; message: string };

/** The state in a token this repository issued, unexpired, for this verb; else why it is refused (badResumptionToken). */
export function decodeToken(key: Buffer, token: string, verb: ListState['verb'], now = Date.now()): DecodedToken {
  const [body, signature, ...rest] = token.split('.');
  const expected = body ? sign(key, body) : '';
  if (!body || !signature || rest.length || signature.length !== expected.length || !timingSafeEqual(Buffer.from(signature), Buffer.from(expected))) {
    return { ok: false, message: 'The resumption token is not one this repository issued.' };
  }
  let state: ListState;
  try {
    state = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as ListState;
  } catch {
    return { ok: false, message: 'The resumption token is not one this repository issued.' };
  }
  if (state.verb !== verb) return { ok: false, message: `The resumption token belongs to ${state.verb}, not ${verb}.` };
  if (!(state.expires > now)) return { ok: false, message: 'The resumption token has expired; start the list again.' };
  return { ok: true, state };
}
