// A PostgreSQL database of its own for one fault test (`wkb_fault_<random>`),
// so the test may refuse connections to it and end its connections without
// touching anyone else's: every statement names this database only.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { testPostgresUrl } from '../store/test-databases.ts';

export interface FaultDatabase {
  name: string;
  /** postgres://… reaching this database. */
  url: string;
  /** ALLOW_CONNECTIONS on or off; off also ends the connections already there (as a restart would). */
  allowConnections(allowed: boolean): Promise<void>;
  /** Ends every connection to this database (pg_terminate_backend); resolves with how many. */
  terminateConnections(): Promise<number>;
  dispose(): Promise<void>;
}

async function admin<T>(use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({
    connectionString: testPostgresUrl,
    connectionTimeoutMillis: 3000,
  });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

export async function faultDatabase(): Promise<FaultDatabase> {
  const name = `wkb_fault_${randomBytes(6).toString('hex')}`;
  await admin((client) => client.query(`create database ${name}`));
  const url = new URL(testPostgresUrl);
  url.pathname = `/${name}`;
  const terminateConnections = () =>
    admin(async (client) => {
      const result = await client.query(
        'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
        [name],
      );
      return result.rowCount ?? 0;
    });
  return {
    name,
    url: url.toString(),
    async allowConnections(allowed) {
      await admin((client) =>
        client.query(`alter database ${name} allow_connections ${allowed ? 'true' : 'false'}`),
      );
      if (!allowed) await terminateConnections();
    },
    terminateConnections,
    async dispose() {
      await admin(async (client) => {
        await client.query(`alter database ${name} allow_connections false`);
        await client.query(
          'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1',
          [name],
        );
        await client.query(`drop database if exists ${name}`);
      });
    },
  };
}
