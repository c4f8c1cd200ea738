// The routes of the shared rules (SPEC §11): the overview with every tree's
// check, publishing (beheerders), history, and editing a period, a contact
// or the corporations. Periods and contacts use the tree editors' forms.
import type { Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ScenarioFile } from '../../core/publish/scenarios.ts';
import type { SharedRules } from '../../core/tree/shared-rules.ts';
import type { Corporation, Tree } from '../../core/tree/tree.ts';
import type { SharedDraft } from '../../services/shared-rules-admin.ts';
import { errorSummary } from '../../views/error-summary.ts';
import { html, type SafeHtml } from '../../views/html.ts';
import { csrfField } from '../auth/csrf.ts';
import { type AppEnv, may } from '../auth/principal.ts';
import { requirePermission } from '../auth/require-permission.ts';
import type { BeheerDeps } from '../deps.ts';
import { actorOf, type BeheerContext, notFound, page } from './beheer-context.ts';
import type { DraftModel } from './draft-model.ts';
import type { AnyEditor, EditTarget } from './editor.ts';
import { parameterEditor } from './editors/parameter-editor.ts';
import { contactEditor } from './editors/text-editors.ts';
import type { FieldErrors } from './form-fields.ts';
import { textArea } from './form-fields.ts';
import { FormInput } from './form-input.ts';
import { readableProblem } from './problem-texts.ts';
import { type SharedPageOptions, sharedRulesPage } from './shared-rules-page.ts';
import { sharedEditPath, sharedRulesPath } from './shared-rules-paths.ts';
import { notice } from './ui/notice.ts';

/**
 * The parameter and contact editors read and change `tree.parameters` and
 * `tree.contacts` only; the shared rules hold exactly those lists.
 */
function asModel(rules: SharedRules): DraftModel {
  // Only what the parameter and contact editors read; empty lists for what problem texts and placeholder lists look up.
  const tree = {
    parameters: rules.parameters,
    contacts: rules.contacts,
    nodes: [],
    outcomes: [],
    dates: [],
    requirements: [],
    trajectories: [],
    notices: [],
    corporations: [],
  } as unknown as Tree;
  return { tree, scenarios: { tree: 'gedeeld', scenarios: [] } as unknown as ScenarioFile };
}

function fromModel(rules: SharedRules, model: DraftModel): SharedRules {
  return { ...rules, parameters: model.tree.parameters, contacts: model.tree.contacts };
}

const notFoundText = 'De gedeelde regels hebben geen concept.';

interface FormPage {
  title: string;
  action: string;
  revision: number;
  fields: SafeHtml;
  errors: FieldErrors;
  saved: boolean;
  conflict?: boolean;
}

function formPage(
  c: BeheerContext,
  deps: BeheerDeps,
  form: FormPage,
  status: ContentfulStatusCode,
) {
  const summary = Object.entries(form.errors).map(([field, message]) => ({
    href: `#${field}`,
    message,
  }));
  const main = html`<p class="utrecht-paragraph"><a class="utrecht-link utrecht-link--html-a wkb-back" href="${sharedRulesPath}">Terug naar de gedeelde regels</a></p>
<h1 class="utrecht-heading-1">${form.title}</h1>
${form.saved ? notice('Opgeslagen in het concept van de gedeelde regels. Op de overzichtspagina ziet u of elke boom nog door de controle komt.') : ''}
${form.conflict ? notice('Iemand anders heeft de gedeelde regels intussen opgeslagen. Uw wijziging is nog niet opgeslagen; controleer het formulier en sla opnieuw op.', 'warning') : ''}
${errorSummary(summary)}
<p class="utrecht-paragraph">Dit geldt voor alle bomen.</p>
<form method="post" action="${form.action}" class="wkb-edit-form" id="formulier" novalidate>
${csrfField(c.get('csrfToken'))}
<input type="hidden" name="revision" value="${String(form.revision)}">
${form.fields}
<button class="utrecht-button utrecht-button--primary-action utrecht-button--submit" type="submit">Opslaan</button>
</form>`;
  return page(c, deps, form.title, main, status);
}

