// The tree model: the content format of a Woonkansboom, as a zod schema.
// The schema is the single source of the types; a tree is parsed once at the
// boundary (file import, storage, API) and trusted inside the core.
import { z } from 'zod';
import { contactRouteSchema } from './contact-route.ts';
import { sourceSchema } from './source-schema.ts';
import { bodyText, helpText, labelText, longText, shortText } from './text-limits.ts';

export {
  type ContactRoute,
  type ContactRouteKind,
  contactRouteKinds,
  contactRouteSchema,
} from './contact-route.ts';
export { type Source, type SourceKind, sourceKinds, sourceSchema } from './source-schema.ts';
export { dutchCount, limitedText, textLimits } from './text-limits.ts';

export const idSchema = z
  .string()
  .regex(/^[a-z][a-z0-9_-]*$/, 'gebruik kleine letters, cijfers, - en _ en begin met een letter');

/**
 * A condition over the answers of a walk. A closed set of operators, evaluated
 * by `evaluateCondition` — never code. Evaluation is three-valued: a condition
 * that needs an answer not given yet is `unknown`.
 */
export type Condition =
  | { answer: string; is: string }
  | { answer: string; in: string[] }
  | { compare: string; op: ComparisonOperator; to: string }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

export const comparisonOperators = [
  'before',
  'on-or-before',
  'after',
  'on-or-after',
  'same',
] as const;
export type ComparisonOperator = (typeof comparisonOperators)[number];

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ answer: idSchema, is: idSchema }),
    z.strictObject({ answer: idSchema, in: z.array(idSchema).min(1) }),
    z.strictObject({
      compare: idSchema,
      op: z.enum(comparisonOperators),
      to: idSchema,
    }),
    z.strictObject({ all: z.array(conditionSchema).min(1) }),
    z.strictObject({ any: z.array(conditionSchema).min(1) }),
    z.strictObject({ not: conditionSchema }),
  ]),
);

/** An amount in a date rule: a number, a parameter, or a choice between two. */
export type Amount = number | { param: string } | { when: Condition; then: Amount; else: Amount };

export const amountSchema: z.ZodType<Amount> = z.lazy(() =>
  z.union([
    z.number().int(),
    z.strictObject({ param: idSchema }),
    // biome-ignore lint/suspicious/noThenProperty: a field of the content format (parsed data, never awaited).
    z.strictObject({ when: conditionSchema, then: amountSchema, else: amountSchema }),
  ]),
);

export const calendarUnits = ['years', 'months', 'weeks', 'days'] as const;
export type CalendarUnit = (typeof calendarUnits)[number];

export const parameterUnits = [...calendarUnits, 'count'] as const;

export const parameterSchema = z.strictObject({
  label: labelText,
  // No policy period comes near 1000 years, months, weeks or days; larger values would run past the calendar.
  value: z
    .number()
    .int('gebruik een heel getal')
    .min(0, 'gebruik 0 of meer')
    .max(1000, 'gebruik hoogstens 1000'),
  unit: z.enum(parameterUnits),
  /** Where the value comes from (SPEC §11). */
  source: sourceSchema,
});

/** A date computed from another date: `from` plus the steps in order (SPEC §5). */
export const derivedDateSchema = z.strictObject({
  id: idSchema,
  label: labelText,
  from: idSchema,
  add: z
    .array(
      z.strictObject({
        amount: amountSchema,
        unit: z.enum(calendarUnits),
        /** Counts back instead of forward: "uiterste aanmelddatum − regeling_maanden". */
        subtract: z.boolean().optional(),
      }),
    )
    .min(1),
  /** False for a date used only in conditions (a notice's threshold): not listed on outcomes. */
  listed: z.boolean().default(true),
  source: sourceSchema.optional(),
});

export const optionSchema = z.strictObject({
  id: idSchema,
  label: labelText,
  hint: helpText.optional(),
  next: idSchema,
});

export const choiceNodeSchema = z.strictObject({
  id: idSchema,
  kind: z.literal('choice'),
  text: shortText,
  help: helpText,
  hint: helpText.optional(),
  options: z.array(optionSchema),
});

