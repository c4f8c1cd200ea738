// `/beheer/te-controleren` (SPEC §11): every statement no beheerder has
// confirmed, grouped by the shared rules and each tree, with its source, a
// link to where it is edited and — for beheerders — a button to confirm it.

import { confirmable, type ReviewItem, type ReviewKind } from '../../core/publish/review-items.ts';
import { sharedRulesId } from '../../core/tree/shared-rules.ts';
import { sourceText } from '../../core/tree/source.ts';
import type { ReviewGroup } from '../../services/source-review.ts';
import { html, type SafeHtml } from '../../views/html.ts';
import { csrfField } from '../auth/csrf.ts';
import { editPath, treePath } from './beheer-paths.ts';
import { sharedEditPath } from './shared-rules-paths.ts';
import { notice } from './ui/notice.ts';

export const reviewPath = '/beheer/te-controleren';

const kindWords: Record<ReviewKind, string> = {
  parameter: 'Parameter',
  date: 'Berekende datum',
  requirement: 'Voorwaarde',
  outcome: 'Uitkomst',
  step: 'Stap van een traject',
  contact: 'Contact',
  corporation: 'Corporatie',
  originals: 'Vaste controle',
};

const reasonWords = {
  unconfirmed: 'nog niet bevestigd',
  'no-source': 'geen bron: vul eerst een bron in',
  'no-route': 'geen website, e-mail, telefoon of adres',
} as const;

/** Where the item is edited; none for the standing check. */
export function reviewEditPath(owner: string, item: ReviewItem): string | undefined {
  if (owner === sharedRulesId) {
    if (item.kind === 'parameter' || item.kind === 'contact')
      return sharedEditPath(item.kind, item.partId);
    if (item.kind === 'corporation') return sharedEditPath('corporaties');
    return undefined;
  }
  switch (item.kind) {
    case 'parameter':
      return editPath(owner, 'parameter', item.partId);
    case 'date':
      return `${treePath(owner)}#datums`;
    case 'requirement':
      return editPath(owner, 'voorwaarde', item.partId);
    case 'outcome':
      return editPath(owner, 'uitkomst', item.partId);
    case 'step':
      return editPath(owner, 'traject', item.partId);
    case 'contact':
      return editPath(owner, 'contact', item.partId);
    default:
      return undefined;
  }
}

export function reviewCount(groups: readonly ReviewGroup[]): number {
  return groups.reduce((sum, group) => sum + group.items.length, 0);
}

function itemView(
  owner: string,
  item: ReviewItem,
  canConfirm: boolean,
  csrfToken: string | undefined,
): SafeHtml {
  const edit = reviewEditPath(owner, item);
  const source =
    item.kind === 'originals'
      ? 'Vergelijk elke vraag en uitkomst met de tekeningen van Bureau Woonkans.'
      : sourceText(item.source);
  return html`<li class="wkb-review-item">
<h3 class="utrecht-heading-3 wkb-review-item__title">${item.label}</h3>
<p class="utrecht-paragraph wkb-review-kind">${kindWords[item.kind]}</p>
<p class="utrecht-paragraph">Bron: ${source}</p>
<p class="utrecht-paragraph">Waarom te controleren: ${item.reasons.map((reason) => reasonWords[reason]).join('; ')}</p>
<div class="wkb-review-actions">
${edit ? html`<a class="utrecht-link utrecht-link--html-a" href="${edit}">Wijzigen<span class="wkb-visually-hidden">: ${item.label}</span></a>` : ''}
${
  canConfirm && confirmable(item)
    ? html`<form method="post" action="${reviewPath}/bevestigen">
${csrfField(csrfToken)}
<input type="hidden" name="owner" value="${owner}">
<input type="hidden" name="item" value="${item.key}">
<button class="utrecht-button utrecht-button--secondary-action utrecht-button--submit" type="submit">Bevestigen<span class="wkb-visually-hidden">: ${item.label}</span></button>
</form>`
    : ''
}
</div>
</li>`;
}

export function reviewPage(
  groups: readonly ReviewGroup[],
  options: { canConfirm: boolean; csrfToken: string | undefined; confirmed?: string | undefined },
): { title: string; main: SafeHtml } {
  const total = reviewCount(groups);
  const thesis = groups
    .flatMap((group) => group.items)
    .filter((item) => item.source?.kind === 'thesis' && confirmable(item)).length;
  const title = `Te controleren: ${total}`;
  const main = html`<h1 class="utrecht-heading-1">${title}</h1>
${notice(options.confirmed)}
<p class="utrecht-paragraph">Hier staat alles wat een beheerder nog niet heeft bevestigd: een bron die nog niet is gecontroleerd, een onderdeel zonder bron, of een contact zonder website, e-mail, telefoon of adres. Controleer de bron en klik dan op "Bevestigen".</p>
<p class="utrecht-paragraph">Bevestigen verandert het concept van de boom of van de gedeelde regels. Het gaat mee met de volgende versie die u publiceert. Publiceren kan ook als deze lijst nog niet leeg is.</p>
${
  options.canConfirm && thesis > 0
    ? html`<form method="post" action="${reviewPath}/scriptie" class="wkb-review-thesis">
${csrfField(options.csrfToken)}
<button class="utrecht-button utrecht-button--primary-action utrecht-button--submit" type="submit">Bevestig alle items uit de scriptie (${String(thesis)})</button>
</form>`
    : ''
}
${options.canConfirm ? '' : html`<p class="utrecht-paragraph">Alleen een beheerder kan bevestigen.</p>`}
${groups.map(
  (group) => html`<section class="wkb-draft-section" aria-labelledby="groep-${group.owner}">
<h2 class="utrecht-heading-2" id="groep-${group.owner}">${group.title} (${String(group.items.length)})</h2>
${
  group.items.length === 0
    ? html`<p class="utrecht-paragraph">Niets te controleren.</p>`
    : html`<ul class="wkb-review-list">${group.items.map((item) => itemView(group.owner, item, options.canConfirm, options.csrfToken))}</ul>`
}
</section>`,
)}`;
  return { title, main };
}
