/**
 * Rich text from the archive (Strapi's markdown fields) as safe HTML. Raw
 * HTML in the source is escaped, not rendered, and markdown-it's link
 * validation refuses javascript:, vbscript:, file: and data: targets; on top
 * of that only http(s), mailto and site-relative links survive. Headings are
 * shifted down two levels so a record's text never competes with the page's
 * own h1/h2. Plain text of a markdown field (previews, share descriptions)
 * is `markdownToText` in src/search/documents/text.ts, one set of rules for
 * the search snippet and the page.
 */
import MarkdownIt from 'markdown-it';
import { raw, type Html } from './html';

const md = new MarkdownIt({ html: false, linkify: false, typographer: false, breaks: false });
const defaultValidate = md.validateLink.bind(md);
md.validateLink = (url: string) => defaultValidate(url) && (/^(https?:|mailto:)/i.test(url) || /^\/(?!\/)/.test(url));
md.core.ruler.push('shift_headings', (state) => {
  for (const token of state.tokens) {
    if ((token.type === 'heading_open' || token.type === 'heading_close') && /^h[1-6]$/.test(token.tag)) {
      token.tag = `h${Math.min(6, Number(token.tag[1]) + 2)}`;
    }
  }
  return true;
});
// Images in rich text would bypass the media pipeline (no renditions, no access check): show their alt text only.
md.renderer.rules.image = (tokens, index) => md.utils.escapeHtml(tokens[index].content);
md.renderer.rules.link_open = (tokens, index, options, _env, self) => {
  const href = tokens[index].attrGet('href') ?? '';
  if (/^https?:/i.test(href)) tokens[index].attrSet('rel', 'noopener');
  return self.renderToken(tokens, index, options);
};

export function renderMarkdown(text: unknown): Html {
  return raw(typeof text === 'string' && text.trim() ? md.render(text) : '');
}
