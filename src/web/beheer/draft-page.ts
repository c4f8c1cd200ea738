// The draft of one tree: what it holds, beside it the check (problems and
// scenario results) and, for beheerders, the publish form.
import { formatDutchDate, formatTypedDate } from '../../core/dates/dutch-date.ts';
import type { PlainDate } from '../../core/dates/plain-date.ts';
import type { DraftCheck } from '../../core/publish/draft-check.ts';
import type { VersionSummary } from '../../store/store.ts';
import { errorSummary } from '../../views/error-summary.ts';
import { html, type SafeHtml } from '../../views/html.ts';
import { csrfField } from '../auth/csrf.ts';
import type { LoadedDraft } from './beheer-context.ts';
import { editPath, treePath } from './beheer-paths.ts';
import { problemList, publishableLine, scenarioResultList } from './check-panel.ts';
import { draftDiagram } from './draft-diagram-routes.ts';
import { draftSections } from './draft-sections.ts';
import { textArea, textField } from './form-fields.ts';
import { formatAmsterdamTime } from './ui/amsterdam-time.ts';
import { notice } from './ui/notice.ts';

/** The publish form's fields, as typed: nothing typed is lost on a refusal. */
export type PublishField = 'note' | 'geldigVanaf' | 'geldtVoorOntruimingenVanaf';

export interface PublishAttempt {
  note: string;
  geldigVanaf?: string;
  geldtVoorOntruimingenVanaf?: string;
  /** What is wrong with the note. */
  error?: string;
  /** What is wrong with a date field. */
  dateErrors?: Partial<Record<PublishField, string>>;
  /** The check that refused the publish. */
  refused?: DraftCheck;
  /** The shared-rules version (not the one in force first) the draft failed with. */
  refusedWith?: { version: number; geldigVanaf: PlainDate };
  /** The revision the beheerder looked at, when the draft changed since. */
  staleRevision?: number;
}

export interface DraftNotice {
  text: string;
  kind?: 'ok' | 'warning';
}

export interface DraftPageInput {
  treeId: string;
  loaded: LoadedDraft;
  latest: VersionSummary | undefined;
  differs: boolean;
  notices: DraftNotice[];
  canPublish: boolean;
  csrfToken: string | undefined;
  publish?: PublishAttempt;
  /** Today, the default of "Vanaf wanneer geldt dit?". */
  today: PlainDate;
}

function refusal(input: DraftPageInput): SafeHtml | '' {
  const { publish, treeId, loaded } = input;
  if (publish?.staleRevision !== undefined) {
    return html`<div class="utrecht-alert utrecht-alert--warning" role="alert" id="publiceren-fout"><div class="utrecht-alert__content"><div class="utrecht-alert__message">
<h2 class="utrecht-heading-2">Niet gepubliceerd: het concept is intussen veranderd</h2>
<p class="utrecht-paragraph">U bekeek revisie ${String(publish.staleRevision)}. Iemand heeft daarna opgeslagen; nu is het revisie ${String(loaded.draft.revision)}. Bekijk het concept hieronder en publiceer opnieuw als het klopt. Uw toelichting staat nog in het formulier.</p>
</div></div></div>`;
  }
  if (!publish?.refused) return '';
  const check = publish.refused;
  return html`<div class="utrecht-alert utrecht-alert--error" role="alert" id="publiceren-fout" tabindex="-1"><div class="utrecht-alert__content"><div class="utrecht-alert__message">
<h2 class="utrecht-heading-2">Niet gepubliceerd</h2>
<p class="utrecht-paragraph">Het concept heeft nog problemen of scenario’s die niet kloppen${publish.refusedWith ? ` samen met versie ${publish.refusedWith.version} van de gedeelde regels, die geldt vanaf ${formatDutchDate(publish.refusedWith.geldigVanaf)}` : ''}. De gepubliceerde versie blijft zoals hij was. Los dit op en publiceer opnieuw:</p>
${problemList(treeId, loaded.model, check)}
${scenarioResultList(treeId, check, { failedOnly: true })}
</div></div></div>`;
}

