// Opens the store, or — when the database cannot be reached at start —
// hands out a stand-in at once and keeps trying in the background. Until the
// real store is open (migrated and prepared), every call fails with
// StoreUnreachableError, which the web layer answers with 503; after that the
// stand-in passes every call to the real store. So a server starts while
// PostgreSQL is away and needs no restart when it returns.
import type { Store } from './store.ts';
import { isStoreUnavailable } from './store-unavailable.ts';

/** SQLSTATE 08001: the client could not establish the connection. */
export class StoreUnreachableError extends Error {
  readonly code = '08001';
  constructor() {
    super('The database is not reachable yet');
  }
}

export interface WhenReachableOptions {
  kind: Store['kind'];
  /** Runs on the opened store before anyone else gets it (e.g. seeding the default trees). */
  prepare?: (store: Store) => Promise<void>;
  retryMs?: number;
  log?: (message: string) => void;
}

export async function openStoreWhenReachable(
  open: () => Promise<Store>,
  { kind, prepare = async () => {}, retryMs = 1000, log = console.error }: WhenReachableOptions,
): Promise<{ store: Store; ready: Promise<Store> }> {
  const attempt = async () => {
    const opened = await open();
    try {
      await prepare(opened);
    } catch (error) {
      await opened.close().catch(() => {});
      throw error;
    }
    return opened;
  };
  try {
    const store = await attempt();
    return { store, ready: Promise.resolve(store) };
  } catch (error) {
    if (!isStoreUnavailable(error)) throw error;
    log(
      `The database is not reachable (${(error as Error).message}); trying again in the background.`,
    );
  }

  let current: Store | undefined;
  let closed = false;
  let timer: NodeJS.Timeout | undefined;
  const ready = new Promise<Store>((resolve) => {
    const retry = () => {
      timer = setTimeout(async () => {
        try {
          const opened = await attempt();
          if (closed) return void (await opened.close());
          current = opened;
          log('The database is reachable again.');
          resolve(opened);
        } catch (error) {
          if (!isStoreUnavailable(error)) log(`Opening the store failed: ${error}`);
          if (!closed) retry();
        }
      }, retryMs);
    };
    retry();
  });

  const store = new Proxy({} as Store, {
    get(_target, property) {
      if (property === 'kind') return kind;
      if (property === 'then') return undefined;
      if (property === 'close')
        return async () => {
          closed = true;
          clearTimeout(timer);
          await current?.close();
        };
      return (...args: unknown[]) => {
        if (!current) return Promise.reject(new StoreUnreachableError());
        const method = current[property as keyof Store] as (...a: unknown[]) => unknown;
        return method.apply(current, args);
      };
    },
  });
  return { store, ready };
}
