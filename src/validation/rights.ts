/**
 * Rights statement URIs: Creative Commons licences / public-domain tools and
 * RightsStatements.org statements.
 *
 * Accepted input variants (all normalised by normalizeRightsUri):
 * - CC: http or https, optional "www.", optional trailing slash, optional
 *   "deed", "deed.xx" or "legalcode[.xx]" suffix, jurisdiction ports for
 *   1.0-3.0 ("/3.0/vn/"). Licence/version pairs must have existed: 1.0 used
 *   "by-nd-nc" where later versions use "by-nc-nd". Canonical form:
 *   https://creativecommons.org/licenses/by-sa/4.0/
 * - RightsStatements.org: http or https, /vocab/ or /page/ form, optional
 *   trailing slash and query string. Canonical form (the statement's URI):
 *   http://rightsstatements.org/vocab/InC/1.0/
 */
import { quote } from './util';

const CC_LICENSES = ['by', 'by-sa', 'by-nd', 'by-nc', 'by-nc-sa', 'by-nc-nd', 'by-nd-nc'];
const CC_VERSIONS = ['1.0', '2.0', '2.5', '3.0', '4.0'];
const RS_LABELS: Record<string, string> = {
  InC: 'In Copyright',
  'InC-OW-EU': 'In Copyright - EU Orphan Work',
  'InC-EDU': 'In Copyright - Educational Use Permitted',
  'InC-NC': 'In Copyright - Non-Commercial Use Permitted',
  'InC-RUU': 'In Copyright - Rights-holder(s) Unlocatable or Unidentifiable',
  'NoC-CR': 'No Copyright - Contractual Restrictions',
  'NoC-NC': 'No Copyright - Non-Commercial Use Only',
  'NoC-OKLR': 'No Copyright - Other Known Legal Restrictions',
  'NoC-US': 'No Copyright - United States',
  CNE: 'Copyright Not Evaluated',
  UND: 'Copyright Undetermined',
  NKC: 'No Known Copyright',
};

const SUFFIX = '(?:/(?:deed(?:\\.[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*)?|legalcode(?:\\.[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*)?))?/?';
const CC_LICENSE_RE = new RegExp(`^https?://(?:www\\.)?creativecommons\\.org/licenses/([a-z-]+)/(\\d\\.\\d)(?:/([a-z]{2}|igo|scotland))?${SUFFIX}$`, 'i');
const CC_PUBLIC_DOMAIN_RE = new RegExp(`^https?://(?:www\\.)?creativecommons\\.org/publicdomain/(zero|mark)/1\\.0${SUFFIX}$`, 'i');
const RS_RE = /^https?:\/\/(?:www\.)?rightsstatements\.org\/(?:vocab|page)\/([A-Za-z-]+)\/1\.0\/?(?:\?.*)?$/;

interface Rights {
  uri: string;
  label: string;
}

/** Version 1.0 called the NonCommercial-NoDerivs licence "by-nd-nc"; later versions "by-nc-nd". */
function ccLicenseExists(license: string, version: string): boolean {
  if (license === 'by-nd-nc') return version === '1.0';
  if (license === 'by-nc-nd') return version !== '1.0';
  return CC_LICENSES.includes(license);
}

function parseCc(uri: string): Rights | string | null {
  const pd = CC_PUBLIC_DOMAIN_RE.exec(uri);
  if (pd) {
    const tool = pd[1].toLowerCase();
    return {
      uri: `https://creativecommons.org/publicdomain/${tool}/1.0/`,
      label: tool === 'zero' ? 'CC0 1.0' : 'Public Domain Mark 1.0',
    };
  }
  const m = CC_LICENSE_RE.exec(uri);
  if (!m) return null;
  const [license, version, port] = [m[1].toLowerCase(), m[2], m[3]?.toLowerCase()];
  if (!CC_VERSIONS.includes(version)) return `Creative Commons version "${version}" in ${quote(uri)} does not exist. Use 1.0, 2.0, 2.5, 3.0 or 4.0 (4.0 is current).`;
  if (!ccLicenseExists(license, version)) {
    return `Creative Commons licence "${license}" version ${version} in ${quote(uri)} does not exist. Use by, by-sa, by-nd, by-nc, by-nc-sa or by-nc-nd (by-nd-nc for version 1.0).`;
  }
  if (port && version === '4.0') return `Creative Commons 4.0 licences have no country versions; remove "/${port}" from ${quote(uri)}.`;
  const name = license.toUpperCase();
  return {
    uri: `https://creativecommons.org/licenses/${license}/${version}/${port ? `${port}/` : ''}`,
    label: `CC ${name} ${version}${port ? ` ${port.toUpperCase()}` : ''}`,
  };
}

function parseRs(uri: string): Rights | string | null {
  const m = RS_RE.exec(uri);
  if (!m) return null;
  const id = Object.keys(RS_LABELS).find((key) => key.toLowerCase() === m[1].toLowerCase());
  if (!id) return `RightsStatements.org statement "${m[1]}" in ${quote(uri)} does not exist. Use one of: ${Object.keys(RS_LABELS).join(', ')}.`;
  return { uri: `http://rightsstatements.org/vocab/${id}/1.0/`, label: RS_LABELS[id] };
}

function parseRights(uri: unknown): Rights | string {
  if (typeof uri !== 'string' || uri.trim() === '') return 'Rights URI is empty. Enter a Creative Commons or RightsStatements.org URI, e.g. "https://creativecommons.org/licenses/by-sa/4.0/".';
  if (uri !== uri.trim()) return `Rights URI ${quote(uri)} has spaces around it. Remove them.`;
  const result = parseCc(uri) ?? parseRs(uri);
  if (result) return result;
  return `Rights URI ${quote(uri)} is not a recognised licence or rights statement. Use a Creative Commons URI such as "https://creativecommons.org/licenses/by-sa/4.0/" or "https://creativecommons.org/publicdomain/zero/1.0/", or a RightsStatements.org URI such as "http://rightsstatements.org/vocab/InC/1.0/".`;
}

export function checkRightsUri(uri: unknown): string | null {
  const result = parseRights(uri);
  return typeof result === 'string' ? result : null;
}

/** Canonical URI, or null if the input is not accepted by checkRightsUri. */
export function normalizeRightsUri(uri: string): string | null {
  const result = parseRights(uri);
  return typeof result === 'string' ? null : result.uri;
}

/** Short human label ("CC BY-SA 4.0", "In Copyright"), or null if not accepted. */
export function rightsLabel(uri: string): string | null {
  const result = parseRights(uri);
  return typeof result === 'string' ? null : result.label;
}
