/**
 * The three rules every generated REST query must keep, as predicates for
 * fast-check: no leak, no 5xx, no boolean oracle. Each failure message is a
 * request a person can paste into curl.
 */
import { type Audience, renderQuery } from './markers';
import { type Answer, leakedSecrets, type Prober, stringsOf } from './probe-http';
import { type RestQuery, restNamesHidden, restUrl } from './rest-queries';
import type { ArchiveType } from '../../../src/content-model';

export interface RestCheckContext {
  prober: Prober;
  audience: Audience;
  secrets: readonly string[];
  pluralOf: (type: ArchiveType) => string;
  headers?: Record<string, string>;
  /** Statuses a GET may answer. */
  allowed: readonly number[];
}

const decoded = (url: string) => {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
};

const send = (context: RestCheckContext, url: string) => context.prober.send({ path: url, headers: context.headers });

export async function checkNoLeak(context: RestCheckContext, query: RestQuery): Promise<void> {
  const url = restUrl(query, 'real', context.pluralOf);
  const answer = await send(context, url);
  const requestValues = [...stringsOf(renderQuery(query.params, 'real')), ...(query.documentId ? [String(query.documentId.value)] : [])];
  const leaked = leakedSecrets({ body: answer.text, secrets: context.secrets, requestValues });
  if (leaked.length) {
    const at = answer.text.toLowerCase().indexOf(leaked[0]);
    throw new Error(`LEAK of ${leaked.join(', ')} (${context.audience}) in ${answer.status} answer to\n  GET ${decoded(url)}\n  …${answer.text.slice(Math.max(0, at - 150), at + 100)}…`);
  }
}

export async function checkStatus(context: RestCheckContext, query: RestQuery): Promise<void> {
  const url = restUrl(query, 'real', context.pluralOf);
  const answer = await send(context, url);
  if (!context.allowed.includes(answer.status)) {
    throw new Error(`STATUS ${answer.status} (${context.audience}) for\n  GET ${decoded(url)}\n  ${answer.text.slice(0, 300)}`);
  }
}

interface Outcome {
  status: number;
  total?: number;
  ids?: string;
}

/** What a caller learns from an answer: its status, its total and which records it lists. */
export function outcomeOf(answer: Answer): Outcome {
  if (answer.status !== 200) return { status: answer.status };
  try {
    const body = JSON.parse(answer.text) as { data?: unknown; meta?: { pagination?: { total?: number } } };
    if (Array.isArray(body.data)) {
      const ids = body.data.map((entry: { id?: number; documentId?: string }) => `${entry.documentId}#${entry.id}`).sort();
      const total = body.meta?.pagination?.total;
      // A page of a longer list depends on the order of ties; compare members only when all are on it.
      return { status: 200, total, ...(total === undefined || total <= ids.length ? { ids: ids.join(',') } : {}) };
    }
    const entry = body.data as { documentId?: string; id?: number } | null;
    return { status: 200, ids: entry ? `${entry.documentId}#${entry.id}` : 'null' };
  } catch {
    return { status: 200, ids: `${answer.bytes} bytes` };
  }
}

export async function checkNoOracle(context: RestCheckContext, query: RestQuery): Promise<void> {
  if (!restNamesHidden(query, context.audience)) return;
  const realUrl = restUrl(query, 'real', context.pluralOf);
  const neutralUrl = restUrl(query, context.audience, context.pluralOf);
  const [real, neutral] = await Promise.all([send(context, realUrl), send(context, neutralUrl)]);
  const a = outcomeOf(real);
  const b = outcomeOf(neutral);
  if (a.status !== b.status || a.total !== b.total || (a.ids !== undefined && b.ids !== undefined && a.ids !== b.ids)) {
    throw new Error(
      `ORACLE (${context.audience}): naming hidden text changes the answer\n  GET ${decoded(realUrl)}\n    → ${JSON.stringify(a)}\n  GET ${decoded(neutralUrl)}\n    → ${JSON.stringify(b)}`,
    );
  }
}
