// What the parts of the store contract share: the store under test, a way to
// open a second instance on the same database, and sample data.
import type { Store, TreeContent } from '../../src/store/store.ts';
import type { TestDatabase } from './test-databases.ts';

export interface ContractContext {
  /** The store under test, fresh for every test. */
  readonly store: Store;
  readonly database: TestDatabase;
  /** Another store instance on the same database (closed after the test). */
  another(): Promise<Store>;
  /** Seeds trees with `sampleContent(treeId)`. */
  seed(...treeIds: string[]): Promise<string[]>;
}

export const isoTimestamp = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

export function sampleContent(label: string): TreeContent {
  return {
    tree: { id: 'proef', label, nodes: [{ id: 'vraag', text: 'Wanneer? “6 maanden” – één' }] },
    scenarios: [{ name: label, answers: { a: 1, b: null, c: [true] } }],
  };
}
