// A content diff as a page section: changes grouped (questions, outcomes,
// parameters…), each with what it was and what it is now: a changed text word
// by word (word-diff.ts), an added or removed one as a whole.
import { type ContentChange, changeGroups } from '../../core/diff/tree-diff.ts';
import { html, type SafeHtml } from '../../views/html.ts';
import { wordDiff } from './word-diff.ts';

function values(change: ContentChange): SafeHtml {
  if (change.old !== undefined && change.new !== undefined) {
    return html`<div class="wkb-diff__words"><span class="wkb-diff__label">Wat er veranderde:</span> ${wordDiff(change.old, change.new)}</div>`;
  }
  if (change.old !== undefined) {
    return html`<div class="wkb-diff__old"><span class="wkb-diff__label">Was:</span> <del><span class="wkb-visually-hidden">(verwijderd: </span>${change.old}<span class="wkb-visually-hidden">)</span></del></div>`;
  }
  if (change.new !== undefined) {
    return html`<div class="wkb-diff__new"><span class="wkb-diff__label">Nu:</span> <ins><span class="wkb-visually-hidden">(toegevoegd: </span>${change.new}<span class="wkb-visually-hidden">)</span></ins></div>`;
  }
  return html``;
}

export function changeList(changes: readonly ContentChange[], empty: string): SafeHtml {
  if (changes.length === 0) return html`<p class="utrecht-paragraph">${empty}</p>`;
  return html`${changeGroups.map(({ group, title }) => {
    const inGroup = changes.filter((change) => change.group === group);
    if (inGroup.length === 0) return '';
    return html`<h3 class="utrecht-heading-3">${title}</h3>
<ul class="utrecht-unordered-list wkb-diff">${inGroup.map(
      (change) =>
        html`<li class="utrecht-unordered-list__item wkb-diff__change wkb-diff__change--${change.kind}" data-path="${change.path}"><strong>${change.description}</strong>${values(change)}</li>`,
    )}</ul>`;
  })}`;
}
