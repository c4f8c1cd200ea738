// Zod issues as Dutch messages for beheerders: what is wrong, where, and how
// to fix it. Paths name items by their id ("nodes.reden.options.opiumwet.next")
// so a message points at the exact node, as docassemble's best errors do.

import type { z } from 'zod';
import type { Problem } from '../problem.ts';
import { dutchCount } from './tree.ts';

/** `path` is dotted; array items with a unique id are named by it, others by index. */
export interface ReadableIssue extends Problem {
  /** The node or outcome the issue is in, when there is one. */
  nodeId?: string;
  message: string;
}

type Issue = z.core.$ZodIssue;

const idPattern = /^[a-z][a-z0-9_-]*$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The id of an array item, when that id is valid and unique in its array. */
function itemId(items: unknown[], index: number): string | undefined {
  const item = items[index];
  if (!isRecord(item) || typeof item.id !== 'string' || !idPattern.test(item.id)) return undefined;
  const id = item.id;
  const count = items.filter((other) => isRecord(other) && other.id === id).length;
  return count === 1 ? id : undefined;
}

/** Turns a zod path into segments, naming array items by their id where possible. */
export function readablePath(input: unknown, path: readonly PropertyKey[]): string[] {
  const segments: string[] = [];
  let value: unknown = input;
  for (const key of path) {
    if (typeof key === 'number' && Array.isArray(value)) {
      segments.push(itemId(value, key) ?? String(key));
      value = value[key];
    } else {
      segments.push(String(key));
      value = isRecord(value) ? value[String(key)] : undefined;
    }
  }
  return segments;
}

const typeWords: Record<string, string> = {
  string: 'een tekst',
  number: 'een getal',
  int: 'een heel getal',
  boolean: 'true of false',
  array: 'een lijst',
  object: 'een blok met velden',
  record: 'een blok met velden',
  null: 'leeg (null)',
};

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value === 'object' ? 'object' : typeof value;
}

function describeType(type: string): string {
  return typeWords[type] ?? type;
}

/** Any input value as short readable text; never throws (e.g. on { toString: 1 }). */
export function showValue(value: unknown): string {
  if (typeof value === 'string') return value.length > 80 ? `${value.slice(0, 77)}…` : value;
  if (value === null || ['number', 'boolean', 'undefined', 'bigint'].includes(typeof value))
    return String(value);
  try {
    const json = JSON.stringify(value);
    if (json === undefined) return typeof value;
    return json.length > 80 ? `${json.slice(0, 77)}…` : json;
  } catch {
    return typeof value;
  }
}

function quote(values: readonly unknown[]): string {
  return values.map(showValue).join(', ');
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (Array.isArray(value) && typeof key === 'number') value = value[key];
    else value = isRecord(value) ? value[String(key)] : undefined;
  }
  return value;
}

/**
 * A union (a condition, an amount) reports every alternative. When one
 * alternative clearly fits best (fewest issues, no foreign fields) we report
 * its issues; otherwise a general message about the allowed forms.
 */
