/**
 * Pure input validators (no Strapi imports). Each check* function returns
 * null when the value is valid, or an English message naming the value and
 * what is expected.
 */
export { checkIso6393, checkBcp47, normalizeBcp47, checkScriptCode } from './language-codes';
export { checkRightsUri, normalizeRightsUri, rightsLabel } from './rights';
export { checkEdtf } from './edtf';
export { checkRequiredName, nfc } from './text';
