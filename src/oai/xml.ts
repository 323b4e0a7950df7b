/**
 * OAI-PMH responses as XML text (pure). Written by hand rather than through
 * a DOM: the documents are small and regular, and every value goes through
 * `escape`, which also drops the characters XML 1.0 cannot carry (a stray
 * control character in a record must not make a harvester's page unreadable).
 */
import type { DcRecord } from './dublin-core';
import type { OaiArgs, OaiError, Verb } from './request';

const INVALID_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function escape(value: string): string {
  return value
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const OAI_NS = 'http://www.openarchives.org/OAI/2.0/';
const SCHEMA_LOCATION = `${OAI_NS} http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd`;

export const OAI_DC = {
  prefix: 'oai_dc',
  schema: 'http://www.openarchives.org/OAI/2.0/oai_dc.xsd',
  namespace: 'http://www.openarchives.org/OAI/2.0/oai_dc/',
} as const;

export interface Envelope {
  responseDate: string;
  baseUrl: string;
  /** The request's verb and arguments, echoed; omitted on badVerb and badArgument, as the protocol asks. */
  request: { verb?: Verb; args?: OaiArgs };
}

/**
 * What each echoed argument must look like (OAI-PMH.xsd requestType): a value
 * that is not (a harvester's "until=yesterday" answered with another error
 * first) is left out of the echo rather than make the response invalid.
 */
const ECHOABLE: Record<string, RegExp> = {
  identifier: /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]*$/,
  metadataPrefix: /^[A-Za-z0-9\-_.!~*'()]+$/,
  from: /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}Z)?$/,
  until: /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}Z)?$/,
  set: /^[A-Za-z0-9\-_.!~*'()]+(:[A-Za-z0-9\-_.!~*'()]+)*$/,
  resumptionToken: /^/,
};
const isEchoable = (name: string, value: string) => ECHOABLE[name]?.test(value) === true && !/[^\u0020-\u007E]/.test(name === 'resumptionToken' ? '' : value);

function requestElement({ baseUrl, request }: Envelope): string {
  const attributes = [request.verb ? ['verb', request.verb] : null, ...Object.entries(request.args ?? {}).filter(([name, value]) => value !== undefined && isEchoable(name, value))]
    .filter((pair): pair is [string, string] => Boolean(pair && pair[1] !== undefined))
    .map(([name, value]) => ` ${name}="${escape(value)}"`)
    .join('');
  return `<request${attributes}>${escape(baseUrl)}</request>`;
}

export function document(envelope: Envelope, body: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<OAI-PMH xmlns="${OAI_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${SCHEMA_LOCATION}">\n` +
    `<responseDate>${envelope.responseDate}</responseDate>\n${requestElement(envelope)}\n${body}\n</OAI-PMH>\n`
  );
}

export const errorsBody = (errors: OaiError[]): string =>
  errors.map((error) => `<error code="${error.code}">${escape(error.message)}</error>`).join('\n');

export interface Header {
  identifier: string;
  datestamp: string;
  sets: string[];
  deleted: boolean;
}

export const header = (h: Header): string =>
  `<header${h.deleted ? ' status="deleted"' : ''}><identifier>${escape(h.identifier)}</identifier><datestamp>${h.datestamp}</datestamp>` +
  h.sets.map((spec) => `<setSpec>${escape(spec)}</setSpec>`).join('') +
  '</header>';

export function dcMetadata(record: DcRecord): string {
  const elements = record.map(({ element, value, lang }) => `<dc:${element}${lang ? ` xml:lang="${escape(lang)}"` : ''}>${escape(value)}</dc:${element}>`);
  return (
    `<oai_dc:dc xmlns:oai_dc="${OAI_DC.namespace}" xmlns:dc="http://purl.org/dc/elements/1.1/" ` +
    `xsi:schemaLocation="${OAI_DC.namespace} ${OAI_DC.schema}">` +
    elements.join('') +
    '</oai_dc:dc>'
  );
}

export const recordElement = (h: Header, metadata: string | null): string =>
  `<record>${header(h)}${metadata && !h.deleted ? `<metadata>${metadata}</metadata>` : ''}</record>`;

export interface TokenInfo {
  token: string | null;
  expires: string | null;
  completeListSize: number;
  cursor: number;
}

/** The resumptionToken element; an empty one with the list size ends a list that took more than one page. */
export function resumptionToken(info: TokenInfo): string {
  const attributes = `${info.expires ? ` expirationDate="${info.expires}"` : ''} completeListSize="${info.completeListSize}" cursor="${info.cursor}"`;
  return `<resumptionToken${attributes}>${info.token ? escape(info.token) : ''}</resumptionToken>`;
}

export interface IdentifyInfo {
  repositoryName: string;
  baseUrl: string;
  adminEmails: string[];
  earliestDatestamp: string;
  repositoryIdentifier: string;
  sampleIdentifier: string;
}

export function identifyBody(info: IdentifyInfo): string {
  const ns = 'http://www.openarchives.org/OAI/2.0/oai-identifier';
  return [
    '<Identify>',
    `<repositoryName>${escape(info.repositoryName)}</repositoryName>`,
    `<baseURL>${escape(info.baseUrl)}</baseURL>`,
    '<protocolVersion>2.0</protocolVersion>',
    ...info.adminEmails.map((email) => `<adminEmail>${escape(email)}</adminEmail>`),
    `<earliestDatestamp>${info.earliestDatestamp}</earliestDatestamp>`,
    '<deletedRecord>persistent</deletedRecord>',
    '<granularity>YYYY-MM-DDThh:mm:ssZ</granularity>',
    `<description><oai-identifier xmlns="${ns}" xsi:schemaLocation="${ns} http://www.openarchives.org/OAI/2.0/oai-identifier.xsd">` +
      `<scheme>oai</scheme><repositoryIdentifier>${escape(info.repositoryIdentifier)}</repositoryIdentifier>` +
      `<delimiter>:</delimiter><sampleIdentifier>${escape(info.sampleIdentifier)}</sampleIdentifier></oai-identifier></description>`,
    '</Identify>',
  ].join('\n');
}

export const metadataFormatsBody = (): string =>
  `<ListMetadataFormats><metadataFormat><metadataPrefix>${OAI_DC.prefix}</metadataPrefix><schema>${OAI_DC.schema}</schema>` +
  `<metadataNamespace>${OAI_DC.namespace}</metadataNamespace></metadataFormat></ListMetadataFormats>`;

export const setsBody = (sets: Array<{ spec: string; name: string }>): string =>
  `<ListSets>${sets.map((set) => `<set><setSpec>${escape(set.spec)}</setSpec><setName>${escape(set.name)}</setName></set>`).join('\n')}</ListSets>`;
