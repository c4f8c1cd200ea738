// The routes of every editor: show the form, save it through the tree admin
// (saved → 303 back with a notice; invalid → 422 with the input kept;
// conflict → 409 with both edits visible).
import type { Hono } from 'hono';
import { diffContent } from '../../core/diff/tree-diff.ts';
import type { DraftCheck } from '../../core/publish/draft-check.ts';
import { isShared } from '../../core/tree/shared-rules.ts';
import type { DraftRecord } from '../../store/store.ts';
import type { SummaryProblem } from '../../views/error-summary.ts';
import { html } from '../../views/html.ts';
import type { AppEnv } from '../auth/principal.ts';
import { requirePermission } from '../auth/require-permission.ts';
import type { BeheerDeps } from '../deps.ts';
import {
  actorOf,
  type BeheerContext,
  type LoadedDraft,
  loadDraft,
  notFound,
  page,
  treeNotFound,
} from './beheer-context.ts';
import { treePath } from './beheer-paths.ts';
import { modelContent, readDraftModel } from './draft-model.ts';
import { type ConflictInfo, editPage, formAction } from './edit-page.ts';
import type { AnyEditor, EditTarget } from './editor.ts';
import { checkErrorsIn } from './editor-registry.ts';
import type { FieldErrors } from './form-fields.ts';
import { FormInput } from './form-input.ts';
import { mergeStates } from './merge-states.ts';
import { readableProblem } from './problem-texts.ts';
import { sharedEditPath } from './shared-rules-paths.ts';
import { formatAmsterdamTime } from './ui/amsterdam-time.ts';
import { notice } from './ui/notice.ts';

interface Render {
  loaded: Pick<LoadedDraft, 'check' | 'model'> & { revision: number };
  state: unknown;
  basis: unknown;
  errors?: FieldErrors;
  summary?: SummaryProblem[];
  saved?: boolean;
  proposed?: boolean;
  conflict?: ConflictInfo;
}

function render(
  c: BeheerContext,
  deps: BeheerDeps,
  editor: AnyEditor,
  target: EditTarget,
  input: Render,
  status: 200 | 409 | 422,
) {
  // Shown as it is in the draft (not after a refused save): the check's errors of this part, at their fields.
  const inDraft =
    status === 200
      ? checkErrorsIn(
          editor,
          { ...target, model: input.loaded.model },
          input.state,
          input.loaded.check,
        )
      : {};
  const errors = { ...inDraft, ...input.errors };
  const summary = [
    ...(input.summary ?? []),
    ...summaryOf(inDraft).filter(
      (entry) => !(input.summary ?? []).some((shown) => shown.href === entry.href),
    ),
  ];
  const view = editPage(
    {
      editor,
      target: { ...target, model: input.loaded.model },
      state: input.state,
      revision: input.loaded.revision,
      basis: input.basis,
      errors,
      summary,
      saved: input.saved ?? false,
      proposed: input.proposed ?? false,
      check: input.loaded.check,
      csrfToken: c.get('csrfToken'),
      conflict: input.conflict,
    },
    formatAmsterdamTime,
  );
  return page(c, deps, view.title, view.main, status);
}

function summaryOf(errors: FieldErrors): SummaryProblem[] {
  return Object.entries(errors).map(([field, message]) => ({ href: `#${field}`, message }));
}

