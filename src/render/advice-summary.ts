// What the Adviesoverzicht says about one walk: the same content for
// the print page and the PDF. Texts have their placeholders filled; the
// Markdown ones stay Markdown, so each output renders them its own way.

import { formatDutchDate } from '../core/dates/dutch-date.ts';
import type { PlainDate } from '../core/dates/plain-date.ts';
import { contactRouteLink, type RouteLink } from '../core/tree/contact-route.ts';
import type { Verdict } from '../core/tree/tree.ts';
import { activeNotices } from '../core/walk/active-notices.ts';
import type { Truth } from '../core/walk/condition.ts';
import type { Step } from '../core/walk/next-step.ts';
import { fillText } from '../views/fill-texts.ts';
import { type RulesWarning, rulesLine, rulesWarning } from '../views/rules-change.ts';
import { type OutcomeBadge, outcomeBadge } from '../views/verdict.ts';
import type { WalkContext } from '../views/walk-context.ts';

export type OutcomeStep = Extract<Step, { status: 'outcome' }>;

/**
 * The closing line of every advice. Who decides differs per outcome (SPEC
 * §4.3) and is said in the outcome's own text, so this line names no one.
 */
export const adviceDisclaimer =
  'Dit overzicht is een advies uit de Woonkansboom van Bureau Woonkans. Wie over een aanmelding beslist, staat bij de uitkomst.';

export interface AdviceSummary {
  treeTitle: string;
  version: number;
  peildatum: PlainDate;
  /** "Advies van …, volgens de regels die gelden vanaf … (versie N)." */
  rules: string;
  /** The warning before the rules change, when a scheduled version changes this advice. */
  warning?: RulesWarning;
  verdict: Verdict;
  badge: OutcomeBadge;
  title: string;
  /** Messages that hold on these answers, such as "meld zo snel mogelijk aan". */
  notices: string[];
  /** Markdown. */
  explanation: string;
  /** Markdown. */
  nextSteps: string;
  dates: { id: string; label: string; date: PlainDate }[];
  requirements: { label: string; met: Truth }[];
  answers: { question: string; answer: string }[];
  trajectory?: { title: string; steps: { title: string; text: string }[] };
  contacts: { name: string; text: string; routes: RouteLink[] }[];
}

export function adviceSummary(ctx: WalkContext, step: OutcomeStep): AdviceSummary {
  const { tree } = ctx;
  const fill = (text: string) => fillText(text, tree, step.dates);
  const answers = step.path.flatMap((entry) => {
    if (entry.kind === 'check') return [];
    const node = tree.nodes.find((candidate) => candidate.id === entry.node);
    if (!node) return [];
    const answer = entry.kind === 'date' ? formatDutchDate(entry.answer) : fill(entry.label);
    return [{ question: fill(node.text), answer }];
  });
  const trajectory = tree.trajectories.find(
    (candidate) => candidate.id === step.outcome.trajectory,
  );
  const contacts = step.outcome.contacts.flatMap((id) =>
    tree.contacts
      .filter((contact) => contact.id === id)
      .map((contact) => ({
        name: contact.name,
        text: fill(contact.text),
        routes: contact.routes.map(contactRouteLink),
      })),
  );
  const warning = rulesWarning(ctx, step);
  return {
    treeTitle: tree.title,
    version: ctx.version,
    peildatum: ctx.peildatum,
    rules: rulesLine(ctx),
    ...(warning ? { warning } : {}),
    verdict: step.outcome.verdict,
    badge: outcomeBadge(step.outcome),
    notices: activeNotices(tree, step.answers, ctx.peildatum).map((notice) => fill(notice.text)),
    title: fill(step.outcome.title),
    explanation: fill(step.outcome.explanation),
    nextSteps: fill(step.outcome.nextSteps),
    // In the order they fall, as on the outcome page (plain dates sort as text).
    dates: tree.dates
      .flatMap((rule) => {
        const date = rule.listed ? step.dates[rule.id] : undefined;
        return date ? [{ id: rule.id, label: fill(rule.label), date }] : [];
      })
      .sort((a, b) => a.date.localeCompare(b.date)),
    requirements: step.requirements.map((requirement) => ({
      label: fill(requirement.label),
      met: requirement.met,
    })),
    answers,
    ...(trajectory && trajectory.steps.length > 0
      ? {
          trajectory: {
            title: fill(trajectory.title),
            steps: trajectory.steps.map((item) => ({
              // The step text already says how long a step takes.
              title: fill(item.title),
              text: fill(item.text),
            })),
          },
        }
      : {}),
    contacts,
  };
}

export const requirementMark = (met: Truth) =>
  met === undefined
    ? { icon: '?', words: 'Niet gevraagd' }
    : met
      ? { icon: '✓', words: 'Voldaan' }
      : { icon: '✗', words: 'Niet voldaan' };
