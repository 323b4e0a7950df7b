/**
 * The `rights` value of a IIIF resource. Presentation 3 (§3.3.2 rights)
 * accepts a Creative Commons or RightsStatements.org URI "as defined by that
 * specification", and the IIIF editors settled on http:// for Creative
 * Commons (IIIF/api#1874; the official JSON Schema's pattern says so). The
 * archive stores CC URIs canonically as https:// (src/validation/rights), so
 * they are turned back to http:// here; RightsStatements.org URIs are
 * already http://.
 */
import { normalizeRightsUri, rightsLabel } from '../validation/rights';

/** The IIIF form of a stored rights URI, or undefined when it is not one the archive accepts. */
export function iiifRights(uri: unknown): string | undefined {
  if (typeof uri !== 'string') return undefined;
  const canonical = normalizeRightsUri(uri);
  if (!canonical) return undefined;
  return canonical.replace(/^https:\/\/creativecommons\.org\//, 'http://creativecommons.org/');
}

/** "CC BY-SA 4.0", "In Copyright"…, for the required statement; undefined when not accepted. */
export function iiifRightsLabel(uri: unknown): string | undefined {
  return typeof uri === 'string' ? (rightsLabel(uri) ?? undefined) : undefined;
}
