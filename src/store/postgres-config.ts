// Connection options for every pg client of a store (pool and LISTEN).
import type pg from 'pg';

/**
 * Time limits, so a silently dropped network (no RST) fails requests within
 * seconds instead of hanging them and their pool slot for good.
 */
export const postgresTimeouts = {
  /** Getting a connection (new or from the pool). */
  connectionTimeoutMillis: 5000,
  /** Client side: no answer to a query within this time counts as a broken connection. */
  query_timeout: 15_000,
  /** Server side: a statement running longer is cancelled. */
  statement_timeout: 10_000,
  /** Server side: a transaction left idle this long is ended, releasing its locks. */
  idle_in_transaction_session_timeout: 10_000,
  /** TCP keepalive notices a vanished peer on idle connections. */
  keepAlive: true,
  keepAliveInitialDelayMillis: 10_000,
} as const;

/** The options a pg Client or Pool gets for a store (also the LISTEN client). */
export function postgresClientConfig(databaseUrl: string): pg.ClientConfig {
  return { connectionString: databaseUrl, ...postgresTimeouts };
}
