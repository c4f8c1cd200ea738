// Shared by the server and the browser script. Turns the query of a walk request into a walk context, or says what is wrong
// with it (peildatum, start, versie) in Dutch, naming the field.

import { dateMistakeMessage } from '../core/dates/date-mistake-message.ts';
import { type PlainDate, readTypedDate } from '../core/dates/plain-date.ts';
import type { Problem } from '../core/problem.ts';
import type { Tree } from '../core/tree/tree.ts';
import { questionById } from '../core/walk/next-step.ts';
import type { TreeTexts, WalkContext } from './walk-context.ts';
import type { WalkQuery } from './walk-url.ts';

/** What a walk needs of a published version. */
export interface WalkSource {
  tree: Tree;
  texts: TreeTexts;
  version: number;
}

export function parseVersion(given: string | undefined): number | undefined | Problem {
  if (given === undefined) return undefined;
  if (/^[1-9][0-9]{0,5}$/.test(given)) return Number(given);
  return {
    path: 'versie',
    code: 'invalid-version',
    message: `"${given}" is geen versienummer. Gebruik een heel getal, bijvoorbeeld 1.`,
  };
}

/**
 * The day a walk reckons with: a readable peildatum, else today. An unreadable
 * one is reported by `walkContext`; until then the rules of today are used.
 */
export function walkDay(peildatum: string | undefined, today: PlainDate): PlainDate {
  const given = peildatum === undefined ? undefined : readTypedDate(peildatum);
  return typeof given === 'string' ? given : today;
}

export function walkContext(
  published: WalkSource,
  query: Pick<WalkQuery, 'peildatum' | 'start' | 'org'>,
  today: PlainDate,
  basePath: string,
): WalkContext | Problem {
  let peildatum = today;
  if (query.peildatum !== undefined) {
    const parsed = readTypedDate(query.peildatum);
    if (typeof parsed !== 'string') {
      return {
        path: 'peildatum',
        code: 'invalid-date',
        message: `De datum om mee te rekenen is niet goed. ${dateMistakeMessage(parsed, query.peildatum)}`,
      };
    }
    peildatum = parsed;
  }
  if (query.start !== undefined && !questionById(published.tree, query.start)) {
    return {
      path: 'start',
      code: 'unknown-question',
      message: `"${query.start}" is geen vraag in de ${published.tree.title}. Laat "start" weg om bij de eerste vraag te beginnen.`,
    };
  }
  return {
    tree: published.tree,
    texts: published.texts,
    version: published.version,
    peildatum,
    peildatumIsToday: peildatum === today,
    basePath,
    ...(query.start !== undefined ? { start: query.start } : {}),
    // Checked where it is counted (the server drops an unknown one from the URL).
    ...(query.org ? { org: query.org } : {}),
  };
}