export const dateNodeSchema = z.strictObject({
  id: idSchema,
  kind: z.literal('date'),
  text: shortText,
  help: helpText,
  hint: helpText.optional(),
  next: idSchema,
  /**
   * A date that may lie after the peildatum, such as a planned eviction (SPEC
   * §4.2 `datum_gepland`). Every other date question refuses the future.
   */
  future: z.boolean().optional(),
  /** "Ik weet de datum niet precies" (SPEC §4): its label and where the walk goes then. */
  unknown: z.strictObject({ label: labelText, next: idSchema }).optional(),
});

export const checkNodeSchema = z.strictObject({
  id: idSchema,
  kind: z.literal('check'),
  /** What is checked, in words, shown in the trace ("Binnen vijf jaar na de ontruiming"). */
  text: shortText,
  branches: z.array(z.strictObject({ if: conditionSchema, next: idSchema })).min(1),
  else: idSchema,
});

export const nodeSchema = z.discriminatedUnion('kind', [
  choiceNodeSchema,
  dateNodeSchema,
  checkNodeSchema,
]);

export const verdicts = ['past', 'past-nog-niet', 'past-niet', 'maatwerk'] as const;
export type Verdict = (typeof verdicts)[number];

/** How an outcome looks, apart from its verdict (SPEC §4.3 "Badge and tone"). */
export const tones = ['positive', 'action', 'neutral', 'negative'] as const;
export type Tone = (typeof tones)[number];

/** A labelled condition shown on outcomes with ✓ or ✗ ("Binnen vijf jaar na de ontruiming"). */
export const requirementSchema = z.strictObject({
  id: idSchema,
  label: labelText,
  test: conditionSchema,
  source: sourceSchema.optional(),
});

export const linkSchema = z.strictObject({
  label: labelText,
  /**
   * A site path (`/trajecten/wonenplus`) or a full https URL. A path never
   * starts with `//` or a slash and a backslash: browsers read those as another host.
   */
  href: z
    .string()
    .regex(
      /^(\/(?![/\\])[^\s\\]*|https:\/\/[^\s/\\]+(\/[^\s]*)?)$/,
      'een pad op deze site dat met één / begint, of een volledig adres dat met https:// begint',
    ),
});

/** A link written as a full https URL leads to another website; a path stays on this one. */
export function isExternalHref(href: string): boolean {
  return href.startsWith('https://');
}

/** A walk that continues elsewhere: this or another tree, from a question. */
export const continueLinkSchema = z.strictObject({
  label: labelText,
  tree: idSchema,
  start: idSchema.optional(),
});

export const outcomeSchema = z.strictObject({
  id: idSchema,
  verdict: z.enum(verdicts),
  title: labelText,
  /** One paragraph: why this verdict. Markdown; may use {{placeholders}}. */
  explanation: longText,
  /** What to do now: who registers, where, with which documents. Markdown. */
  nextSteps: longText,
  /** Requirement ids shown with ✓/✗. */
  requirements: z.array(idSchema).default([]),
  /** A trajectory of this tree whose steps are shown as "what happens next". */
  trajectory: idSchema.optional(),
  links: z.array(linkSchema).default([]),
  continueWith: z.array(continueLinkSchema).default([]),
  contacts: z.array(idSchema).default([]),
  /** The badge text; the verdict's name when absent. */
  badge: labelText.optional(),
  /** The badge's colour and tone; follows the verdict when absent. */
  tone: z.enum(tones).optional(),
  source: sourceSchema.optional(),
});

export const trajectoryStepSchema = z.strictObject({
  title: labelText,
  /** How long or when, in a few words ("binnen {{oppakken_min_weken}} tot {{oppakken_max_weken}}"). */
  duration: shortText.optional(),
  text: helpText,
  source: sourceSchema.optional(),
});

export const trajectorySchema = z.strictObject({
  id: idSchema,
  title: labelText,
  /** One sentence for lists and links. */
  summary: shortText,
  /** Markdown: for whom, conditions, duration. May use {{placeholders}}. */
  body: bodyText,
  steps: z.array(trajectoryStepSchema).default([]),
});

/**
 * Someone to contact (SPEC §11): what they are for, in `text`, and how to
 * reach them, in `routes` — texts never repeat a route. A contact without a
 * route is te controleren. Older content had one `href`: it reads as a
 * website route.
 */
