/**
 * The "Trích dẫn / Cite" block of a record page: closed by default
 * (<details>, no script), with APA and Chicago text, the permanent link, the
 * date accessed and the files for reference managers.
 */
import { html, type Html } from '../html';
import type { SiteCitation } from '../pages/cite';
import type { PageContext } from './layout';

const DOWNLOAD_LABEL = { bib: 'BibTeX (.bib)', ris: 'RIS (.ris)', json: 'CSL-JSON (.json)' } as const;

export function citeBlock(ctx: PageContext, citation: SiteCitation): Html {
  const { t } = ctx;
  const [y, m, d] = citation.accessed.split('-').map(Number);
  return html`<details class="cite" id="cite">
<summary><h2 id="cite-h">${t.cite}</h2></summary>
<dl class="facts">
<dt>APA</dt><dd><p class="ref">${citation.apa}</p></dd>
<dt>${t.citeChicago}</dt><dd><p class="ref">${citation.chicago}</p></dd>
<dt>${t.permalink}</dt><dd><a href="${citation.permalink}">${citation.permalink}</a></dd>
<dt>${t.accessedOn}</dt><dd><time datetime="${citation.accessed}">${t.longDate(y, m, d)}</time></dd>
</dl>
<p class="meta">${t.citeDownloads}:</p>
<ul class="cite-files">${(['bib', 'ris', 'json'] as const).map((format) => html`<li><a href="${citation.downloads[format]}" download>${DOWNLOAD_LABEL[format]}</a></li>`)}</ul>
</details>`;
}
