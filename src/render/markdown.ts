// Content Markdown -> sanitised HTML with NL Design System classes. Runs on the
// server only; the browser receives the result (see tree-texts.ts).
import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

const marked = new Marked({ gfm: true, breaks: false, async: false });

const classes: Record<string, string> = {
  p: 'utrecht-paragraph',
  ul: 'utrecht-unordered-list',
  ol: 'utrecht-ordered-list',
  a: 'utrecht-link utrecht-link--html-a',
  h2: 'utrecht-heading-2',
  h3: 'utrecht-heading-3',
};

const sanitizeOptions: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'ul', 'ol', 'li', 'a', 'strong', 'em', 'h2', 'h3', 'br'],
  allowedAttributes: { a: ['href', 'class'], '*': ['class'] },
  allowedSchemes: ['https', 'mailto', 'tel'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  transformTags: Object.fromEntries(
    Object.entries(classes).map(([tag, className]) => [
      tag,
      sanitizeHtml.simpleTransform(tag, { class: className }),
    ]),
  ),
};

export function renderMarkdown(markdown: string): string {
  const rendered = marked.parse(markdown) as string;
  return sanitizeHtml(rendered, sanitizeOptions).trim();
}