function parseBasis(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * The 409 page: what the other person changed in this part, and the user's
 * form merged onto the current draft (their own changes kept, the other
 * person's changes taken over), based on the current revision.
 */
function conflictPage(
  c: BeheerContext,
  deps: BeheerDeps,
  editor: AnyEditor,
  target: EditTarget,
  submitted: { state: unknown; basis: unknown; baseRevision: number; errors?: FieldErrors },
  current: DraftRecord,
  check: DraftCheck,
) {
  const model = readDraftModel(current.content);
  if (!model) throw notFound('Het huidige concept kan niet worden gelezen.');
  const now: EditTarget = { ...target, model };
  const currentState = editor.read(now);
  const known = currentState !== undefined && submitted.basis !== null;
  const state = known
    ? mergeStates(submitted.basis, submitted.state, currentState)
    : submitted.state;
  const base = known ? editor.apply(now, submitted.basis) : undefined;
  const yours = currentState === undefined ? undefined : editor.apply(now, state);
  const conflict: ConflictInfo = {
    savedBy: current.updatedBy,
    savedAt: current.updatedAt,
    baseRevision: submitted.baseRevision,
    currentRevision: current.revision,
    theirs:
      base && 'model' in base ? diffContent(modelContent(base.model), current.content) : undefined,
    yours: yours && 'model' in yours ? diffContent(current.content, modelContent(yours.model)) : [],
  };
  const errors = submitted.errors ?? {};
  const loaded = { model, check, revision: current.revision };
  const input = {
    loaded,
    state,
    basis: currentState ?? null,
    errors,
    summary: summaryOf(errors),
    conflict,
  };
  return render(c, deps, editor, target, input, 409);
}

async function save(
  c: BeheerContext,
  deps: BeheerDeps,
  editor: AnyEditor,
  target: EditTarget,
  loaded: LoadedDraft,
) {
  const form = await FormInput.read(c);
  const baseRevision = Number(form.get('revision'));
  const state = editor.parse(form, target);
  const basis = parseBasis(form.get('basis'));
  const stale = baseRevision !== loaded.draft.revision;
  if (editor.read(target) === undefined && !stale) {
    throw notFound('Dit onderdeel bestaat niet (meer) in het concept.');
  }
  const applied = editor.read(target) === undefined ? undefined : editor.apply(target, state);
  const submitted = { state, basis, baseRevision };
  if (!applied || 'errors' in applied) {
    const errors = applied?.errors ?? {};
    if (stale)
      return conflictPage(
        c,
        deps,
        editor,
        target,
        { ...submitted, errors },
        loaded.draft,
        loaded.check,
      );
    const input = {
      loaded: { ...loaded, revision: baseRevision },
      state,
      basis,
      errors,
      summary: summaryOf(errors),
    };
    return render(c, deps, editor, target, input, 422);
  }
  const result = await deps.admin.saveDraft(
    target.treeId,
    modelContent(applied.model),
    baseRevision,
    actorOf(c),
  );
  switch (result.status) {
    case 'saved': {
      const key = applied.key ?? target.key;
      return c.redirect(`${formAction(editor, { ...target, key })}?opgeslagen=1`, 303);
    }
    case 'conflict':
      return conflictPage(c, deps, editor, target, submitted, result.current, result.check);
    case 'invalid': {
      const errors: Record<string, string> = {};
      const summary = result.problems.map((problem) => {
        const field = editor.fieldOf(problem.path, target, state);
        const message = readableProblem(target.model, problem);
        if (field && !errors[field]) errors[field] = message;
        return { href: `#${field ?? 'formulier'}`, message };
      });
      const input = {
        loaded: { ...loaded, revision: baseRevision },
        state,
        basis,
        errors,
        summary,
      };
      return render(c, deps, editor, target, input, 422);
    }
    case 'not-found':
      throw notFound(treeNotFound);
  }
}

/**
 * A period or contact from the shared rules is read-only in a tree: the page
 * says so and links to where it is changed for every tree (SPEC §11).
 */
async function sharedItemPage(
  c: BeheerContext,
  deps: BeheerDeps,
  editor: AnyEditor,
  target: EditTarget,
  status: 200 | 409,
): Promise<Response | undefined> {
  if (editor.part !== 'parameter' && editor.part !== 'contact') return undefined;
  const shared = await deps.admin.sharedRules();
  if (!shared || !isShared(shared, editor.part, target.key)) return undefined;
  const what = editor.part === 'parameter' ? 'Deze periode of waarde' : 'Dit contact';
  const item =
    editor.part === 'parameter'
      ? target.model.tree.parameters[target.key]?.label
      : target.model.tree.contacts.find((contact) => contact.id === target.key)?.name;
  const title = `${editor.part === 'parameter' ? 'Gedeelde periode of waarde' : 'Gedeeld contact'}: ${item ?? target.key}`;
  const main = html`<p class="utrecht-paragraph"><a class="utrecht-link utrecht-link--html-a wkb-back" href="${treePath(target.treeId)}">Terug naar het concept</a></p>
<h1 class="utrecht-heading-1">${title}</h1>
${status === 409 ? notice('Niet opgeslagen: dit onderdeel wijzigt u in de gedeelde regels.', 'warning') : ''}
<p class="utrecht-paragraph">${what} geldt voor alle bomen en staat in de gedeelde regels. Hier kunt u het alleen bekijken.</p>
<p class="utrecht-paragraph"><a class="utrecht-link utrecht-link--html-a" href="${sharedEditPath(editor.part, target.key)}">Wijzig in de gedeelde regels</a></p>`;
  return page(c, deps, title, main, status);
}

export function editRoutes(
  app: Hono<AppEnv>,
  deps: BeheerDeps,
  editors: readonly AnyEditor[],
): void {
  for (const editor of editors) {
    const path = `/beheer/bomen/:treeId/${editor.part}${editor.keyed ? '/:key' : ''}`;
    const targetOf = async (c: BeheerContext) => {
      const treeId = c.req.param('treeId') ?? '';
      const loaded = await loadDraft(deps, treeId);
      const key = editor.keyed ? (c.req.param('key') ?? '') : '';
      return loaded && { loaded, target: { treeId, model: loaded.model, key } };
    };
    app.get(path, requirePermission('editDrafts'), async (c) => {
      const found = await targetOf(c);
      if (!found) throw notFound(treeNotFound);
      const sharedItem = await sharedItemPage(c, deps, editor, found.target, 200);
      if (sharedItem) return sharedItem;
      const state = editor.read(found.target);
      if (state === undefined) throw notFound('Dit onderdeel bestaat niet in het concept.');
      const loaded = { ...found.loaded, revision: found.loaded.draft.revision };
      const saved = c.req.query('opgeslagen') === '1';
      const proposal =
        c.req.query('voorstel') === '1' ? editor.proposal?.(found.target) : undefined;
      const input = {
        loaded,
        state: proposal ?? state,
        basis: state,
        saved,
        proposed: proposal !== undefined,
      };
      return render(c, deps, editor, found.target, input, 200);
    });
    app.post(path, requirePermission('editDrafts'), async (c) => {
      const found = await targetOf(c);
      if (!found) throw notFound(treeNotFound);
      const sharedItem = await sharedItemPage(c, deps, editor, found.target, 409);
      if (sharedItem) return sharedItem;
      return save(c, deps, editor, found.target, found.loaded);
    });
  }
}
