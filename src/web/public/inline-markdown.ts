// The little Markdown the OpenAPI texts use: `code` and **bold** inside one
// line. Escaped first, then only these two become tags, so no other markup
// can get through. (The content renderer, render/markdown.ts, drops code.)
import { escapeHtml, raw, type SafeHtml } from '../../views/html.ts';

export function inlineMarkdown(text: string): SafeHtml {
  return raw(
    escapeHtml(text)
      .replace(/`([^`]+)`/g, '<code>$1</code>')
      .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>'),
  );
}