function bestAlternative(errors: Issue[][]): Issue[] | undefined {
  const candidates = errors.filter(
    (issues) =>
      !issues.some((issue) => issue.code === 'unrecognized_keys' && issue.path.length === 0),
  );
  const sizes = candidates.map((issues) => issues.length);
  const fewest = Math.min(...sizes);
  const best = candidates.filter((issues) => issues.length === fewest);
  return best.length === 1 ? best[0] : undefined;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `where` reads as "bij nodes.reden" or "in het bestand". */
function messageFor(issue: Issue, where: string, field: string, input: unknown): string {
  const given = valueAt(input, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (given === undefined) {
        return `${capitalise(where)} ontbreekt "${field}". Voeg "${field}" toe: ${describeType(issue.expected)}.`;
      }
      return `"${field}" ${where} moet ${describeType(issue.expected)} zijn, maar is ${describeType(typeOf(given))}. Pas de waarde aan.`;
    case 'too_small':
      if (issue.origin === 'string')
        return `De tekst "${field}" ${where} is leeg. Vul een tekst in.`;
      if (issue.origin === 'array') {
        return `De lijst "${field}" ${where} moet minstens ${issue.minimum} item(s) hebben. Voeg er een toe.`;
      }
      return `"${field}" ${where} moet minstens ${issue.minimum} zijn. Pas de waarde aan.`;
    case 'too_big':
      if (issue.origin === 'string')
        return `De tekst "${field}" ${where} is te lang: hoogstens ${dutchCount(Number(issue.maximum))} tekens. Maak de tekst korter.`;
      return `"${field}" ${where} mag hoogstens ${issue.maximum} zijn. Pas de waarde aan.`;
    case 'invalid_format':
      return `"${showValue(given)}" ${where} is niet goed geschreven: ${formatHint(issue)}.`;
    case 'unrecognized_keys':
      return `${issue.keys.length === 1 ? 'Het veld' : 'De velden'} ${quote(issue.keys.map((key) => `"${key}"`))} ${issue.keys.length === 1 ? 'hoort' : 'horen'} niet ${where}. Haal ${issue.keys.length === 1 ? 'het' : 'ze'} weg of controleer de spelling.`;
    case 'invalid_value':
      if (given === undefined)
        return `${capitalise(where)} ontbreekt "${field}". Kies uit: ${quote(issue.values)}.`;
      return `"${showValue(given)}" is geen geldige waarde voor "${field}" ${where}. Kies uit: ${quote(issue.values)}.`;
    case 'invalid_key':
      return `"${field}" is geen geldige naam ${where}: gebruik kleine letters, cijfers, - en _ en begin met een letter.`;
    case 'invalid_union':
      if (issue.discriminator) {
        const options = 'options' in issue && issue.options ? quote(issue.options) : '';
        return given === undefined
          ? `${capitalise(where)} ontbreekt "${issue.discriminator}". Kies uit: ${options}.`
          : `"${showValue(given)}" is geen geldige waarde voor "${issue.discriminator}" ${where}. Kies uit: ${options}.`;
      }
      return ['amount', 'then', 'else'].includes(field)
        ? `"${field}" ${where} is geen goed aantal. Schrijf een getal, { param: naam } of { when: voorwaarde, then: aantal, else: aantal }.`
        : `"${field}" ${where} is geen goede voorwaarde. Schrijf { answer: vraag, is: antwoord }, { answer: vraag, in: [antwoorden] }, { compare: datum, op: before, to: datum }, { all: [..] }, { any: [..] } of { not: voorwaarde }.`;
    default:
      return `Er klopt iets niet ${where}: ${formatHint(issue)}.`;
  }
}

/** Our schemas give their patterns a Dutch message; zod's own (English) never reaches a reader. */
function formatHint(issue: Issue): string {
  const message = issue.message;
  if (message && !/^Invalid\b/i.test(message)) return message;
  return 'controleer hoe het geschreven is';
}

const codes: Record<string, string> = {
  invalid_type: 'wrong-type',
  too_small: 'too-small',
  too_big: 'too-big',
  invalid_format: 'invalid-format',
  unrecognized_keys: 'unknown-field',
  invalid_value: 'invalid-value',
  invalid_key: 'invalid-name',
  invalid_union: 'invalid-form',
};

function codeFor(issue: Issue, input: unknown): string {
  if (
    (issue.code === 'invalid_type' || issue.code === 'invalid_value') &&
    valueAt(input, issue.path) === undefined
  )
    return 'missing-field';
  if (issue.code === 'too_small' && issue.origin === 'string') return 'empty-text';
  if (issue.code === 'too_big' && issue.origin === 'string') return 'text-too-long';
  return codes[issue.code] ?? 'invalid';
}

/** Flattens unions to their best alternative, keeping paths absolute. */
function flatten(issue: Issue): Issue[] {
  if (issue.code !== 'invalid_union' || issue.discriminator || issue.errors.length === 0)
    return [issue];
  const best = bestAlternative(issue.errors);
  if (!best) return [issue];
  return best.flatMap((inner) =>
    flatten({ ...inner, path: [...issue.path, ...inner.path] } as Issue),
  );
}

export function readableIssues(issues: readonly Issue[], input: unknown): ReadableIssue[] {
  return issues.flatMap(flatten).map((issue) => {
    const segments = readablePath(input, issue.path);
    if (issue.code === 'unrecognized_keys' && issue.keys.length === 1)
      segments.push(issue.keys[0] ?? '');
    // A missing or wrong field is named by its key; the place is its parent.
    const named = ['invalid_type', 'too_small', 'invalid_value', 'invalid_key', 'invalid_union'];
    const field = segments.at(-1) ?? '';
    const single = issue.code === 'unrecognized_keys' && issue.keys.length === 1;
    const longText = issue.code === 'too_big' && issue.origin === 'string';
    const parent =
      named.includes(issue.code) || single || longText ? segments.slice(0, -1) : segments;
    const where = parent.length > 0 ? `bij ${parent.join('.')}` : 'in het bestand';
    const [list, id] = segments;
    const nodeId =
      (list === 'nodes' || list === 'outcomes') && id && idPattern.test(id) ? id : undefined;
    return {
      code: codeFor(issue, input),
      path: segments.join('.'),
      ...(nodeId && { nodeId }),
      message: messageFor(issue, where, field, input),
    };
  });
}
