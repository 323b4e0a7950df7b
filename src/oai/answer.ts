/**
 * One OAI-PMH request → one XML document. The protocol's logic lives here;
 * the ledger, the guarded record reads and the settings come in through
 * `OaiPort`, so this file reads no database and decides no access itself:
 * which entries an audience may list is the ledger's, what a record says is
 * the access guard's.
 */
import type { Audience } from '../access/levels';
import type { ArchiveType } from '../content-model';
import { datestamp, parseDateRange } from './dates';
import type { DcRecord } from './dublin-core';
import { oaiIdentifier, parseOaiIdentifier } from './identifiers';
import { statusFor, tombstoneSets, type LedgerEntry } from './ledger';
import { parseRequest, type OaiArgs, type OaiError, type Verb } from './request';
import { FAMILY_NAMES, isKnownSetShape, SET_FAMILIES, TYPE_NAMES } from './sets';
import { decodeToken, encodeToken, type ListState } from './token';
import { UNESCO_DOMAINS } from './dublin-core';
import * as xml from './xml';

export const TOKEN_LIFETIME_MS = 24 * 3600 * 1000;
const READ_SLICE = 100;

export interface LedgerPort {
  get(type: string, documentId: string): Promise<LedgerEntry | null>;
  list(query: { audience: Audience; set?: string; from?: number; until: number; after?: [number, string]; limit: number }): Promise<LedgerEntry[]>;
  count(query: { audience: Audience; set?: string; from?: number; until: number }): Promise<number>;
  earliest(audience: Audience): Promise<number | null>;
  sweepExpired(now: number): Promise<number>;
}

export interface OaiPort {
  audience: Audience;
  baseUrl: string;
  repositoryName: string;
  repositoryIdentifier: string;
  tokenKey: Buffer;
  pageSize: { records: number; headers: number };
  now(): number;
  adminEmails(): Promise<string[]>;
  ledger: LedgerPort;
  /** oai_dc of the records the audience may see now; missing ids are absent. */
  records(type: ArchiveType, documentIds: string[]): Promise<Map<string, DcRecord>>;
  /** group:<code> and place:<code> sets the audience may see. */
  setMembers(): Promise<Array<{ spec: string; name: string }>>;
}

const seconds = (ms: number) => Math.floor(ms / 1000);
const fail = (code: OaiError['code'], message: string): OaiError[] => [{ code, message }];

export async function answer(params: Record<string, string[]>, port: OaiPort): Promise<string> {
  const now = port.now();
  const parsed = parseRequest(params);
  const envelope = (verb?: Verb, args?: OaiArgs): xml.Envelope => ({ responseDate: datestamp(now), baseUrl: port.baseUrl, request: { verb, args } });
  // badVerb and badArgument echo no arguments: they may not be valid attribute values.
  if (!parsed.ok) return xml.document(envelope(), xml.errorsBody(parsed.errors));
  const { verb, args } = parsed;
  const respond = (body: string | OaiError[]) => {
    if (typeof body === 'string') return xml.document(envelope(verb, args), body);
    const echo = !body.some((error) => error.code === 'badVerb' || error.code === 'badArgument');
    return xml.document(echo ? envelope(verb, args) : envelope(), xml.errorsBody(body));
  };

  switch (verb) {
    case 'Identify':
      return respond(await identify(port, now));
    case 'ListMetadataFormats':
      return respond(await listMetadataFormats(port, args));
    case 'ListSets':
      return respond(args.resumptionToken ? fail('badResumptionToken', 'This repository lists all its sets at once and issues no resumption token for ListSets.') : await listSets(port));
    case 'GetRecord':
      return respond(await getRecord(port, args));
    case 'ListIdentifiers':
    case 'ListRecords':
      return respond(await list(port, verb, args, now));
  }
}

async function identify(port: OaiPort, now: number): Promise<string> {
  await port.ledger.sweepExpired(seconds(now));
  const earliest = await port.ledger.earliest(port.audience);
  return xml.identifyBody({
    repositoryName: port.repositoryName,
    baseUrl: port.baseUrl,
    adminEmails: await port.adminEmails(),
    earliestDatestamp: datestamp((earliest ?? seconds(now)) * 1000),
    repositoryIdentifier: port.repositoryIdentifier,
    sampleIdentifier: oaiIdentifier(port.repositoryIdentifier, 'festival', 'abc123def456ghi789jkl012'),
  });
}

/** The ledger entry an identifier names, if this audience may hear of it (as a record or a deletion). */
async function entryOf(port: OaiPort, identifier: string): Promise<LedgerEntry | null> {
  const key = parseOaiIdentifier(port.repositoryIdentifier, identifier);
  if (!key) return null;
  const entry = await port.ledger.get(key.type, key.documentId);
  return entry && statusFor(entry, port.audience) !== 'absent' ? entry : null;
}

const unknownId = (identifier: string) => fail('idDoesNotExist', `"${identifier}" is not an identifier in this repository.`);
const badFormat = (prefix: string) => fail('cannotDisseminateFormat', `The metadata format "${prefix}" is not disseminated here; ListMetadataFormats lists what is (oai_dc).`);

async function listMetadataFormats(port: OaiPort, args: OaiArgs): Promise<string | OaiError[]> {
  if (args.identifier !== undefined && !(await entryOf(port, args.identifier))) return unknownId(args.identifier);
  return xml.metadataFormatsBody();
}

async function listSets(port: OaiPort): Promise<string> {
  const families = SET_FAMILIES.map((family) => ({ spec: family, name: FAMILY_NAMES[family] }));
  const types = Object.entries(TYPE_NAMES).map(([type, name]) => ({ spec: `type:${type}`, name }));
  const domains = Object.entries(UNESCO_DOMAINS).map(([domain, [vi, en]]) => ({ spec: `domain:${domain}`, name: `${vi} / ${en}` }));
  return xml.setsBody([...families, ...types, ...(await port.setMembers()), ...domains]);
}

