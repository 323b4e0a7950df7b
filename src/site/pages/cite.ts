/**
 * A record's citation on the site: the CSL item (src/cite) with the site's
 * permanent link and today's Vietnam date, its texts and its download links.
 * The same for the page's "Cite" block, its citation_* tags and the files.
 */
import { vietnamToday } from '../../access/levels';
import { toCslItem, type CslItem } from '../../cite/csl';
import { citationTexts, type CitationTexts } from '../../cite/formats';
import type { ArchiveType } from '../../content-model';
import type { Row } from '../load/reader';
import { citeFilePath, permalinkPath, type CiteFormat } from '../routes';
import type { PageContext } from '../views/layout';

export interface SiteCitation extends CitationTexts {
  item: CslItem;
  permalink: string;
  /** YYYY-MM-DD, Vietnam date. */
  accessed: string;
  downloads: Record<CiteFormat, string>;
}

export function citationItem(ctx: PageContext, type: ArchiveType, record: Row, accessed = vietnamToday()): CslItem {
  const permalink = ctx.origin + permalinkPath(ctx.locale, type, record.documentId);
  return toCslItem({ type, record, locale: ctx.locale, permalink, accessed, publisher: ctx.t.siteName });
}

export function siteCitation(ctx: PageContext, type: ArchiveType, record: Row): SiteCitation {
  const accessed = vietnamToday();
  const item = citationItem(ctx, type, record, accessed);
  const file = (format: CiteFormat) => citeFilePath(ctx.locale, type, record.documentId, format);
  return { item, ...citationTexts(item), permalink: item.URL, accessed, downloads: { bib: file('bib'), ris: file('ris'), json: file('json') } };
}
