// Fills {{placeholders}} in content texts with a walk's dates and the tree's
// parameters: escaped into HTML texts, as-is into plain texts.
import { formatDutchDate } from '../core/dates/dutch-date.ts';
import type { PlainDate } from '../core/dates/plain-date.ts';
import { own } from '../core/tree/own.ts';
import {
  corporationList,
  corporationsPlaceholder,
  fillPlaceholders,
  fillRanges,
  formatParameter,
} from '../core/tree/template.ts';
import type { Tree } from '../core/tree/tree.ts';
import { escapeHtml, raw, type SafeHtml } from './html.ts';

/**
 * A date the walk does not know yet reads as its name ("de uiterste
 * aanmelddatum"): in a question's help before the date is asked, or on a
 * trajectory page. An outcome never needs this (SPEC §4): the validator
 * refuses an outcome text with a date that a route to it does not know.
 */
function unknownDate(tree: Tree, name: string): string {
  const rule = tree.dates.find((candidate) => candidate.id === name);
  return rule ? `de ${rule.label.toLowerCase()}` : name;
}

export function placeholderValue(tree: Tree, dates: Readonly<Record<string, PlainDate>>) {
  return (name: string): string => {
    const parameter = own(tree.parameters, name);
    if (parameter) return formatParameter(parameter);
    if (name === corporationsPlaceholder) return corporationList(tree.corporations);
    const date = own(dates, name);
    return date ? formatDutchDate(date) : unknownDate(tree, name);
  };
}

/** A plain content text (question, label) with its placeholders filled. */
export function fillText(
  text: string,
  tree: Tree,
  dates: Readonly<Record<string, PlainDate>> = {},
): string {
  return fillPlaceholders(fillRanges(text, parameterOf(tree)), placeholderValue(tree, dates));
}

const parameterOf = (tree: Tree) => (name: string) => own(tree.parameters, name);

/** A rendered HTML content text with its placeholders filled (values escaped). */
export function fillHtml(
  markup: string,
  tree: Tree,
  dates: Readonly<Record<string, PlainDate>> = {},
): SafeHtml {
  const valueFor = placeholderValue(tree, dates);
  return raw(
    fillPlaceholders(fillRanges(markup, parameterOf(tree)), (name) => escapeHtml(valueFor(name))),
  );
}
