// After a conflict the form is filled with both edits: what the user changed
// (compared with what they started from) on top of the current draft. Fields
// only the other person changed take the current value; a field both changed
// keeps the user's value (the conflict page shows the other one).

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, index) => same(item, b[index]));
  if (isRecord(a) && isRecord(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => same(a[key], b[key]));
  }
  return a === b;
}

/** Lists (options, branches, steps) merge as a whole: rows have no stable identity in a form. */
export function mergeStates(basis: unknown, yours: unknown, current: unknown): unknown {
  if (isRecord(basis) && isRecord(yours) && isRecord(current)) {
    const keys = new Set([...Object.keys(yours), ...Object.keys(current)]);
    return Object.fromEntries(
      [...keys].map((key) => [key, mergeStates(basis[key], yours[key], current[key])]),
    );
  }
  return same(yours, basis) ? current : yours;
}