export const contactSchema = z.preprocess(
  (value) => {
    if (typeof value !== 'object' || value === null || !('href' in value)) return value;
    const { href, ...rest } = value as Record<string, unknown>;
    const routes = Array.isArray(rest.routes) ? rest.routes : [];
    return { ...rest, routes: [{ kind: 'website', value: href }, ...routes] };
  },
  z.strictObject({
    id: idSchema,
    name: labelText,
    /** Markdown: what they do for you. */
    text: helpText,
    routes: z.array(contactRouteSchema).default([]),
    source: sourceSchema.optional(),
  }),
);

/**
 * "Uw tweede kans": a one-page handout for the tenant (B1 Dutch), offered on
 * the listed outcomes. Markdown with {{placeholders}}. `deadline` is shown
 * when every date it names is known on the walk, `noDeadline` otherwise.
 */
export const handoutSchema = z.strictObject({
  title: labelText,
  offerOn: z.array(idSchema).min(1),
  deadline: helpText.optional(),
  noDeadline: helpText.optional(),
  body: bodyText,
});

/**
 * A message shown on every outcome where its condition holds, e.g. "meld zo
 * snel mogelijk aan" when the deadline is less than eight weeks away (SPEC §5).
 * Plain text with {{placeholders}}.
 */
export const noticeSchema = z.strictObject({
  id: idSchema,
  when: conditionSchema,
  text: helpText,
  source: sourceSchema.optional(),
});

/** A housing corporation (SPEC §10: a list kept as data, never a count in a text). */
export const corporationSchema = z.strictObject({
  id: idSchema,
  name: labelText,
  source: sourceSchema.optional(),
});

export const treeSchema = z.strictObject({
  id: idSchema,
  title: labelText,
  /** Who the tree is for, one sentence on the start page. */
  audience: shortText,
  /** Markdown intro on the start page. */
  intro: longText,
  start: idSchema,
  parameters: z.record(idSchema, parameterSchema).default({}),
  dates: z.array(derivedDateSchema).default([]),
  requirements: z.array(requirementSchema).default([]),
  nodes: z.array(nodeSchema).min(1),
  outcomes: z.array(outcomeSchema).min(1),
  trajectories: z.array(trajectorySchema).default([]),
  contacts: z.array(contactSchema).default([]),
  notices: z.array(noticeSchema).default([]),
  /** The corporations, from the shared rules (`{{corporaties}}` in texts). */
  corporations: z.array(corporationSchema).default([]),
  handout: handoutSchema.optional(),
  /**
   * The date questions that give the eviction date, first answered first:
   * a version's overgangsrecht (`geldtVoorOntruimingenVanaf`) looks at it.
   */
  evictionDates: z.array(idSchema).default([]),
});

export type Tree = z.infer<typeof treeSchema>;
export type TreeInput = z.input<typeof treeSchema>;
export type TreeNode = z.infer<typeof nodeSchema>;
export type ChoiceNode = z.infer<typeof choiceNodeSchema>;
export type DateNode = z.infer<typeof dateNodeSchema>;
export type CheckNode = z.infer<typeof checkNodeSchema>;
export type QuestionNode = ChoiceNode | DateNode;
export type Outcome = z.infer<typeof outcomeSchema>;
export type Parameter = z.infer<typeof parameterSchema>;
export type DerivedDate = z.infer<typeof derivedDateSchema>;
export type Requirement = z.infer<typeof requirementSchema>;
export type Trajectory = z.infer<typeof trajectorySchema>;
export type Contact = z.infer<typeof contactSchema>;
export type Handout = z.infer<typeof handoutSchema>;
export type Corporation = z.infer<typeof corporationSchema>;
export type Notice = z.infer<typeof noticeSchema>;

/** Answers of a walk: node id → option id (choice) or ISO date (date). */
export type Answers = Readonly<Record<string, string>>;

/**
 * Ids no node may have: `peildatum` names the walk's reference date in
 * conditions, and the walk URL uses these names for its own parameters.
 */
export const reservedIds = ['peildatum', 'start', 'vraag', 'wijzig', 'versie', 'org'] as const;

export function isQuestion(node: TreeNode): node is QuestionNode {
  return node.kind !== 'check';
}
