/**
 * Pure checks of a record's data before it is written. Each problem names the
 * field (as a path the admin panel can highlight) and says what to do.
 */
import { type StoredTimingRule, toTimingRule, validateTimingRule } from '../calendar';
import { titleFieldOf } from '../content-model';
import { checkBcp47, checkEdtf, checkIso6393, checkRightsUri, checkScriptCode } from '../validation';

export interface Problem {
  path: Array<string | number>;
  message: string;
}

type Data = Record<string, unknown>;

const isObject = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value);
const listOf = (value: unknown): Data[] => (Array.isArray(value) ? value.filter(isObject) : []);
const has = (data: Data, key: string) => Object.prototype.hasOwnProperty.call(data, key);

function checkTaggedNames(data: Data, field: string, problems: Problem[]): void {
  listOf(data[field]).forEach((entry, index) => {
    const message = checkBcp47(entry.tag);
    if (message) problems.push({ path: [field, index, 'tag'], message });
    if (typeof entry.value !== 'string' || entry.value.trim() === '') {
      problems.push({ path: [field, index, 'value'], message: 'A tagged name needs a value (the name itself).' });
    }
  });
}

function checkSources(data: Data, problems: Problem[]): void {
  listOf(data.sources).forEach((source, index) => {
    if (!isHttpUrl(source.url)) {
      problems.push({ path: ['sources', index, 'url'], message: `Source URL "${String(source.url ?? '')}" is not a web address. Use a full http(s) URL.` });
    }
  });
}

function checkConsent(data: Data, problems: Problem[]): void {
  const consent = data.consent;
  if (!isObject(consent)) return;
  if (typeof consent.givenOn === 'string' && typeof consent.expiresOn === 'string' && consent.expiresOn < consent.givenOn) {
    problems.push({ path: ['consent', 'expiresOn'], message: 'Consent cannot expire before the day it was given.' });
  }
}

function isHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * @param type API name of the content type, e.g. 'festival'.
 * @param isCreate a create must carry the name; an update may leave it out but not blank it.
 */
export function checkRecordData({ type, data, isCreate }: { type: string; data: Data; isCreate: boolean }): Problem[] {
  const problems: Problem[] = [];
  const nameField = titleFieldOf(type);
  if (isCreate || has(data, nameField)) {
    const value = data[nameField];
    if (typeof value !== 'string' || value.trim() === '') {
      problems.push({ path: [nameField], message: `The ${nameField} is required: give the record a ${nameField} (in Vietnamese for the default locale).` });
    }
  }
  checkTaggedNames(data, 'otherNames', problems);
  checkSources(data, problems);

  if (type === 'language') {
    if (has(data, 'iso6393')) {
      const message = checkIso6393(data.iso6393);
      if (message) problems.push({ path: ['iso6393'], message });
    }
    if (has(data, 'bcp47')) {
      const message = checkBcp47(data.bcp47);
      if (message) problems.push({ path: ['bcp47'], message });
    }
    if (has(data, 'scripts') && data.scripts !== null) {
      if (!Array.isArray(data.scripts)) {
        problems.push({ path: ['scripts'], message: 'Scripts must be a list of ISO 15924 codes, e.g. ["Tavt", "Latn"].' });
      } else {
        data.scripts.forEach((code, index) => {
          const message = checkScriptCode(code);
          if (message) problems.push({ path: ['scripts', index], message });
        });
      }
    }
  }

  if (type === 'festival') {
    if (isObject(data.timing)) {
      for (const message of validateTimingRule(toTimingRule(data.timing as StoredTimingRule))) {
        problems.push({ path: ['timing'], message });
      }
    }
    listOf(data.occurrences).forEach((occurrence, index) => {
      const start = String(occurrence.startDate ?? '');
      const end = String(occurrence.endDate ?? '');
      if (start && end && end < start) {
        problems.push({ path: ['occurrences', index, 'endDate'], message: `Occurrence ends (${end}) before it starts (${start}).` });
      }
      if (start && occurrence.year !== undefined && Number(start.slice(0, 4)) !== Number(occurrence.year)) {
        problems.push({ path: ['occurrences', index, 'year'], message: `Occurrence year ${String(occurrence.year)} does not match its start date ${start}.` });
      }
    });
  }

  if (type === 'media-item') {
    if (isCreate || has(data, 'rightsUri')) {
      const message = checkRightsUri(data.rightsUri);
      if (message) problems.push({ path: ['rightsUri'], message });
    }
    if (has(data, 'date') && data.date !== null && data.date !== '') {
      const message = checkEdtf(data.date);
      if (message) problems.push({ path: ['date'], message });
    }
    listOf(data.captions).forEach((caption, index) => {
      const message = checkBcp47(caption.tag);
      if (message) problems.push({ path: ['captions', index, 'tag'], message });
    });
  }

  if (type === 'media-item' || type === 'person') checkConsent(data, problems);
  return problems;
}

/** NFC everywhere: text typed on some phones and Macs arrives decomposed, which breaks search and equality. */
export function normalizeText<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map((item) => normalizeText(item)) as T;
  if (isObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, normalizeText(item)])) as T;
  }
  return value;
}
