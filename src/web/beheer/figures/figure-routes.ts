// Registration figures under /beheer/cijfers: the table and charts
// for analisten and beheerders, editing for beheerders. Every change goes to
// the audit log with the old and new values.
import type { Context, Hono } from 'hono';
import { parsePlainDate } from '../../../core/dates/plain-date.ts';
import { csvHeaders } from '../../../render/csv.ts';
import type { RegistrationFigure } from '../../../store/figure-store.ts';
import { type AppEnv, may } from '../../auth/principal.ts';
import { requirePermission } from '../../auth/require-permission.ts';
import type { BeheerDeps } from '../../deps.ts';
import { HttpProblem } from '../../problem.ts';
import { beheerPage } from '../ui/beheer-page.ts';
import { formFields } from '../ui/form-body.ts';
import type { FormProblems } from '../ui/form-field.ts';
import {
  type FigureFields,
  figureFields,
  figureProblems,
  figureValues,
  firstYear,
  lastYear,
  yearProblem,
} from './figure-form.ts';
import { editYearPage, liveDatePage, newYearPage } from './figure-form-pages.ts';
import { walkOutcomes, yearOf, yearRows } from './figure-overview.ts';
import { figureDoneTexts, figureTexts } from './figure-texts.ts';
import { figuresCsv } from './figures-csv.ts';
import { figuresPage } from './figures-page.ts';
import { type LiveDate, liveDate, liveDateSetting } from './live-date.ts';

const emptyFields: FigureFields = {
  jaar: '',
  ontruimingen: '',
  aanmeldingen: '',
  toelichting: '',
  bevestigd: '',
};

function fieldsOf(figure: RegistrationFigure): FigureFields {
  return {
    jaar: String(figure.year),
    ontruimingen: figure.evictions === null ? '' : String(figure.evictions),
    aanmeldingen: figure.registrations === null ? '' : String(figure.registrations),
    toelichting: figure.note,
    bevestigd: '',
  };
}

const shown = (value: number | null | string) =>
  value === null || value === '' ? '(leeg)' : String(value);

/** The audit detail of a correction: only what changed, as "old → new". */
function changes(before: RegistrationFigure, after: RegistrationFigure): Record<string, string> {
  const detail: Record<string, string> = {};
  const compare = (name: string, from: number | null | string, to: number | null | string) => {
    if (from !== to) detail[name] = `${shown(from)} → ${shown(to)}`;
  };
  compare('ontruimingen', before.evictions, after.evictions);
  compare('aanmeldingen', before.registrations, after.registrations);
  compare('toelichting', before.note, after.note);
  return detail;
}

function yearFromPath(c: Context<AppEnv>): number | undefined {
  const year = c.req.param('year') ?? '';
  return yearProblem(year) === undefined ? Number(year) : undefined;
}

