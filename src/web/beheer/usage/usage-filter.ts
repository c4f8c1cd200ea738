// The dashboard's filters from the query: period (van/tot), tree and
// organisation type. Wrong values become Dutch messages per field, never a 500.

import type { PlainDate } from '../../../core/dates/plain-date.ts';
import type { Problem } from '../../../core/problem.ts';
import { isOrgType } from '../../../core/usage/usage-org.ts';
import {
  type PeriodProblem,
  type UsagePeriod,
  usagePeriod,
} from '../../../core/usage/usage-period.ts';

/** `org=onbekend` selects the walks where nobody said where they work. */
export const unknownOrgParam = 'onbekend';

export interface UsageFilterInput {
  van: string;
  tot: string;
  boom: string;
  org: string;
}

export interface UsageFilter {
  period: UsagePeriod;
  treeId?: string;
  /** '' for "not answered". */
  orgType?: string;
}

export interface FilterProblem extends Problem {
  path: 'van' | 'tot' | 'boom' | 'org';
}

export function filterInput(query: (name: string) => string | undefined): UsageFilterInput {
  return {
    van: query('van') ?? '',
    tot: query('tot') ?? '',
    boom: query('boom') ?? '',
    org: query('org') ?? '',
  };
}

export function usageFilter(
  input: UsageFilterInput,
  treeIds: readonly string[],
  today: PlainDate,
): UsageFilter | FilterProblem[] {
  const period = usagePeriod(input.van, input.tot, today);
  const problems: FilterProblem[] = Array.isArray(period) ? [...(period as PeriodProblem[])] : [];
  if (input.boom !== '' && !treeIds.includes(input.boom)) {
    problems.push({
      path: 'boom',
      code: 'unknown-tree',
      message: 'Deze Woonkansboom kennen we niet. Kies een boom uit de lijst.',
    });
  }
  const org = input.org;
  if (org !== '' && org !== unknownOrgParam && !isOrgType(org)) {
    problems.push({
      path: 'org',
      code: 'unknown-org',
      message: 'Deze soort organisatie kennen we niet. Kies er een uit de lijst.',
    });
  }
  if (problems.length > 0 || Array.isArray(period)) return problems;
  return {
    period,
    ...(input.boom ? { treeId: input.boom } : {}),
    ...(org ? { orgType: org === unknownOrgParam ? '' : org } : {}),
  };
}

/** The filter as a query string, for the CSV link. */
export function filterQuery(input: UsageFilterInput): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(input)) if (value) params.set(name, value);
  const query = params.toString();
  return query ? `?${query}` : '';
}
