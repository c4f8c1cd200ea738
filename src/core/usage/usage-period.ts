// The period of the usage dashboard: whole calendar months, from
// `van` to `tot` (YYYY-MM, as <input type="month"> sends them), by default the
// last twelve months up to and including this one. Pure: the caller passes today.

import { daysInMonth, type PlainDate } from '../dates/plain-date.ts';
import type { Problem } from '../problem.ts';

export interface UsagePeriod {
  /** YYYY-MM, the first month included. */
  from: string;
  /** YYYY-MM, the last month included. */
  to: string;
  /** Every month from `from` to `to`, in order. */
  months: string[];
  /** The first and last day of the period, for the store. */
  fromDay: string;
  toDay: string;
}

export interface PeriodProblem extends Problem {
  path: 'van' | 'tot';
}

/** At most ten years of months on one page. */
export const maxPeriodMonths = 120;

const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;

function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

function monthOf(index: number): string {
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

function lastDay(month: string): string {
  const days = daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)));
  return `${month}-${String(days).padStart(2, '0')}`;
}

export function defaultPeriodMonths(today: PlainDate): { from: string; to: string } {
  const to = today.slice(0, 7);
  return { from: monthOf(monthIndex(to) - 11), to };
}

/** Empty or absent values take the default; anything else must be a month. */
export function usagePeriod(
  van: string | undefined,
  tot: string | undefined,
  today: PlainDate,
): UsagePeriod | PeriodProblem[] {
  const fallback = defaultPeriodMonths(today);
  const from = van?.trim() || fallback.from;
  const to = tot?.trim() || fallback.to;
  const problems: PeriodProblem[] = [];
  for (const [path, value] of [
    ['van', from],
    ['tot', to],
  ] as const) {
    if (!monthPattern.test(value) || value < '1900') {
      problems.push({
        path,
        code: 'invalid-month',
        message: `"${value}" is geen maand die we kunnen lezen. Schrijf jaar-maand, bijvoorbeeld 2026-01.`,
      });
    }
  }
  if (problems.length > 0) return problems;
  const span = monthIndex(to) - monthIndex(from) + 1;
  if (span < 1) {
    return [
      {
        path: 'tot',
        code: 'period-reversed',
        message: 'De maand bij "Tot en met" ligt voor de maand bij "Van". Kies een latere maand.',
      },
    ];
  }
  if (span > maxPeriodMonths) {
    return [
      {
        path: 'van',
        code: 'period-too-long',
        message: `Kies een periode van hoogstens ${maxPeriodMonths / 12} jaar. Nu is het ${span} maanden.`,
      },
    ];
  }
  const months = Array.from({ length: span }, (_, offset) => monthOf(monthIndex(from) + offset));
  return { from, to, months, fromDay: `${from}-01`, toDay: lastDay(to) };
}