export function figureRoutes(app: Hono<AppEnv>, deps: BeheerDeps): void {
  const { store } = deps;
  const read = requirePermission('readStatistics');
  const edit = requirePermission('editFigures');
  const actor = (c: Context<AppEnv>) => c.get('principal')?.email ?? null;

  const rows = async (live?: LiveDate) =>
    yearRows(
      await store.registrationFigures(),
      await store.outcomeCountsPerYear(walkOutcomes.map((outcome) => outcome.id)),
      yearOf(live?.date),
    );

  const notFound = () =>
    new HttpProblem(404, 'Niet gevonden', 'Voor dit jaar zijn er geen cijfers.', [], {
      back: { href: '/beheer/cijfers', label: 'Naar alle cijfers' },
    });

  app.get('/beheer/cijfers', read, async (c) => {
    const done = c.req.query('gedaan');
    const live = await liveDate(store);
    return beheerPage(c, deps, {
      title: figureTexts.title,
      main: figuresPage({
        rows: await rows(live),
        live,
        mayEdit: may(c.get('principal'), 'editFigures'),
        done: done === undefined ? undefined : figureDoneTexts[done],
      }),
    });
  });

  app.get('/beheer/cijfers/cijfers.csv', read, async (c) =>
    c.body(
      figuresCsv(await rows(await liveDate(store))),
      200,
      csvHeaders('registratiecijfers.csv'),
    ),
  );

  const showNew = (
    c: Context<AppEnv>,
    form: FigureFields,
    problems: FormProblems,
    status: 200 | 422,
  ) =>
    beheerPage(c, deps, {
      title: 'Jaar toevoegen',
      status,
      hasErrors: status === 422,
      main: newYearPage({ form, problems, csrfToken: c.get('csrfToken') }),
    });

  app.get('/beheer/cijfers/nieuw', edit, (c) => {
    const jaar = c.req.query('jaar') ?? '';
    return showNew(c, { ...emptyFields, jaar: yearProblem(jaar) ? '' : jaar }, {}, 200);
  });

  app.post('/beheer/cijfers/nieuw', edit, async (c) => {
    const form = figureFields(await formFields(c));
    const problems: FormProblems = {};
    const wrongYear = yearProblem(form.jaar);
    if (wrongYear) problems.jaar = wrongYear;
    Object.assign(problems, figureProblems(form));
    if (Object.keys(problems).length > 0) return showNew(c, form, problems, 422);
    const year = Number(form.jaar);
    const result = await store.addRegistrationFigure(year, figureValues(form), actor(c));
    if (!result.ok) {
      return showNew(
        c,
        form,
        {
          jaar: `Voor ${year} zijn er al cijfers. Kies een ander jaar, of pas de cijfers van ${year} aan via de tabel.`,
        },
        422,
      );
    }
    await store.audit({
      actor: actor(c),
      action: 'figures-added',
      subject: `cijfers ${year}`,
      detail: {
        jaar: year,
        ontruimingen: shown(result.figure.evictions),
        aanmeldingen: shown(result.figure.registrations),
        toelichting: result.figure.note,
      },
    });
    return c.redirect('/beheer/cijfers?gedaan=toegevoegd', 303);
  });

  // Before /:year/bewerken, so "live-sinds" is never read as a year.
  const showLive = async (
    c: Context<AppEnv>,
    value: string,
    problems: FormProblems,
    status: 200 | 422,
  ) =>
    beheerPage(c, deps, {
      title: 'Startdatum van de Woonkansboom',
      status,
      hasErrors: status === 422,
      main: liveDatePage({
        value,
        live: await liveDate(store),
        problems,
        csrfToken: c.get('csrfToken'),
      }),
    });

  app.get('/beheer/cijfers/live-sinds/bewerken', edit, async (c) =>
    showLive(c, (await store.setting(liveDateSetting)) ?? '', {}, 200),
  );

  app.post('/beheer/cijfers/live-sinds/bewerken', edit, async (c) => {
    const value = ((await formFields(c)).datum ?? '').trim();
    const date = value === '' ? null : parsePlainDate(value);
    const year = date ? Number(date.slice(0, 4)) : undefined;
    if (value !== '' && (!date || (year ?? 0) < firstYear || (year ?? 0) > lastYear)) {
      return showLive(
        c,
        value,
        {
          datum: `Vul een datum in als dag-maand-jaar, zoals 14-3-2023, van het jaar ${firstYear} tot en met ${lastYear}. Of laat het veld leeg.`,
        },
        422,
      );
    }
    const before = (await store.setting(liveDateSetting)) ?? null;
    if (before !== date) {
      await store.setSetting(liveDateSetting, date);
      await store.audit({
        actor: actor(c),
        action: 'live-date-changed',
        subject: liveDateSetting,
        detail: { datum: `${before ?? '(eerste versie)'} → ${date ?? '(eerste versie)'}` },
      });
    }
    return c.redirect('/beheer/cijfers?gedaan=datum', 303);
  });

  const showEdit = (
    c: Context<AppEnv>,
    year: number,
    form: FigureFields,
    problems: FormProblems,
    status: 200 | 422,
  ) =>
    beheerPage(c, deps, {
      title: `Cijfers van ${year} aanpassen`,
      status,
      hasErrors: status === 422,
      main: editYearPage({ year, form, problems, csrfToken: c.get('csrfToken') }),
    });

  app.get('/beheer/cijfers/jaar/:year/bewerken', edit, async (c) => {
    const year = yearFromPath(c);
    const figure = year === undefined ? undefined : await store.registrationFigure(year);
    if (!figure) throw notFound();
    return showEdit(c, figure.year, fieldsOf(figure), {}, 200);
  });

  app.post('/beheer/cijfers/jaar/:year/bewerken', edit, async (c) => {
    const year = yearFromPath(c);
    const current = year === undefined ? undefined : await store.registrationFigure(year);
    if (!current) throw notFound();
    const form = { ...figureFields(await formFields(c)), jaar: String(current.year) };
    const problems = figureProblems(form, current);
    if (Object.keys(problems).length > 0) return showEdit(c, current.year, form, problems, 422);
    const values = figureValues(form);
    const unchanged =
      values.evictions === current.evictions &&
      values.registrations === current.registrations &&
      values.note === current.note;
    if (!unchanged) {
      const result = await store.updateRegistrationFigure(current.year, values, actor(c));
      if (!result) throw notFound();
      await store.audit({
        actor: actor(c),
        action: 'figures-changed',
        subject: `cijfers ${current.year}`,
        detail: { jaar: current.year, ...changes(result.before, result.after) },
      });
    }
    return c.redirect('/beheer/cijfers?gedaan=gewijzigd', 303);
  });
}
