// The diff of everything in a tree besides its nodes: title and intro,
// outcomes, parameters, derived dates, requirements, trajectories. Contacts
// and corporations are in tree-diff-contacts.ts.
import { sourceText } from '../tree/source.ts';
import type { Outcome, Tree } from '../tree/tree.ts';
import {
  byKey,
  byPosition,
  Changes,
  type ContentChange,
  capitalise,
  named,
} from './tree-diff-changes.ts';
import { conditionText, derivedDateText, parameterText, targetText } from './tree-diff-text.ts';

const verdictWords = {
  past: 'Past',
  'past-nog-niet': 'Past nog niet',
  'past-niet': 'Past niet',
  maatwerk: 'Maatwerk',
} as const;

/** "toegevoegd" or "weggehaald": an item only one side has. */
export const verb = (old: unknown) => (old ? 'weggehaald' : 'toegevoegd');

export function diffTreeInfo(a: Tree, b: Tree): ContentChange[] {
  const c = new Changes('tree');
  c.field('title', 'Titel gewijzigd', a.title, b.title);
  c.field('audience', 'Voor wie (doelgroep) gewijzigd', a.audience, b.audience);
  c.field('intro', 'Inleiding gewijzigd', a.intro, b.intro);
  c.record(
    'start',
    'De boom begint nu bij een andere vraag',
    targetText(a, a.start),
    targetText(b, b.start),
    a.start !== b.start,
  );
  const handout = (tree: Tree) => tree.handout;
  const words = (list: readonly string[] | undefined) => list?.join(', ');
  c.field(
    'handout.title',
    'Titel van de folder voor de huurder gewijzigd',
    handout(a)?.title,
    handout(b)?.title,
  );
  c.field(
    'handout.offerOn',
    'Uitkomsten met de folder gewijzigd',
    words(handout(a)?.offerOn),
    words(handout(b)?.offerOn),
  );
  c.field(
    'handout.deadline',
    'Termijntekst van de folder gewijzigd',
    handout(a)?.deadline,
    handout(b)?.deadline,
  );
  c.field(
    'handout.noDeadline',
    'Tekst van de folder zonder termijn gewijzigd',
    handout(a)?.noDeadline,
    handout(b)?.noDeadline,
  );
  c.field(
    'handout.body',
    'Tekst van de folder voor de huurder gewijzigd',
    handout(a)?.body,
    handout(b)?.body,
  );
  return c.list;
}

function linksText(outcome: Outcome): string {
  return outcome.links.map((link) => `${link.label} (${link.href})`).join('; ');
}

function continueText(outcome: Outcome): string {
  return outcome.continueWith
    .map((link) => `${link.label} (${link.tree}${link.start ? `, vanaf ${link.start}` : ''})`)
    .join('; ');
}

export function diffOutcomes(a: Tree, b: Tree): ContentChange[] {
  const c = new Changes('outcomes');
  byKey(
    a.outcomes,
    b.outcomes,
    (outcome) => outcome.id,
    (id, o, n) => {
      const at = `outcomes.${id}`;
      const name = `uitkomst ${named((n ?? o)?.title || id)}`;
      if (!o || !n) {
        c.field(at, `${capitalise(name)} ${verb(o)}`, o?.title, n?.title);
        return;
      }
      c.field(
        `${at}.verdict`,
        `Oordeel van ${name} gewijzigd`,
        verdictWords[o.verdict],
        verdictWords[n.verdict],
      );
      c.field(`${at}.title`, `Titel van ${name} gewijzigd`, o.title, n.title);
      c.field(`${at}.explanation`, `Uitleg van ${name} gewijzigd`, o.explanation, n.explanation);
      c.field(
        `${at}.nextSteps`,
        `"Wat kunt u nu doen?" van ${name} gewijzigd`,
        o.nextSteps,
        n.nextSteps,
      );
      c.field(
        `${at}.requirements`,
        `Voorwaarden bij ${name} gewijzigd`,
        o.requirements.join(', '),
        n.requirements.join(', '),
      );
      c.field(
        `${at}.trajectory`,
        `Traject bij ${name} gewijzigd`,
        o.trajectory ?? '(geen)',
        n.trajectory ?? '(geen)',
      );
      c.field(`${at}.links`, `Links bij ${name} gewijzigd`, linksText(o), linksText(n));
      c.field(
        `${at}.continueWith`,
        `"Verder in een boom" bij ${name} gewijzigd`,
        continueText(o),
        continueText(n),
      );
      c.field(
        `${at}.contacts`,
        `Contacten bij ${name} gewijzigd`,
        o.contacts.join(', '),
        n.contacts.join(', '),
      );
      c.field(
        `${at}.source`,
        `Bron van ${name} gewijzigd`,
        sourceText(o.source),
        sourceText(n.source),
      );
    },
  );
  return c.list;
}