function corporationsText(corporations: readonly Corporation[]): string {
  return corporations.map((corporation) => corporation.name).join('\n');
}

/** One name per line; a known name keeps its id and source, a new one gets an id from its name. */
function corporationsFrom(text: string, known: readonly Corporation[]): Corporation[] {
  const names = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return names.map((name) => {
    const existing = known.find((corporation) => corporation.name === name);
    if (existing) return existing;
    const id = name
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
    return { id: /^[a-z]/.test(id) ? id : `corporatie-${id}`, name };
  });
}

export function sharedRulesRoutes(app: Hono<AppEnv>, deps: BeheerDeps): void {
  const overview = (
    c: BeheerContext,
    found: SharedDraft,
    options: Omit<SharedPageOptions, 'canPublish' | 'csrfToken' | 'today'>,
    status: ContentfulStatusCode = 200,
  ) => {
    const view = sharedRulesPage(found, {
      ...options,
      canPublish: may(c.get('principal'), 'publish'),
      csrfToken: c.get('csrfToken'),
      today: deps.sharedRules.today(),
    });
    return page(c, deps, view.title, view.main, status);
  };

  app.get(sharedRulesPath, requirePermission('editDrafts'), async (c) => {
    const found = await deps.sharedRules.draft();
    if (!found) throw notFound(notFoundText);
    return overview(c, found, {
      published: c.req.query('gepubliceerd'),
      planned: c.req.query('gepland'),
      saved: c.req.query('opgeslagen') === '1',
    });
  });

  app.post(`${sharedRulesPath}/publiceren`, requirePermission('publish'), async (c) => {
    const found = await deps.sharedRules.draft();
    if (!found) throw notFound(notFoundText);
    const form = await FormInput.read(c);
    const note = form.get('note');
    const dates = {
      geldigVanaf: form.get('geldigVanaf'),
      geldtVoorOntruimingenVanaf: form.get('geldtVoorOntruimingenVanaf'),
    };
    // Publish only what the beheerder looked at.
    if (Number(form.get('revision')) !== found.draft.revision)
      return overview(c, found, { note, dates, stale: true }, 409);
    const result = await deps.sharedRules.publish(note, actorOf(c), dates);
    switch (result.status) {
      case 'published': {
        const { version, geldigVanaf } = result.version;
        const planned = geldigVanaf > deps.sharedRules.today() ? `&gepland=${geldigVanaf}` : '';
        return c.redirect(`${sharedRulesPath}?gepubliceerd=${version}${planned}`, 303);
      }
      case 'invalid':
        return overview(c, found, { note, dates, dateProblems: result.problems }, 422);
      case 'refused':
        return overview(c, { ...found, gates: result.gates }, { note, dates, refused: true }, 422);
      case 'not-found':
        throw notFound(notFoundText);
    }
  });

  app.post(`${sharedRulesPath}/scenarios/:treeId`, requirePermission('editDrafts'), async (c) => {
    const result = await deps.sharedRules.adoptScenarios(c.req.param('treeId'), actorOf(c));
    const found = await deps.sharedRules.draft();
    if (!found || result.status === 'not-found') throw notFound(notFoundText);
    if (result.status === 'conflict') return overview(c, found, { stale: true }, 409);
    return overview(c, found, { adopted: result.names });
  });

  for (const editor of [parameterEditor, contactEditor] as AnyEditor[]) {
    const path = `${sharedRulesPath}/${editor.part}/:key`;
    const load = async (c: BeheerContext) => {
      const found = await deps.sharedRules.draft();
      const key = c.req.param('key') ?? '';
      const target: EditTarget | undefined = found && {
        treeId: 'gedeeld',
        model: asModel(found.rules),
        key,
      };
      return found && target && editor.read(target) !== undefined ? { found, target } : undefined;
    };
    const render = (
      c: BeheerContext,
      loaded: { found: SharedDraft; target: EditTarget },
      state: unknown,
      extra: { errors?: FieldErrors; saved?: boolean; conflict?: boolean; revision?: number },
      status: ContentfulStatusCode,
    ) =>
      formPage(
        c,
        deps,
        {
          title: editor.heading(loaded.target),
          action: sharedEditPath(editor.part, loaded.target.key),
          revision: extra.revision ?? loaded.found.draft.revision,
          fields: editor.fields(state, { target: loaded.target, errors: extra.errors ?? {} }),
          errors: extra.errors ?? {},
          saved: extra.saved ?? false,
          ...(extra.conflict ? { conflict: true } : {}),
        },
        status,
      );

    app.get(path, requirePermission('editDrafts'), async (c) => {
      const loaded = await load(c);
      if (!loaded) throw notFound('Dit onderdeel staat niet in de gedeelde regels.');
      const state = editor.read(loaded.target);
      return render(c, loaded, state, { saved: c.req.query('opgeslagen') === '1' }, 200);
    });

    app.post(path, requirePermission('editDrafts'), async (c) => {
      const loaded = await load(c);
      if (!loaded) throw notFound('Dit onderdeel staat niet in de gedeelde regels.');
      const form = await FormInput.read(c);
      const revision = Number(form.get('revision'));
      const state = editor.parse(form, loaded.target);
      const applied = editor.apply(loaded.target, state);
      if ('errors' in applied)
        return render(c, loaded, state, { errors: applied.errors, revision }, 422);
      const result = await deps.sharedRules.saveDraft(
        fromModel(loaded.found.rules, applied.model),
        revision,
        actorOf(c),
      );
      switch (result.status) {
        case 'saved':
          return c.redirect(`${sharedEditPath(editor.part, loaded.target.key)}?opgeslagen=1`, 303);
        case 'conflict':
          return render(c, loaded, state, { conflict: true }, 409);
        case 'invalid': {
          const errors: Record<string, string> = {};
          for (const problem of result.problems) {
            const field = editor.fieldOf(problem.path, loaded.target, state) ?? 'formulier';
            errors[field] ??= readableProblem(loaded.target.model, problem);
          }
          return render(c, loaded, state, { errors, revision }, 422);
        }
        case 'not-found':
          throw notFound(notFoundText);
      }
    });
  }

  const corporationsPath = sharedEditPath('corporaties');
  const corporationsForm = (
    c: BeheerContext,
    found: SharedDraft,
    value: string,
    extra: { saved?: boolean; conflict?: boolean; error?: string },
    status: ContentfulStatusCode,
  ) =>
    formPage(
      c,
      deps,
      {
        title: 'Corporaties wijzigen',
        action: corporationsPath,
        revision: found.draft.revision,
        fields: textArea({
          name: 'corporations',
          label: 'De corporaties in de gemeente Groningen',
          value,
          rows: 8,
          hint: 'Eén naam per regel. Teksten noemen nooit een aantal: de lijst is de bron.',
          error: extra.error,
        }),
        errors: extra.error ? { corporations: extra.error } : {},
        saved: extra.saved ?? false,
        ...(extra.conflict ? { conflict: true } : {}),
      },
      status,
    );

  app.get(corporationsPath, requirePermission('editDrafts'), async (c) => {
    const found = await deps.sharedRules.draft();
    if (!found) throw notFound(notFoundText);
    const text = corporationsText(found.rules.corporations);
    return corporationsForm(c, found, text, { saved: c.req.query('opgeslagen') === '1' }, 200);
  });

  app.post(corporationsPath, requirePermission('editDrafts'), async (c) => {
    const found = await deps.sharedRules.draft();
    if (!found) throw notFound(notFoundText);
    const form = await FormInput.read(c);
    const text = form.get('corporations');
    const corporations = corporationsFrom(text, found.rules.corporations);
    const result = await deps.sharedRules.saveDraft(
      { ...found.rules, corporations },
      Number(form.get('revision')),
      actorOf(c),
    );
    switch (result.status) {
      case 'saved':
        return c.redirect(`${corporationsPath}?opgeslagen=1`, 303);
      case 'conflict':
        return corporationsForm(c, found, text, { conflict: true }, 409);
      case 'invalid':
        return corporationsForm(
          c,
          found,
          text,
          { error: result.problems[0]?.message ?? 'Controleer de namen.' },
          422,
        );
      case 'not-found':
        throw notFound(notFoundText);
    }
  });
}
