// Reads a record by a key that comes from content or input: only the record's
// own entries count, never what every object inherits ("constructor",
// "toString"…), so a question or parameter may carry any valid id.
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
