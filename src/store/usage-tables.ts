// Anonymous usage counts (SPEC §8). One row per combination of the
// allowed fields and a day, with a count: no row per visitor, no id that
// could link the steps of one walk, no time of day. Absent fields are ''.
export interface UsageCountTable {
  /** YYYY-MM-DD in Europe/Amsterdam. */
  day: string;
  kind: string;
  tree_id: string;
  tree_version: number;
  org_type: string;
  node_id: string;
  outcome_id: string;
  verdict: string;
  count: number;
}

export interface UsageTables {
  usage_counts: UsageCountTable;
}
