/**
 * Sending generated requests and judging the answers: the leak scan (no
 * hidden marker in the raw body, after removing echoes of the request), the
 * status rule (never a 5xx), and the oracle comparison (same answer with the
 * hidden values replaced). Responses are cached by request, so the three
 * properties of one file, run with one seed, send each request once.
 */
import type { TestApp } from '../app';
import type { AttackSettings } from './settings';

/** Longer than any request should take on the small attack archive, even on a loaded CI machine. */
const REQUEST_TIMEOUT_MS = 20_000;

export interface Answer {
  status: number;
  text: string;
  ms: number;
  bytes: number;
  contentType: string;
}

export interface RequestSpec {
  method?: 'GET' | 'POST' | 'HEAD' | 'PUT' | 'DELETE';
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface Stats {
  requests: number;
  slowest: { ms: number; what: string };
  largest: { bytes: number; what: string };
  /** Answers by status code: a run where most requests are refused tests little. */
  statuses: Record<number, number>;
}

export function newStats(): Stats {
  return { requests: 0, slowest: { ms: 0, what: '' }, largest: { bytes: 0, what: '' }, statuses: {} };
}

const describeSpec = (spec: RequestSpec) => `${spec.method ?? 'GET'} ${spec.path}${spec.body === undefined ? '' : ` ${JSON.stringify(spec.body)}`}`;

export class Prober {
  private readonly cache = new Map<string, Promise<Answer>>();
  readonly stats = newStats();

  constructor(private readonly app: TestApp) {}

  send(spec: RequestSpec): Promise<Answer> {
    const key = JSON.stringify([spec.method ?? 'GET', spec.path, spec.body ?? null, spec.headers ?? null]);
    const cached = this.cache.get(key);
    if (cached) return cached;
    const answer = this.sendNow(spec);
    // Bounded: shrinking sends new requests, and bodies can be large.
    if (this.cache.size > 20_000) this.cache.clear();
    this.cache.set(key, answer);
    return answer;
  }

  private async sendNow(spec: RequestSpec): Promise<Answer> {
    const started = performance.now();
    const agent = this.app.http();
    const method = spec.method ?? 'GET';
    let request =
      method === 'POST' ? agent.post(spec.path)
      : method === 'PUT' ? agent.put(spec.path)
      : method === 'DELETE' ? agent.delete(spec.path)
      : method === 'HEAD' ? agent.head(spec.path)
      : agent.get(spec.path);
    for (const [name, value] of Object.entries(spec.headers ?? {})) request = request.set(name, value);
    if (spec.body !== undefined) request = request.send(spec.body as object);
    // Keep the raw body whatever its type (HTML, XML, calendars, images).
    const response = await request
      .timeout(REQUEST_TIMEOUT_MS)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(Buffer.from(chunk)));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .catch((error: Error & { timeout?: number }) => {
        if (!error.timeout) throw error;
        // Counted as a server failure: no unauthenticated request may take this long.
        return { status: 599, body: Buffer.from(`no answer within ${REQUEST_TIMEOUT_MS} ms`), headers: {} as Record<string, string> };
      });
    const ms = performance.now() - started;
    const raw = response.body as Buffer;
    const answer: Answer = { status: response.status, text: raw.toString('latin1'), ms, bytes: raw.length, contentType: String(response.headers['content-type'] ?? '') };
    // latin1 keeps every byte; markers are ASCII, so a scan finds them in any encoding of the body.
    this.stats.requests += 1;
    this.stats.statuses[answer.status] = (this.stats.statuses[answer.status] ?? 0) + 1;
    if (ms > this.stats.slowest.ms) this.stats.slowest = { ms, what: describeSpec(spec) };
    if (answer.bytes > this.stats.largest.bytes) this.stats.largest = { bytes: answer.bytes, what: describeSpec(spec) };
    return answer;
  }
}

/** Every way a request value can come back as an echo: as sent, URL-encoded, JSON- or HTML-escaped. */
function echoForms(raw: string): string[] {
  // Pages echo a search box's value trimmed and with runs of spaces folded.
  return [...new Set([raw, raw.trim(), raw.trim().replace(/\s+/g, ' ')])].flatMap(escapedForms);
}

function escapedForms(value: string): string[] {
  const html = value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  const json = JSON.stringify(value).slice(1, -1);
  const encoded = encodeURIComponent(value);
  return [...new Set([value, html, json, encoded, encoded.replace(/%20/g, '+'), value.replace(/ /g, '+')])].filter((form) => form.length > 0);
}

/**
 * The hidden secrets present in a body, not counting echoes of the request's
 * own values. A value that contains a whole secret is removed from the body
 * before the scan; generators never send a bare marker, so a record that
 * really leaks still shows its marker in its other fields.
 */
export function leakedSecrets({ body, secrets, requestValues }: { body: string; secrets: readonly string[]; requestValues: readonly string[] }): string[] {
  let text = body.toLowerCase();
  const echoes = requestValues
    .map((value) => value.toLowerCase())
    .filter((value) => secrets.some((secret) => value.includes(secret)))
    .flatMap(echoForms)
    .sort((a, b) => b.length - a.length);
  for (const echo of echoes) text = text.split(echo).join(' ');
  return secrets.filter((secret) => text.includes(secret));
}

/** Every string in a rendered request (values of query trees, bodies, path segments). */
export function stringsOf(tree: unknown): string[] {
  if (typeof tree === 'string') return [tree];
  if (typeof tree === 'number') return [String(tree)];
  if (Array.isArray(tree)) return tree.flatMap(stringsOf);
  if (tree && typeof tree === 'object') return Object.entries(tree).flatMap(([key, value]) => [key, ...stringsOf(value)]);
  return [];
}

export const isServerError = (answer: Answer) => answer.status >= 500;

export function summary(name: string, settings: AttackSettings, stats: Stats, generated: number): string {
  return [
    `[attack] ${name}: ${generated} generated queries, ${stats.requests} requests (by status: ${JSON.stringify(stats.statuses)}), seed ${settings.seed}`,
    `  slowest ${stats.slowest.ms.toFixed(0)} ms: ${stats.slowest.what.slice(0, 300)}`,
    `  largest ${stats.largest.bytes} bytes: ${stats.largest.what.slice(0, 300)}`,
  ].join('\n');
}