function publishForm(input: DraftPageInput): SafeHtml {
  const { publish } = input;
  return html`<form method="post" action="${treePath(input.treeId)}/publiceren" class="wkb-publish-form" novalidate>
<h2 class="utrecht-heading-2">Publiceren</h2>
<p class="utrecht-paragraph">Na het publiceren gebruikt iedereen die de Woonkansboom doorloopt dit concept als nieuwe versie.</p>
${csrfField(input.csrfToken)}
<input type="hidden" name="revision" value="${String(input.loaded.draft.revision)}">
${textArea({ name: 'note', label: 'Wat verandert er? (verplicht)', value: publish?.note ?? '', rows: 3, hint: 'Bijvoorbeeld: Regeling moet nu 7 maanden goed lopen (besluit 12 maart).', error: publish?.error })}
${textField({ name: 'geldigVanaf', label: 'Vanaf wanneer geldt dit?', value: publish?.geldigVanaf ?? formatTypedDate(input.today), hint: `Schrijf dag-maand-jaar. Vandaag is ${formatDutchDate(input.today)}. Kiest u een latere dag, dan wordt de versie gepland: tot die dag blijft de huidige versie gelden en kunt u de nieuwe nog intrekken.`, error: publish?.dateErrors?.geldigVanaf })}
${textField({ name: 'geldtVoorOntruimingenVanaf', label: 'Alleen voor ontruimingen vanaf (overgangsrecht, mag leeg)', value: publish?.geldtVoorOntruimingenVanaf ?? '', hint: 'Vult u een datum in, dan houdt een ontruiming van vóór die dag de regels van de versie die eerder gold.', error: publish?.dateErrors?.geldtVoorOntruimingenVanaf })}
<button class="utrecht-button utrecht-button--primary-action utrecht-button--submit" type="submit">Publiceren</button>
</form>`;
}

function publishErrors(publish: PublishAttempt | undefined): SafeHtml | '' {
  const errors = { note: publish?.error, ...publish?.dateErrors };
  const listed = Object.entries(errors).flatMap(([field, message]) =>
    message ? [{ href: `#${field}`, message }] : [],
  );
  return listed.length > 0 ? errorSummary(listed) : '';
}

export function draftPage(input: DraftPageInput): { title: string; main: SafeHtml } {
  const { treeId, loaded, latest } = input;
  const { draft, check, model } = loaded;
  const title = `Concept: ${model.tree.title}`;
  const parts = draftSections(treeId, model, check);
  const links = [
    [`${treePath(treeId)}/voorbeeld`, 'Voorbeeld: het concept doorlopen'],
    [`${treePath(treeId)}/versies`, 'Geschiedenis en vergelijken'],
    [`${treePath(treeId)}/importeren`, 'Importeren of exporteren'],
  ];
  const main = html`<p class="utrecht-paragraph"><a class="utrecht-link utrecht-link--html-a wkb-back" href="/beheer">Alle bomen</a></p>
<h1 class="utrecht-heading-1">${title}</h1>
${input.notices.map(({ text, kind }) => notice(text, kind))}
${publishErrors(input.publish)}
${refusal(input)}
<p class="utrecht-paragraph wkb-meta">Revisie ${String(draft.revision)}, laatst opgeslagen${draft.updatedBy ? ` door ${draft.updatedBy}` : ''} op ${formatAmsterdamTime(draft.updatedAt)}. ${latest ? `${latest.geldigVanaf > input.today ? `Gepland: versie ${latest.version}, geldt vanaf ${formatDutchDate(latest.geldigVanaf)}` : `Gepubliceerd: versie ${latest.version}`} (${formatAmsterdamTime(latest.publishedAt)}). ` : 'Nog niet gepubliceerd. '}${input.differs ? 'Het concept wijkt af van de gepubliceerde versie.' : 'Het concept is gelijk aan de gepubliceerde versie.'}</p>
<ul class="utrecht-link-list utrecht-link-list--html-ul wkb-actions">${links.map(([href, text]) => html`<li class="utrecht-link-list__item"><a class="utrecht-link utrecht-link--html-a utrecht-link-list__link" href="${href}">${text}</a></li>`)}</ul>
${parts.contents}
<div class="wkb-beheer-columns wkb-beheer-columns--aside-first">
<aside class="wkb-beheer-aside" id="controle" aria-labelledby="controle-titel">
<h2 class="utrecht-heading-2" id="controle-titel">Controle van het concept</h2>
${publishableLine(check)}
<h3 class="utrecht-heading-3">Problemen</h3>
${problemList(treeId, model, check)}
<h3 class="utrecht-heading-3">Scenario’s</h3>
${scenarioResultList(treeId, check, { failedOnly: true })}
<p class="utrecht-paragraph"><a class="utrecht-link utrecht-link--html-a" href="${editPath(treeId, 'scenario', 'nieuw')}">Scenario toevoegen</a></p>
${input.canPublish ? publishForm(input) : html`<p class="utrecht-paragraph">Een beheerder publiceert het concept.</p>`}
</aside>
<div class="wkb-beheer-columns__main" id="schema">
<h2 class="utrecht-heading-2">Schema van het concept</h2>
${draftDiagram(treeId, loaded)}
</div>
</div>
${parts.sections}`;
  return { title, main };
}
