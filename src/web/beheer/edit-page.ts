// The page around an editor's form: heading, saved notice, error summary,
// the form with the revision it is based on, and the draft's check beside it.

import type { ContentChange } from '../../core/diff/tree-diff.ts';
import type { DraftCheck } from '../../core/publish/draft-check.ts';
import { errorSummary, type SummaryProblem } from '../../views/error-summary.ts';
import { html, type SafeHtml } from '../../views/html.ts';
import { csrfField } from '../auth/csrf.ts';
import { editPath, treePath } from './beheer-paths.ts';
import { checkPanel, savedText } from './check-panel.ts';
import { changeList } from './diff-view.ts';
import type { AnyEditor, EditTarget } from './editor.ts';
import type { FieldErrors } from './form-fields.ts';
import { notice } from './ui/notice.ts';

/** What the conflict page adds: who saved in between, and both sides of the story. */
export interface ConflictInfo {
  savedBy: string | null;
  savedAt: string;
  baseRevision: number;
  currentRevision: number;
  /** What the other person changed in this part; undefined when unknown. */
  theirs: ContentChange[] | undefined;
  /** What the submitted form would change on top of the current draft. */
  yours: ContentChange[];
}

export interface EditPageInput {
  editor: AnyEditor;
  target: EditTarget;
  state: unknown;
  /** The revision the form is based on, and the state it started from. */
  revision: number;
  basis: unknown;
  errors: FieldErrors;
  summary: SummaryProblem[];
  saved: boolean;
  /** The form holds the editor's proposal, not yet saved. */
  proposed: boolean;
  check: DraftCheck;
  csrfToken: string | undefined;
  conflict?: ConflictInfo | undefined;
}

export function formAction(editor: AnyEditor, target: EditTarget): string {
  return editor.keyed
    ? editPath(target.treeId, editor.part, target.key)
    : editPath(target.treeId, editor.part);
}

function conflictBlock(conflict: ConflictInfo, formatTime: (iso: string) => string): SafeHtml {
  const who = conflict.savedBy ?? 'iemand anders';
  return html`<div class="utrecht-alert utrecht-alert--warning wkb-conflict" role="alert"><div class="utrecht-alert__content"><div class="utrecht-alert__message">
<h2 class="utrecht-heading-2">Iemand anders heeft dit concept intussen opgeslagen</h2>
<p class="utrecht-paragraph">${who} heeft het concept opgeslagen op ${formatTime(conflict.savedAt)}. U begon bij revisie ${String(conflict.baseRevision)}; nu is het revisie ${String(conflict.currentRevision)}. Uw wijziging is <strong>nog niet opgeslagen</strong>, maar er is niets verloren: wat u invulde staat hieronder nog in het formulier.</p>
<p class="utrecht-paragraph">In het formulier staan uw wijzigingen én wat de ander veranderde en u niet. Hebben u en de ander hetzelfde veld veranderd, dan staat uw versie in het formulier en ziet u hieronder die van de ander. Controleer het formulier en klik op "Opslaan" om het op de nieuwe revisie op te slaan.</p>
</div></div></div>
<h2 class="utrecht-heading-2">Wat ${who} aan dit onderdeel heeft veranderd</h2>
${conflict.theirs === undefined ? html`<p class="utrecht-paragraph">Dat kunnen we niet precies laten zien. Bekijk het <a class="utrecht-link utrecht-link--html-a" href="#formulier">formulier</a> en de geschiedenis.</p>` : changeList(conflict.theirs, 'Aan dit onderdeel is niets veranderd; de ander heeft iets anders in het concept gewijzigd.')}
<h2 class="utrecht-heading-2">Wat uw wijziging nu zou veranderen</h2>
${changeList(conflict.yours, 'Uw wijziging verandert niets meer aan het huidige concept.')}`;
}

export function editPage(
  input: EditPageInput,
  formatTime: (iso: string) => string,
): { title: string; main: SafeHtml } {
  const { editor, target, check } = input;
  const title = editor.heading(target);
  const main = html`<p class="utrecht-paragraph"><a class="utrecht-link utrecht-link--html-a wkb-back" href="${treePath(target.treeId)}">Terug naar het concept</a></p>
<h1 class="utrecht-heading-1">${title}</h1>
${input.saved ? notice(savedText(check).text, savedText(check).kind) : ''}
${input.proposed ? notice('Het formulier is ingevuld met wat er nu uitkomt. Dat is nog niet opgeslagen: controleer het en klik op "Opslaan".') : ''}
${errorSummary(input.summary)}
${input.conflict ? conflictBlock(input.conflict, formatTime) : ''}
<div class="wkb-beheer-columns">
<div class="wkb-beheer-columns__main">
<form method="post" action="${formAction(editor, target)}" class="wkb-edit-form" id="formulier" novalidate>
${csrfField(input.csrfToken)}
<input type="hidden" name="revision" value="${String(input.revision)}">
<input type="hidden" name="basis" value="${JSON.stringify(input.basis ?? null)}">
${editor.fields(input.state, { target, errors: input.errors })}
<button class="utrecht-button utrecht-button--primary-action utrecht-button--submit" type="submit">Opslaan</button>
</form>
${editor.aside?.(target) ?? ''}
${editor.remove?.(target) ? removeLink(editor, target) : ''}
</div>
${checkPanel(target.treeId, target.model, check)}
</div>`;
  return { title, main };
}

function removeLink(editor: AnyEditor, target: EditTarget): SafeHtml {
  return html`<p class="utrecht-paragraph wkb-remove"><a class="utrecht-link utrecht-link--html-a" href="${formAction(editor, target)}/verwijderen">Dit onderdeel verwijderen</a></p>`;
}
