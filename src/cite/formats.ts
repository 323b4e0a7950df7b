/**
 * A CSL-JSON item in every form a reader takes away (pure, through
 * citation-js): APA 7 and Chicago author-date as plain text, BibTeX
 * (UTF-8: Vietnamese letters stay as they are), RIS and CSL-JSON.
 *
 * Citation-js has no Vietnamese CSL locale (its CSL plugin ships en-US,
 * nl-NL, fr-FR, de-DE and es-ES), so the style words ("Accessed", "In")
 * are English in both locales; titles, names and genre labels keep their
 * own language.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { CHICAGO_CSL, CHICAGO_TEMPLATE } from './chicago-style';
import type { CslItem } from './csl';

// Plugin settings are process-wide; these are the only ones the archive uses.
const bibtexConfig = plugins.config.get('@bibtex') as { format: { asciiOnly: boolean; useIdAsLabel: boolean } };
// By default citation-js writes LaTeX escapes and drops what it cannot escape: "Xên bản" became "{X}{\^ e}n ban".
bibtexConfig.format.asciiOnly = false;
// Our ids (disan-<type>-<documentId>) are stable keys; the default label is made from author and title.
bibtexConfig.format.useIdAsLabel = true;
const cslConfig = plugins.config.get('@csl') as { styles: { has(name: string): boolean; add(name: string, xml: string): void } };
if (!cslConfig.styles.has(CHICAGO_TEMPLATE)) cslConfig.styles.add(CHICAGO_TEMPLATE, CHICAGO_CSL);

export interface CitationTexts {
  apa: string;
  chicago: string;
}

const authorName = (item: CslItem) => item.author[0]?.literal ?? '';

/** APA 7: when the author is also the site or the publisher, name it once. */
function forApa(item: CslItem): CslItem {
  const author = authorName(item);
  const copy: CslItem = { ...item };
  if (copy['container-title'] === author) delete copy['container-title'];
  if (copy.publisher === author || copy.publisher === item['container-title']) delete (copy as Partial<CslItem>).publisher;
  delete copy['publisher-place'];
  return copy;
}

const bibliography = (item: CslItem, template: string) =>
  (new Cite([item]).format('bibliography', { format: 'text', template, lang: 'en-US' }) as string).trim();

export function citationTexts(item: CslItem): CitationTexts {
  return { apa: bibliography(forApa(item), 'apa'), chicago: bibliography(item, CHICAGO_TEMPLATE) };
}

export function toBibtex(item: CslItem): string {
  return new Cite([item]).format('biblatex') as string;
}

export function toRis(item: CslItem): string {
  return new Cite([item]).format('ris') as string;
}

export function toCslJson(item: CslItem): string {
  return `${JSON.stringify([item], null, 2)}\n`;
}

export type DownloadFormat = 'bib' | 'ris' | 'json';

/** Each download: its body, media type and file extension. */
export const DOWNLOADS: Record<DownloadFormat, { contentType: string; render(item: CslItem): string }> = {
  bib: { contentType: 'application/x-bibtex; charset=utf-8', render: toBibtex },
  ris: { contentType: 'application/x-research-info-systems; charset=utf-8', render: toRis },
  json: { contentType: 'application/vnd.citationstyles.csl+json; charset=utf-8', render: toCslJson },
};
