// Where a validation problem is, in the words of the editor's forms: the
// core names the place by its content path (`nodes.huurschuld.text`); a
// coordinator sees the question's own text and the label of the field
// ("De vraagtekst van ‘Heeft uw cliënt nog een schuld …?’").
import type { ScenarioFile } from '../../core/publish/scenarios.ts';
import type { Tree, TreeNode } from '../../core/tree/tree.ts';

export interface ProblemContext {
  tree: Tree;
  scenarios?: ScenarioFile | undefined;
}

const longest = 80;

/** A content text as a name in a sentence or heading: in ‘…’, shortened at a word when long. */
export function quoted(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= longest) return `‘${flat}’`;
  const cut = flat.slice(0, longest);
  const atWord = cut.slice(0, cut.lastIndexOf(' ')).replace(/[\s,;:(]+$/, '');
  return `‘${atWord.length > longest / 2 ? atWord : cut}…’`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function nodeName(node: TreeNode | undefined, id: string): string {
  const what = node?.kind === 'check' ? 'de controle' : 'de vraag';
  return node?.text.trim() ? `${what} ${quoted(node.text)}` : `${what} "${id}"`;
}

const sourceFields: Record<string, string> = {
  kind: 'de soort bron',
  ref: 'de bron',
  confirmed: 'de bevestiging van de bron',
};

/** "‘Label’ bij <thing>" for a field, or the thing itself when there is no field. */
function fieldOf(thing: string, labels: Record<string, string>, field: string | undefined) {
  if (field === undefined) return thing;
  const label = labels[field];
  return label ? `${label} bij ${thing}` : thing;
}

function sourcePlace(thing: string, rest: readonly string[]): string | undefined {
  if (rest[0] !== 'source') return undefined;
  return `${sourceFields[rest[1] ?? ''] ?? 'de bron'} bij ${thing}`;
}

function questionPlace(tree: Tree, id: string, rest: readonly string[]): string {
  const node = tree.nodes.find((candidate) => candidate.id === id);
  const name = nodeName(node, id);
  const [field, sub, subField] = rest;
  if (field === undefined) return name;
  if (node?.kind === 'check') {
    if (field === 'text')
      return node.text.trim() ? `de tekst van de controle ${quoted(node.text)}` : name;
    if (field === 'branches' && sub !== undefined) {
      const branch = `tak ${Number(sub) + 1}`;
      return subField === 'next'
        ? `‘Dan naar’ van ${branch} bij ${name}`
        : `de voorwaarde van ${branch} bij ${name}`;
    }
    return fieldOf(name, { else: '‘Als geen tak klopt, naar’', branches: 'de takken' }, field);
  }
  if (field === 'text') {
    return node?.text.trim()
      ? `de vraagtekst van ${quoted(node.text)}`
      : `de vraagtekst van ${name}`;
  }
  if (field === 'options' && sub !== undefined) {
    const option =
      node?.kind === 'choice' ? node.options.find((candidate) => candidate.id === sub) : undefined;
    const answer = `antwoord ${quoted(option?.label || sub)}`;
    const labels: Record<string, string> = {
      label: `het label van ${answer}`,
      hint: `de hint van ${answer}`,
      next: `‘Leidt naar’ van ${answer}`,
    };
    return `${labels[subField ?? ''] ?? answer} bij ${name}`;
  }
  if (field === 'unknown') {
    return sub === 'next'
      ? `‘Zonder datum naar’ bij ${name}`
      : `de knop als de datum niet bekend is bij ${name}`;
  }
  return fieldOf(
    name,
    {
      help: 'de uitleg bij ‘Waarom vragen we dit?’',
      hint: 'de hint onder de vraag',
      next: '‘Na deze vraag naar’',
      options: 'de antwoorden',
      kind: 'de soort vraag',
    },
    field,
  );
}

const outcomeLabels: Record<string, string> = {
  verdict: 'het oordeel',
  badge: 'de tekst op het label',
  tone: 'de kleur van het label',
  title: 'de titel',
  explanation: '‘Uitleg’',
  nextSteps: '‘Wat kunt u nu doen?’',
  requirements: 'de voorwaarden',
  trajectory: 'het traject',
  contacts: 'de contacten',
  links: 'de links',
  continueWith: '‘Verder in een boom’',
};

function outcomePlace(tree: Tree, id: string, rest: readonly string[]): string {
  const outcome = tree.outcomes.find((candidate) => candidate.id === id);
  const name = outcome?.title.trim()
    ? `de uitkomst ${quoted(outcome.title)}`
    : `de uitkomst "${id}"`;
  const [field, index, linkField] = rest;
  if (field === 'links' && index !== undefined) {
    const link = `link ${Number(index) + 1}`;
    return linkField === 'href'
      ? `het adres van ${link} bij ${name}`
      : `de tekst van ${link} bij ${name}`;
  }
  return sourcePlace(name, rest) ?? fieldOf(name, outcomeLabels, field);
}

function listPlace(thing: string, rest: readonly string[], labels: Record<string, string>): string {
  return sourcePlace(thing, rest) ?? fieldOf(thing, labels, rest[0]);
}

function trajectoryPlace(tree: Tree, id: string, rest: readonly string[]): string {
  const trajectory = tree.trajectories.find((candidate) => candidate.id === id);
  const name = `het traject ${quoted(trajectory?.title || id)}`;
  const [field, index, stepField] = rest;
  if (field === 'steps' && index !== undefined) {
    const step = trajectory?.steps[Number(index)];
    const stepName = `stap ${Number(index) + 1}${step?.title ? ` ${quoted(step.title)}` : ''}`;
    const labels: Record<string, string> = {
      title: 'de titel',
      duration: 'de duur',
      text: 'de tekst',
    };
    const thing = `${stepName} van ${name}`;
    return sourcePlace(thing, rest.slice(2)) ?? fieldOf(thing, labels, stepField);
  }
  return fieldOf(
    name,
    { title: 'de titel', summary: 'de samenvatting', body: 'de tekst van de informatiepagina' },
    field,
  );
}

function scenarioPlace(context: ProblemContext, index: string, rest: readonly string[]): string {
  const number = Number(index);
  if (!Number.isInteger(number)) return 'de scenario’s';
  const scenario = context.scenarios?.scenarios[number];
  const name = `scenario ${number + 1}${scenario?.name ? ` ${quoted(scenario.name)}` : ''}`;
  return fieldOf(
    name,
    {
      name: 'de naam',
      peildatum: 'de peildatum',
      answers: 'de antwoorden',
      expect: 'de verwachting',
    },
    rest[0],
  );
}

/**
 * Where a content path points, as the forms name it: "de vraagtekst van
 * ‘Heeft uw cliënt …?’", "‘Uitleg’ bij de uitkomst ‘Uw cliënt past …’".
 * Lower case, to be put in a sentence.
 */
export function problemPlace(context: ProblemContext, path: string): string {
  const { tree } = context;
  const [list = '', id = '', ...rest] = path.split('.');
  switch (list) {
    case 'nodes':
      return questionPlace(tree, id, rest);
    case 'outcomes':
      return outcomePlace(tree, id, rest);
    case 'parameters': {
      const parameter = tree.parameters[id];
      return listPlace(`de parameter ${quoted(parameter?.label || id)}`, rest, {
        label: 'de omschrijving',
        value: 'de waarde',
        unit: 'de eenheid',
      });
    }
    case 'dates': {
      const rule = tree.dates.find((candidate) => candidate.id === id);
      return listPlace(`de berekende datum ${quoted(rule?.label || id)}`, rest, {
        label: 'de naam',
        add: 'de berekening',
        from: 'de berekening',
      });
    }
    case 'requirements': {
      const requirement = tree.requirements.find((candidate) => candidate.id === id);
      return listPlace(`de voorwaarde ${quoted(requirement?.label || id)}`, rest, {
        label: 'de tekst bij ✓ of ✗',
        test: 'de toets',
      });
    }
    case 'trajectories':
      return trajectoryPlace(tree, id, rest);
    case 'contacts': {
      const contact = tree.contacts.find((candidate) => candidate.id === id);
      return listPlace(`het contact ${quoted(contact?.name || id)}`, rest, {
        name: 'de naam',
        text: '‘Wat doen zij voor u?’',
        routes: 'de website, het e-mailadres, het telefoonnummer of het adres',
      });
    }
    case 'notices': {
      const notice = tree.notices.find((candidate) => candidate.id === id);
      return listPlace(`de melding ${quoted(notice?.text || id)}`, rest, {
        when: 'de voorwaarde',
        text: 'de tekst',
      });
    }
    case 'corporations':
      return 'de lijst met corporaties';
    case 'handout':
      return fieldOf(
        'de folder voor de huurder',
        {
          title: 'de titel',
          offerOn: '‘Aangeboden bij deze uitkomsten’',
          deadline: 'de tekst over de termijn',
          noDeadline: 'de tekst als de datums niet bekend zijn',
          body: 'de tekst',
        },
        id || undefined,
      );
    case 'scenarios':
      return scenarioPlace(context, id, rest);
    case 'title':
      return 'de titel van de boom';
    case 'audience':
      return '‘Voor wie is deze boom?’';
    case 'intro':
      return 'de inleiding op de startpagina';
    case 'start':
      return '‘De wandeling begint bij’';
    default:
      return 'de boom';
  }
}

/** A technical reference to a place in a message: `nodes.reden.options.ja.next` and the like. */
