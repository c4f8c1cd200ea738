// One dedicated connection per store LISTENs for publishes (a pooled
// connection would lose the LISTEN when returned). If that connection drops,
// it reconnects and reports the trees published meanwhile, so a server never
// silently stops hearing about publishes. A connection whose network silently
// drops everything (no RST) never errors by itself: a heartbeat query finds
// it out within seconds (the query time limit of postgres-config.ts).
import type { Kysely } from 'kysely';
import pg from 'pg';
import type { Database } from './database.ts';
import { postgresClientConfig } from './postgres-config.ts';
import {
  type PublishedSnapshot,
  publishedSnapshot,
  treesPublishedSince,
} from './published-snapshot.ts';

export const publishedChannel = 'woonkansboom_published';
export const listenerApplicationName = 'woonkansboom-listener';
const reconnectDelayMs = 1000;
/** How often the listening connection is asked `select 1` to prove it is alive. */
const heartbeatMs = 10_000;

type Listener = (treeId: string) => void;

interface Published {
  schema: string;
  treeId: string;
  version: number;
}

function parsePayload(payload: string | undefined): Published | undefined {
  try {
    const value = JSON.parse(payload ?? '');
    return typeof value?.schema === 'string' && typeof value?.treeId === 'string'
      ? value
      : undefined;
  } catch {
    return undefined;
  }
}

export function publishedListener(databaseUrl: string) {
  const listeners = new Set<Listener>();
  let db: Kysely<Database> | undefined;
  let client: pg.Client | undefined;
  let connecting: Promise<void> | undefined;
  let retry: NodeJS.Timeout | undefined;
  let heartbeat: NodeJS.Timeout | undefined;
  let schema = '';
  let known: PublishedSnapshot | undefined;
  let closed = false;

  const report = (treeIds: string[]) => {
    for (const treeId of treeIds) for (const listener of [...listeners]) listener(treeId);
  };

  const onNotification = (message: pg.Notification) => {
    const published = parsePayload(message.payload);
    if (!published || published.schema !== schema) return;
    report([published.treeId]);
  };

  const connect = async (database: Kysely<Database>) => {
    const next = new pg.Client(postgresClientConfig(databaseUrl));
    next.on('error', () => disconnected(next));
    next.on('end', () => disconnected(next));
    next.on('notification', onNotification);
    try {
      await next.connect();
      const result = await next.query<{ schema: string }>('select current_schema() as schema');
      schema = result.rows[0]?.schema ?? '';
      // Names the connection in pg_stat_activity, for people and for the reconnect test.
      await next.query('select set_config($1, $2, false)', [
        'application_name',
        `${listenerApplicationName}:${schema}`,
      ]);
      await next.query(`listen ${publishedChannel}`);
      const now = await publishedSnapshot(database);
      if (known) report(treesPublishedSince(known, now));
      known = now;
    } catch (error) {
      await next.end().catch(() => {});
      throw error;
    }
    if (closed || listeners.size === 0) await next.end().catch(() => {});
    else {
      client = next;
      beat(next);
    }
  };

  const beat = (listening: pg.Client) => {
    clearTimeout(heartbeat);
    heartbeat = setTimeout(() => {
      if (client !== listening) return;
      listening.query('select 1').then(
        () => beat(listening),
        () => disconnected(listening),
      );
    }, heartbeatMs).unref();
  };

  const disconnected = (lost: pg.Client) => {
    lost.end().catch(() => {});
    if (client !== lost) return;
    client = undefined;
    scheduleReconnect();
  };

  const scheduleReconnect = () => {
    if (closed || listeners.size === 0 || retry) return;
    retry = setTimeout(() => {
      retry = undefined;
      ensureConnected().catch(scheduleReconnect);
    }, reconnectDelayMs).unref();
  };

  const ensureConnected = async () => {
    if (client || !db) return;
    connecting ??= connect(db).finally(() => {
      connecting = undefined;
    });
    await connecting;
  };

  const stopListening = async () => {
    clearTimeout(heartbeat);
    clearTimeout(retry);
    retry = undefined;
    const current = client;
    client = undefined;
    known = undefined;
    await current?.end().catch(() => {});
  };

  return {
    async watch(database: Kysely<Database>, listener: Listener): Promise<() => void> {
      db = database;
      listeners.add(listener);
      try {
        await ensureConnected();
      } catch (error) {
        listeners.delete(listener);
        throw error;
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) void stopListening();
      };
    },
    async close() {
      closed = true;
      listeners.clear();
      await connecting?.catch(() => {});
      await stopListening();
    },
  };
}
