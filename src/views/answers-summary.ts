// "Uw antwoorden": every answer on the path with a link to change it
// (the GOV.UK "check your answers" pattern).
import { formatDutchDate } from '../core/dates/dutch-date.ts';
import type { PathEntry } from '../core/walk/next-step.ts';
import { fillText } from './fill-texts.ts';
import { html, type SafeHtml } from './html.ts';
import { linkState } from './question-view.ts';
import type { WalkContext } from './walk-context.ts';
import { walkHref } from './walk-url.ts';

export function answersSummary(
  ctx: WalkContext,
  path: PathEntry[],
  answers: Readonly<Record<string, string>>,
  dates: Readonly<Record<string, string>>,
): SafeHtml {
  const rows = path.flatMap((entry) => {
    if (entry.kind === 'check') return [];
    const node = ctx.tree.nodes.find((candidate) => candidate.id === entry.node);
    if (!node) return [];
    const question = fillText(node.text, ctx.tree, dates);
    const answer =
      entry.kind === 'date'
        ? formatDutchDate(entry.answer)
        : fillText(entry.label, ctx.tree, dates);
    const href = walkHref(ctx.basePath, linkState(ctx, answers), { wijzig: entry.node });
    return [
      html`<div class="utrecht-data-list__item">
<dt class="utrecht-data-list__item-key">${question}</dt>
<dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">${answer}</dd>
<dd class="utrecht-data-list__actions utrecht-data-list__actions--html-dd"><a class="utrecht-link utrecht-link--html-a" href="${href}" data-walk-link>Wijzig<span class="wkb-visually-hidden"> het antwoord op: ${question}</span></a></dd>
</div>`,
    ];
  });
  return html`<dl class="utrecht-data-list utrecht-data-list--rows wkb-answers">${rows}</dl>`;
}
