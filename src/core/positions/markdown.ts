// Employer-written descriptions are Markdown rendered to HTML on our pages and in JSON-LD, so they are an
// injection surface. Two layers: markdown-it never passes raw HTML through (html: false), and the output
// then goes through sanitize-html with an allow-list, so a markdown-it bug or a crafted link cannot reach
// the page either.
import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });
// Tables and strikethrough would render to tags the allow-list drops, running cell text together;
// left off, their source stays readable as plain text.
markdown.disable(['table', 'strikethrough']);
// Images are not allowed (tracking pixels, layout); the alt text says what the author meant to show.
markdown.renderer.rules.image = (tokens, index) => markdown.utils.escapeHtml(tokens[index]?.content ?? '');

const LINK_SCHEMES = ['http', 'https', 'mailto'];
const ABSOLUTE_LINK = /^(https?:\/\/[^/\s]|mailto:)/i;
/** External links: no ranking credit, no window.opener, and marked as user content. */
export const LINK_REL = 'nofollow noopener ugc';

// The page already has an h1 (the title) and h2 sections, so the author's headings sit below them:
// #, ## and ### become h3; deeper ones become h4.
const HEADING_LEVELS: Record<string, string> = { h1: 'h3', h2: 'h3', h3: 'h3', h4: 'h4', h5: 'h4', h6: 'h4' };

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'strong', 'em', 'ul', 'ol', 'li', 'h3', 'h4', 'blockquote', 'code', 'pre', 'a'],
  allowedAttributes: { a: ['href', 'rel'] },
  allowedSchemes: LINK_SCHEMES,
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  // Horizontal rules and anything else not listed vanish; their text stays.
  disallowedTagsMode: 'discard',
  // A paragraph left empty (an image without alt text) would only add space.
  exclusiveFilter: (frame) => frame.tag === 'p' && frame.text.trim() === '',
  transformTags: {
    ...HEADING_LEVELS,
    // A link without an absolute http(s) or mailto address becomes its text (span is not allowed, so
    // only the text survives); relative and protocol-relative links would depend on where they render.
    a: (_tagName, attribs): sanitizeHtml.Tag => {
      const href = attribs.href?.trim() ?? '';
      if (!ABSOLUTE_LINK.test(href)) return { tagName: 'span', attribs: {} };
      return { tagName: 'a', attribs: { href, rel: LINK_REL } };
    },
  },
};

/** Markdown to safe HTML for a position description. */
export function renderMarkdown(source: string): string {
  return sanitizeHtml(markdown.render(source), SANITIZE).trim();
}
