// The page shell of the embedded walk: no site header or footer, one line
// saying whose it is, and a link to open the walk full size in a new tab.
// Links that leave the walk open in a new tab: the site itself may not be framed.
import { html, raw, type SafeHtml } from '../../views/html.ts';
import type { Assets } from '../assets.ts';
import { themeLink, type WalkScriptData, walkAttributes } from './layout.ts';

export interface EmbedPageOptions {
  title: string;
  main: SafeHtml;
  assets: Assets;
  /** Where the walk lives (`/embed/boom/hulpverlening`): links elsewhere open a new tab. */
  basePath: string;
  /** The walk in the frame, for the walk script. */
  walk?: WalkScriptData;
  /** The same state on the full site (`/boom/…`). */
  fullHref: string;
}

/**
 * Adds target="_blank" to the links of `markup` that leave the walk at
 * `basePath`. Works on our own escaped markup: every href is double-quoted.
 */
export function openOutsideLinksInNewTab(markup: string, basePath: string): string {
  return markup.replace(/<a\b([^>]*?)\shref="([^"]*)"/g, (tag, before: string, href: string) => {
    const decoded = href.replace(/&amp;/g, '&');
    const staysInWalk = decoded === basePath || decoded.startsWith(`${basePath}?`);
    if (staysInWalk || decoded.startsWith('#') || /\starget=/.test(before)) return tag;
    return `<a${before} href="${href}" target="_blank" rel="noopener"`;
  });
}

export function embedLayout(options: EmbedPageOptions): string {
  const { title, main, assets, basePath, walk, fullHref } = options;
  const content = raw(openOutsideLinksInNewTab(main.value, basePath));
  return `<!doctype html>${html`<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title} – Woonkansboom</title>
<link rel="stylesheet" href="${assets.css}">${themeLink(assets)}
${walk ? html`<script type="module" src="${assets.walkScript}"></script>` : ''}
${assets.embedScript ? html`<script type="module" src="${assets.embedScript}"></script>` : ''}
</head>
<body class="utrecht-page-body utrecht-document voorbeeld-theme wkb-embed">
<main class="utrecht-page-content wkb-main wkb-embed__main" id="inhoud"${walk ? walkAttributes(walk, basePath) : ''}>
${content}
</main>
<footer class="wkb-embed__credit"><span>Woonkansboom – Bureau Woonkans</span> <a class="utrecht-link utrecht-link--html-a" href="${fullHref}" target="_blank" rel="noopener" data-embed-full>Open op volledige grootte<span class="wkb-visually-hidden"> (opent in een nieuw tabblad)</span></a></footer>
</body>
</html>`}`;
}
