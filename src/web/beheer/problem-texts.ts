// A validation problem in the words of the editor's forms. The core names the
// place of a problem by its content path (`nodes.huurschuld.text`), which the
// API and the CLI show as it is; a coordinator sees the question's own text
// and the label of the field instead: "De vraagtekst van ‘Heeft uw cliënt nog
// een schuld …?’ is leeg."
import type { Problem } from '../../core/problem.ts';
import { corporationsPlaceholder } from '../../core/tree/template.ts';
import type { Tree } from '../../core/tree/tree.ts';
import { capitalise, type ProblemContext, problemPlace, quoted } from './problem-place.ts';

const contentPath =
  /\b(?:nodes|outcomes|parameters|dates|requirements|trajectories|contacts|notices|handout|scenarios)(?:\.[A-Za-z0-9_-]+)+/g;

/** `de vraag "reden"`, `De uitkomst "tweedekans"`, `de parameter "x"`: an id where a name fits. */
const namedById =
  /\b([Dd]e|[Hh]et) (vraag|keuzevraag|datumvraag|controle|uitkomst|parameter|voorwaarde|traject|contact) "([a-z][a-z0-9_-]*)"/g;

function nameOf(tree: Tree, kind: string, id: string): string | undefined {
  switch (kind) {
    case 'uitkomst':
      return tree.outcomes.find((outcome) => outcome.id === id)?.title;
    case 'parameter':
      return tree.parameters[id]?.label;
    case 'voorwaarde':
      return tree.requirements.find((requirement) => requirement.id === id)?.label;
    case 'traject':
      return tree.trajectories.find((trajectory) => trajectory.id === id)?.title;
    case 'contact':
      return tree.contacts.find((contact) => contact.id === id)?.name;
    default:
      return tree.nodes.find((node) => node.id === id)?.text;
  }
}

function namesInstead(context: ProblemContext, message: string): string {
  return message
    .replace(new RegExp(`\\bDe tekst bij (${contentPath.source})`, 'g'), (_, path: string) =>
      capitalise(problemPlace(context, path)),
    )
    .replace(contentPath, (path) => problemPlace(context, path))
    .replace(namedById, (whole, article: string, kind: string, id: string) => {
      const text = nameOf(context.tree, kind, id);
      return text?.trim() ? `${article} ${kind} ${quoted(text)}` : whole;
    });
}

/** The node or outcome a path is about, named: "de vraag ‘…’", "de uitkomst ‘…’". */
function partName(context: ProblemContext, path: string): string {
  const [list, id] = path.split('.');
  return problemPlace(context, `${list}.${id}`);
}

/** Edit distance, for "Bedoelt u …?": the few names of a tree make this cheap. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The names a text may use between {{ }}: parameters, derived dates, the corporations. */
export function placeholderNames(tree: Tree): string[] {
  return [
    ...Object.keys(tree.parameters),
    ...tree.dates.map((rule) => rule.id),
    ...(tree.corporations.length > 0 ? [corporationsPlaceholder] : []),
  ];
}

function closestName(tree: Tree, name: string): string | undefined {
  const scored = placeholderNames(tree)
    .map((candidate) => ({
      candidate,
      score: candidate.includes(name) || name.includes(candidate) ? 0 : distance(name, candidate),
    }))
    .sort((a, b) => a.score - b.score);
  const best = scored[0];
  return best && best.score <= Math.max(3, Math.floor(name.length / 2))
    ? best.candidate
    : undefined;
}

function unknownPlaceholder(context: ProblemContext, problem: Problem): string {
  const name = /\{\{([a-z][a-z0-9_-]*)\}\}/.exec(problem.message)?.[1] ?? '';
  const suggestion = closestName(context.tree, name);
  return `In ${problemPlace(context, problem.path)} staat {{${name}}}; die naam bestaat niet. ${
    suggestion ? `Bedoelt u {{${suggestion}}}? ` : ''
  }De namen die u kunt gebruiken staan bij het veld.`;
}

/**
 * The problem's message for the beheer pages: the place named as the forms
 * name it, never a content path; the common problems said shortly.
 */
export function readableProblem(context: ProblemContext, problem: Problem): string {
  const place = problemPlace(context, problem.path);
  switch (problem.code) {
    case 'empty-text':
      return `${capitalise(place)} is leeg. Vul een tekst in.`;
    case 'text-too-long': {
      const limit = /hoogstens ([\d.]+) tekens/.exec(problem.message)?.[1];
      return `${capitalise(place)} is te lang${limit ? `: hoogstens ${limit} tekens` : ''}. Maak de tekst korter.`;
    }
    case 'missing-field':
      return `${capitalise(place)} ontbreekt. Vul het in of kies een waarde.`;
    case 'unknown-placeholder':
      return unknownPlaceholder(context, problem);
    case 'choice-without-options':
      return `${capitalise(partName(context, problem.path))} heeft nog geen antwoorden. Vul onder ‘Antwoorden’ minstens twee antwoorden in, elk met een label en waar het heen leidt.`;
    case 'date-without-unknown':
      return `${capitalise(partName(context, problem.path))} heeft geen knop voor wie de datum niet weet. Vul ‘Knop als de datum niet bekend is’ in, bijvoorbeeld "Ik weet de datum niet precies", en kies bij ‘Zonder datum naar’ een uitkomst.`;
    case 'unknown-next': {
      const to = /naar "([^"]+)"/.exec(problem.message)?.[1] ?? '';
      return `${capitalise(place)} gaat naar "${to}", maar dat bestaat niet. Kies een bestaande vraag, controle of uitkomst.`;
    }
    case 'unreachable-node':
    case 'unreachable-outcome':
      return `Geen enkel antwoord of controle leidt naar ${partName(context, problem.path)}: een wandeling komt daar nooit. Laat bij een andere vraag of controle een route hierheen leiden, of verwijder dit onderdeel.`;
    case 'broken-placeholder':
      return `In ${place} staat een {{ of }} die geen goede invulplek is. Schrijf een invulplek als {{naam}}, bijvoorbeeld {{${context.tree.dates[0]?.id ?? placeholderNames(context.tree)[0] ?? 'naam'}}}.`;
    default:
      return namesInstead(context, problem.message);
  }
}
