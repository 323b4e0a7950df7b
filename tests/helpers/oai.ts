/**
 * OAI-PMH from a harvester's side: every response is validated against the
 * protocol's XML Schemas (tests/fixtures/xsd, offline, with libxml2 compiled
 * to WebAssembly) and parsed with a namespace-aware DOM, and lists are
 * followed through their resumption tokens as a harvester would.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { validateXML } from 'xmllint-wasm';

const XSD_DIR = path.resolve(__dirname, '..', 'fixtures', 'xsd');
const OAI = 'http://www.openarchives.org/OAI/2.0/';
const DC = 'http://purl.org/dc/elements/1.1/';

const schemas = readdirSync(XSD_DIR)
  .filter((name) => name.endsWith('.xsd'))
  .map((fileName) => ({ fileName, contents: readFileSync(path.join(XSD_DIR, fileName), 'utf8') }));
const entry = schemas.find((file) => file.fileName === 'harvest.xsd')!;
const preload = schemas.filter((file) => file !== entry);

/** Throws with libxml2's messages unless the document is valid OAI-PMH (metadata and descriptions included). */
export async function assertValidOai(xml: string, label = 'response'): Promise<void> {
  const result = await validateXML({ xml: [{ fileName: 'response.xml', contents: xml }], schema: [entry], preload });
  if (!result.valid) throw new Error(`${label} is not valid OAI-PMH:\n${result.errors.map((e) => e.rawMessage).join('\n')}\n---\n${xml.slice(0, 3000)}`);
}

export interface OaiHeader {
  identifier: string;
  datestamp: string;
  sets: string[];
  deleted: boolean;
}

export interface OaiPage {
  xml: string;
  errors: Array<{ code: string; message: string }>;
  headers: OaiHeader[];
  /** Per record (ListRecords/GetRecord), the dc elements as "element=value@lang". */
  metadata: Map<string, string[]>;
  token: { value: string; completeListSize?: number; cursor?: number; expirationDate?: string } | null;
  root: Element;
}

const text = (element: Element | null | undefined) => element?.textContent ?? '';
const children = (parent: Element, ns: string, name: string): Element[] => Array.from(parent.getElementsByTagNameNS(ns, name)) as Element[];

export function parseOai(xml: string): OaiPage {
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const root = doc.documentElement as unknown as Element;
  if (root.namespaceURI !== OAI || root.localName !== 'OAI-PMH') throw new Error(`not an OAI-PMH document: ${xml.slice(0, 200)}`);
  const errors = children(root, OAI, 'error').map((e) => ({ code: e.getAttribute('code') ?? '', message: text(e) }));
  const headers = children(root, OAI, 'header').map((h) => ({
    identifier: text(children(h, OAI, 'identifier')[0]),
    datestamp: text(children(h, OAI, 'datestamp')[0]),
    sets: children(h, OAI, 'setSpec').map(text),
    deleted: h.getAttribute('status') === 'deleted',
  }));
  const metadata = new Map<string, string[]>();
  for (const record of children(root, OAI, 'record')) {
    const id = text(children(record, OAI, 'identifier')[0]);
    const dc = children(record, 'http://www.openarchives.org/OAI/2.0/oai_dc/', 'dc')[0];
    if (!dc) continue;
    const values = Array.from(dc.childNodes)
      .filter((node): node is Element => node.nodeType === 1 && (node as Element).namespaceURI === DC)
      .map((e) => `${e.localName}=${text(e)}${e.getAttribute('xml:lang') ? `@${e.getAttribute('xml:lang')}` : ''}`);
    metadata.set(id, values);
  }
  const tokenElement = children(root, OAI, 'resumptionToken')[0];
  const number = (name: string) => (tokenElement?.getAttribute(name) ? Number(tokenElement.getAttribute(name)) : undefined);
  const token = tokenElement
    ? { value: text(tokenElement), completeListSize: number('completeListSize'), cursor: number('cursor'), expirationDate: tokenElement.getAttribute('expirationDate') ?? undefined }
    : null;
  return { xml, errors, headers, metadata, token, root };
}

type Fetch = (query: string) => Promise<{ status: number; type: string; text: string }>;

/** One request: must be 200 XML and valid against the schemas. */
export async function oaiRequest(fetch: Fetch, query: string): Promise<OaiPage> {
  const response = await fetch(query);
  if (response.status !== 200 || !/^text\/xml/.test(response.type)) throw new Error(`${query}: ${response.status} ${response.type}\n${response.text.slice(0, 500)}`);
  await assertValidOai(response.text, query);
  return parseOai(response.text);
}

/** A whole list (ListIdentifiers or ListRecords), following resumption tokens; every page validated. */
export async function harvest(fetch: Fetch, query: string): Promise<{ pages: OaiPage[]; headers: OaiHeader[]; metadata: Map<string, string[]> }> {
  const verb = /verb=(\w+)/.exec(query)?.[1] ?? '';
  const pages: OaiPage[] = [];
  let page = await oaiRequest(fetch, query);
  pages.push(page);
  while (page.token?.value) {
    if (pages.length > 10_000) throw new Error('harvest did not end');
    page = await oaiRequest(fetch, `verb=${verb}&resumptionToken=${encodeURIComponent(page.token.value)}`);
    pages.push(page);
  }
  return {
    pages,
    headers: pages.flatMap((p) => p.headers),
    metadata: new Map(pages.flatMap((p) => [...p.metadata])),
  };
}
