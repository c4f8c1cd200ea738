// Information pages per trajectory (tweedekansbeleid, WonenPlus, Zittende huurders).
import type { Trajectory } from '../../core/tree/tree.ts';
import { fillHtml, fillText } from '../../views/fill-texts.ts';
import { html, type SafeHtml } from '../../views/html.ts';
import { textKey } from '../../views/walk-context.ts';
import type { PublishedTree } from '../published-tree.ts';

export interface TrajectoryEntry {
  trajectory: Trajectory;
  source: PublishedTree;
}

/** Every trajectory once, from the first tree (in display order) that describes it. */
export function trajectoryEntries(trees: PublishedTree[]): TrajectoryEntry[] {
  const seen = new Map<string, TrajectoryEntry>();
  for (const source of trees) {
    for (const trajectory of source.tree.trajectories) {
      if (!seen.has(trajectory.id)) seen.set(trajectory.id, { trajectory, source });
    }
  }
  return [...seen.values()];
}

export function trajectoryListPage(entries: TrajectoryEntry[]): SafeHtml {
  return html`<h1 class="utrecht-heading-1">Trajecten van Bureau Woonkans</h1>
<ul class="utrecht-link-list utrecht-link-list--html-ul wkb-trajectories">${entries.map(
    ({ trajectory, source }) =>
      html`<li class="utrecht-link-list__item"><a class="utrecht-link utrecht-link--html-a utrecht-link-list__link" href="/trajecten/${trajectory.id}">${trajectory.title}</a><p class="utrecht-paragraph">${fillText(trajectory.summary, source.tree)}</p></li>`,
  )}</ul>`;
}

export function trajectoryPage({ trajectory, source }: TrajectoryEntry): SafeHtml {
  const { tree, texts } = source;
  return html`<a class="utrecht-link utrecht-link--html-a wkb-back" href="/trajecten">Alle trajecten</a>
<h1 class="utrecht-heading-1">${trajectory.title}</h1>
<p class="utrecht-paragraph utrecht-paragraph--lead">${fillText(trajectory.summary, tree)}</p>
<div class="wkb-rich">${fillHtml(texts[textKey.trajectoryBody(trajectory.id)] ?? '', tree)}</div>
${
  trajectory.steps.length > 0
    ? html`<h2 class="utrecht-heading-2">Zo verloopt het</h2>
<ol class="utrecht-ordered-list wkb-timeline">${trajectory.steps.map(
        (step, index) =>
          html`<li><strong>${fillText(step.title, tree)}</strong>${step.duration ? html` <span class="wkb-timeline__duration">(${fillText(step.duration, tree)})</span>` : ''} ${fillHtml(texts[textKey.trajectoryStep(trajectory.id, index)] ?? '', tree)}</li>`,
      )}</ol>`
    : ''
}
<p class="utrecht-paragraph"><a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" href="/boom/${tree.id}">Kijk of uw cliënt past</a></p>`;
}
