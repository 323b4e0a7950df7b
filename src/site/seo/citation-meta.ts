/**
 * Highwire Press `citation_*` tags, which Zotero's "Embedded Metadata"
 * translator (and Google Scholar) read from a page's head. Made from the
 * same CSL item as the "Cite" block, so the two cannot disagree.
 *
 * No `citation_author`: readers split it into given and family name by the
 * last word, which gets an institution ("Di Sản Điện Biên") and Vietnamese
 * personal names (family name first) wrong; the publisher names the archive.
 */
import type { CslItem } from '../../cite/csl';

export type MetaTag = [name: string, content: string];

const pad = (n: number) => String(n).padStart(2, '0');

export function citationMetaTags(item: CslItem): MetaTag[] {
  const issued = item.issued?.['date-parts'][0];
  const date = issued ? [String(issued[0]), ...issued.slice(1).map(pad)].join('/') : '';
  const tags: MetaTag[] = [
    ['citation_title', item.title],
    ['citation_publisher', item.publisher],
    ['citation_date', date],
    ['citation_public_url', item.URL],
    ['citation_language', item.language ?? ''],
    // Zotero splits citation_keywords on semicolons.
    ['citation_keywords', (item.keyword ?? '').split(',').filter(Boolean).join('; ')],
  ];
  return tags.filter(([, content]) => content);
}
