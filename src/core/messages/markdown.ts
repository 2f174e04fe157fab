// Messages are written by both sides and shown to the other, so they are an injection surface like
// position descriptions (src/core/positions/markdown.ts), with a lighter dialect: no headings (a chat
// message has no sections), single newlines kept as line breaks. The same two layers apply:
// markdown-it passes no raw HTML (html: false), then sanitize-html applies an allow-list.
import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';
import { LINK_REL } from '../positions/markdown.js';

const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: true });
markdown.disable(['table', 'strikethrough', 'heading', 'lheading', 'hr']);
// Images are not allowed (tracking pixels); the alt text says what the author meant to show.
markdown.renderer.rules.image = (tokens, index) => markdown.utils.escapeHtml(tokens[index]?.content ?? '');

const ABSOLUTE_LINK = /^(https?:\/\/[^/\s]|mailto:)/i;

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'strong', 'em', 'ul', 'ol', 'li', 'blockquote', 'code', 'pre', 'a'],
  allowedAttributes: { a: ['href', 'rel'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  exclusiveFilter: (frame) => frame.tag === 'p' && frame.text.trim() === '',
  transformTags: {
    // Only absolute http(s) and mailto links stay links; anything else keeps just its text.
    a: (_tagName, attribs): sanitizeHtml.Tag => {
      const href = attribs.href?.trim() ?? '';
      if (!ABSOLUTE_LINK.test(href)) return { tagName: 'span', attribs: {} };
      return { tagName: 'a', attribs: { href, rel: LINK_REL } };
    },
  },
};

/** A message's light Markdown to safe HTML. */
export function renderMessageMarkdown(source: string): string {
  return sanitizeHtml(markdown.render(source), SANITIZE).trim();
}
