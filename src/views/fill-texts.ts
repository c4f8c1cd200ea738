// Fills {{placeholders}} in content texts with a walk's dates and the tree's
// parameters: escaped into HTML texts, as-is into plain texts.
import { formatDutchDate } from '../core/dutch-date.ts';
import { own } from '../core/own.ts';
import type { PlainDate } from '../core/plain-date.ts';
import {
  corporationList,
  corporationsPlaceholder,
  fillPlaceholders,
  formatParameter,
} from '../core/template.ts';
import type { Tree } from '../core/tree.ts';
import { escapeHtml, raw, type SafeHtml } from './html.ts';

const unknownDate = '(datum nog niet bekend)';

export function placeholderValue(tree: Tree, dates: Readonly<Record<string, PlainDate>>) {
  return (name: string): string => {
    const parameter = own(tree.parameters, name);
    if (parameter) return formatParameter(parameter);
    if (name === corporationsPlaceholder) return corporationList(tree.corporations);
    const date = own(dates, name);
    return date ? formatDutchDate(date) : unknownDate;
  };
}

/** A plain content text (question, label) with its placeholders filled. */
export function fillText(
  text: string,
  tree: Tree,
  dates: Readonly<Record<string, PlainDate>> = {},
): string {
  return fillPlaceholders(text, placeholderValue(tree, dates));
}

/** A rendered HTML content text with its placeholders filled (values escaped). */
export function fillHtml(
  markup: string,
  tree: Tree,
  dates: Readonly<Record<string, PlainDate>> = {},
): SafeHtml {
  const valueFor = placeholderValue(tree, dates);
  return raw(fillPlaceholders(markup, (name) => escapeHtml(valueFor(name))));
}