export function diffParameters(
  a: Pick<Tree, 'parameters'>,
  b: Pick<Tree, 'parameters'>,
): ContentChange[] {
  const c = new Changes('parameters');
  const entries = (tree: Pick<Tree, 'parameters'>) =>
    Object.entries(tree.parameters).map(([id, parameter]) => ({ id, ...parameter }));
  byKey(
    entries(a),
    entries(b),
    (parameter) => parameter.id,
    (id, o, n) => {
      const at = `parameters.${id}`;
      if (!o || !n) {
        const words = (p: typeof o) => p && `${p.label}: ${parameterText(p)}`;
        c.field(at, `Parameter "${id}" ${verb(o)}`, words(o), words(n));
        return;
      }
      c.field(
        `${at}.value`,
        `Waarde van parameter "${id}" gewijzigd`,
        parameterText(o),
        parameterText(n),
      );
      c.field(`${at}.label`, `Omschrijving van parameter "${id}" gewijzigd`, o.label, n.label);
      c.field(
        `${at}.source`,
        `Bron van parameter "${id}" gewijzigd`,
        sourceText(o.source),
        sourceText(n.source),
      );
    },
  );
  return c.list;
}

export function diffDates(a: Tree, b: Tree): ContentChange[] {
  const c = new Changes('dates');
  byKey(
    a.dates,
    b.dates,
    (rule) => rule.id,
    (id, o, n) => {
      const at = `dates.${id}`;
      if (!o || !n) {
        c.field(
          at,
          `Berekende datum "${id}" ${verb(o)}`,
          o && derivedDateText(o),
          n && derivedDateText(n),
        );
        return;
      }
      c.field(`${at}.label`, `Naam van berekende datum "${id}" gewijzigd`, o.label, n.label);
      c.field(
        `${at}.add`,
        `Berekening van "${id}" gewijzigd`,
        derivedDateText(o),
        derivedDateText(n),
      );
      c.field(
        `${at}.source`,
        `Bron van berekende datum "${id}" gewijzigd`,
        sourceText(o.source),
        sourceText(n.source),
      );
    },
  );
  return c.list;
}

export function diffRequirements(a: Tree, b: Tree): ContentChange[] {
  const c = new Changes('requirements');
  byKey(
    a.requirements,
    b.requirements,
    (requirement) => requirement.id,
    (id, o, n) => {
      const at = `requirements.${id}`;
      if (!o || !n) {
        c.field(at, `Voorwaarde "${id}" ${verb(o)}`, o?.label, n?.label);
        return;
      }
      c.field(`${at}.label`, `Tekst van voorwaarde "${id}" gewijzigd`, o.label, n.label);
      c.field(
        `${at}.test`,
        `Toets van voorwaarde "${id}" gewijzigd`,
        conditionText(o.test),
        conditionText(n.test),
      );
      c.field(
        `${at}.source`,
        `Bron van voorwaarde "${id}" gewijzigd`,
        sourceText(o.source),
        sourceText(n.source),
      );
    },
  );
  return c.list;
}

export function diffTrajectories(a: Tree, b: Tree): ContentChange[] {
  const c = new Changes('trajectories');
  byKey(
    a.trajectories,
    b.trajectories,
    (trajectory) => trajectory.id,
    (id, o, n) => {
      const at = `trajectories.${id}`;
      const name = `traject ${named((n ?? o)?.title || id)}`;
      if (!o || !n) {
        c.field(at, `${capitalise(name)} ${verb(o)}`, o?.title, n?.title);
        return;
      }
      c.field(`${at}.title`, `Titel van ${name} gewijzigd`, o.title, n.title);
      c.field(`${at}.summary`, `Samenvatting van ${name} gewijzigd`, o.summary, n.summary);
      c.field(`${at}.body`, `Tekst van ${name} gewijzigd`, o.body, n.body);
      byPosition(o.steps, n.steps, (index, s, t) => {
        const path = `${at}.steps.${index}`;
        const step = `stap ${index + 1}`;
        if (!s || !t) {
          const where = s ? 'weggehaald bij' : 'toegevoegd aan';
          c.field(path, `Stap ${index + 1} ${where} ${name}`, s?.title, t?.title);
          return;
        }
        c.field(`${path}.title`, `Titel van ${step} van ${name} gewijzigd`, s.title, t.title);
        c.field(`${path}.text`, `Tekst van ${step} van ${name} gewijzigd`, s.text, t.text);
        c.field(
          `${path}.source`,
          `Bron van ${step} van ${name} gewijzigd`,
          sourceText(s.source),
          sourceText(t.source),
        );
      });
    },
  );
  return c.list;
}