/** Headers (and metadata, for live records the guard still returns) of ledger entries. */
async function render(port: OaiPort, entries: LedgerEntry[], withMetadata: boolean): Promise<string[]> {
  const live = entries.filter((entry) => statusFor(entry, port.audience) === 'live');
  const metadata = new Map<string, DcRecord>();
  const byType = new Map<ArchiveType, string[]>();
  for (const entry of live) byType.set(entry.type as ArchiveType, [...(byType.get(entry.type as ArchiveType) ?? []), entry.documentId]);
  // Read even for headers only: a record the guard hides now is reported deleted, not live.
  for (const [type, ids] of byType) {
    // In slices: the guard refuses lists longer than 200 values (a ListIdentifiers page holds 250).
    for (let at = 0; at < ids.length; at += READ_SLICE) {
      for (const [id, record] of await port.records(type, ids.slice(at, at + READ_SLICE))) metadata.set(`${type}/${id}`, record);
    }
  }
  return entries.map((entry) => {
    const record = metadata.get(`${entry.type}/${entry.documentId}`) ?? null;
    const header: xml.Header = {
      identifier: oaiIdentifier(port.repositoryIdentifier, entry.type as ArchiveType, entry.documentId),
      datestamp: datestamp(entry.datestamp * 1000),
      // A record the guard hides before its ledger entry caught up is a deletion already.
      sets: record === null ? tombstoneSets(entry.sets) : entry.sets,
      deleted: record === null,
    };
    return withMetadata ? xml.recordElement(header, record && xml.dcMetadata(record)) : xml.header(header);
  });
}

async function getRecord(port: OaiPort, args: OaiArgs): Promise<string | OaiError[]> {
  const identifier = args.identifier!;
  await port.ledger.sweepExpired(seconds(port.now()));
  const entry = await entryOf(port, identifier);
  if (!entry) return unknownId(identifier);
  if (args.metadataPrefix !== xml.OAI_DC.prefix) return badFormat(args.metadataPrefix!);
  const [record] = await render(port, [entry], true);
  return `<GetRecord>${record}</GetRecord>`;
}

async function list(port: OaiPort, verb: 'ListIdentifiers' | 'ListRecords', args: OaiArgs, now: number): Promise<string | OaiError[]> {
  let state: ListState;
  if (args.resumptionToken !== undefined) {
    const decoded = decodeToken(port.tokenKey, args.resumptionToken, verb, now);
    if (!decoded.ok) return fail('badResumptionToken', decoded.message);
    state = decoded.state;
  } else {
    // Dates first: a badArgument answer echoes nothing, where another error would echo an impossible date.
    const range = parseDateRange(args.from, args.until);
    if (!range.ok) return fail('badArgument', range.message);
    if (args.metadataPrefix !== xml.OAI_DC.prefix) return badFormat(args.metadataPrefix!);
    if (args.set !== undefined && !isKnownSetShape(args.set)) return fail('noRecordsMatch', `There is no set "${args.set}"; ListSets lists the sets.`);
    await port.ledger.sweepExpired(seconds(now));
    // The harvest's snapshot: later changes belong to the next incremental harvest.
    const until = Math.min(range.until ?? now, now);
    const query = { audience: port.audience, set: args.set, from: range.from === undefined ? undefined : seconds(range.from), until: seconds(until) };
    const completeListSize = await port.ledger.count(query);
    if (completeListSize === 0) return fail('noRecordsMatch', 'No records match these arguments.');
    state = { verb, metadataPrefix: args.metadataPrefix, set: args.set, from: range.from, until, cursor: 0, completeListSize, expires: now + TOKEN_LIFETIME_MS };
  }

  const pageSize = Math.max(1, verb === 'ListRecords' ? port.pageSize.records : port.pageSize.headers);
  const read = () =>
    port.ledger.list({
      audience: port.audience,
      set: state.set,
      from: state.from === undefined ? undefined : seconds(state.from),
      until: seconds(state.until),
      after: state.after ? [seconds(state.after[0]), state.after[1]] : undefined,
      limit: pageSize + 1,
    });
  let entries = await read();
  if (!entries.length && state.cursor > 0) {
    // Everything left of the list changed after the snapshot: a page may not be empty, so the
    // snapshot moves to now and the list goes on with those records (newest versions, some
    // perhaps sent before). Rare: only when the records after the last page all changed.
    state = { ...state, until: Math.max(state.until, now) };
    entries = await read();
  }
  const page = entries.slice(0, pageSize);
  const more = entries.length > pageSize;
  if (!page.length && state.cursor === 0) return fail('noRecordsMatch', 'No records match these arguments.');

  const items = await render(port, page, verb === 'ListRecords');
  let token = '';
  if (more || state.cursor > 0) {
    const last = page[page.length - 1];
    const next: ListState | null = more ? { ...state, after: [last.datestamp * 1000, `${last.type}/${last.documentId}`], cursor: state.cursor + page.length, expires: now + TOKEN_LIFETIME_MS } : null;
    // Written while the harvest runs, the list may have shrunk below its first count: never report less than was sent.
    const completeListSize = Math.max(state.completeListSize, state.cursor + page.length + (more ? 1 : 0));
    token = xml.resumptionToken({
      token: next ? encodeToken(port.tokenKey, next) : null,
      expires: next ? datestamp(next.expires) : null,
      completeListSize,
      cursor: state.cursor,
    });
  }
  return `<${verb}>${items.join('\n')}${token ? `\n${token}` : ''}</${verb}>`;
}
