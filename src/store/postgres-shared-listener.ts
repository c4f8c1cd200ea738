// One dedicated connection LISTENs for the publishes of many stores of one
// server (a pooled connection would lose the LISTEN when returned). NOTIFY
// reaches the whole database; the payload names the schema, so each
// notification goes to the listeners of that schema's store only.
//
// If that connection drops, it reconnects and reports, per schema, the trees
// published meanwhile, so a server never silently stops hearing about
// publishes. A connection whose network silently drops everything (no RST)
// never errors by itself: a heartbeat query finds it out within seconds (the
// query time limit of postgres-config.ts).
import type { Kysely } from 'kysely';
import pg from 'pg';
import type { Database } from './database.ts';
import { postgresClientConfig } from './postgres-config.ts';
import {
  type PublishedSnapshot,
  publishedSnapshot,
  treesPublishedSince,
} from './published-snapshot.ts';
import { isStoreUnavailable } from './store-unavailable.ts';

export const publishedChannel = 'woonkansboom_published';
export const listenerApplicationName = 'woonkansboom-listener';
const reconnectDelayMs = 1000;
/** How often the listening connection is asked `select 1` to prove it is alive. */
const heartbeatMs = 10_000;

type Listener = (treeId: string) => void;

interface Published {
  schema: string;
  treeId: string;
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

/** The stores of one schema that listen. */
interface Watched {
  db: Kysely<Database>;
  listeners: Set<Listener>;
  /** The trees' latest versions when last looked at: what a reconnect compares with. */
  known?: PublishedSnapshot;
}

export interface SharedPublishedListener {
  /** Calls `listener` with the tree id of every publish in `schema`; `db` reads that schema. */
  watch(schema: string, db: Kysely<Database>, listener: Listener): Promise<() => void>;
  close(): Promise<void>;
}

export function sharedPublishedListener(databaseUrl: string): SharedPublishedListener {
  const schemas = new Map<string, Watched>();
  let client: pg.Client | undefined;
  let connecting: Promise<void> | undefined;
  let retry: NodeJS.Timeout | undefined;
  let heartbeat: NodeJS.Timeout | undefined;
  let closed = false;

  const report = (watched: Watched, treeIds: string[]) => {
    for (const treeId of treeIds) for (const listener of [...watched.listeners]) listener(treeId);
  };

  const onNotification = (message: pg.Notification) => {
    const published = parsePayload(message.payload);
    const watched = published && schemas.get(published.schema);
    if (watched) report(watched, [published.treeId]);
  };

  /** Looks at a schema's versions; after a reconnect, reports what moved since the last look. */
  const catchUp = async (watched: Watched) => {
    const now = await publishedSnapshot(watched.db);
    if (watched.known) report(watched, treesPublishedSince(watched.known, now));
    watched.known = now;
  };

  const connect = async () => {
    const next = new pg.Client(postgresClientConfig(databaseUrl));
    next.on('error', () => disconnected(next));
    next.on('end', () => disconnected(next));
    next.on('notification', onNotification);
    try {
      await next.connect();
      const result = await next.query<{ schema: string }>('select current_schema() as schema');
      // Names the connection in pg_stat_activity, for people and for the reconnect test.
      await next.query('select set_config($1, $2, false)', [
        'application_name',
        `${listenerApplicationName}:${result.rows[0]?.schema ?? ''}`,
      ]);
      await next.query(`listen ${publishedChannel}`);
      for (const watched of [...schemas.values()]) {
        try {
          await catchUp(watched);
        } catch (error) {
          // The database away: try the whole connection again. Anything else
          // (a schema dropped under its store) must not deafen the other schemas.
          if (isStoreUnavailable(error)) throw error;
        }
      }
    } catch (error) {
      await next.end().catch(() => {});
      throw error;
    }
    if (closed || schemas.size === 0) await next.end().catch(() => {});
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
    if (closed || schemas.size === 0 || retry) return;
    retry = setTimeout(() => {
      retry = undefined;
      ensureConnected().catch(scheduleReconnect);
    }, reconnectDelayMs).unref();
  };

  const ensureConnected = async () => {
    if (client) return;
    connecting ??= connect().finally(() => {
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
    await current?.end().catch(() => {});
  };

  const unwatch = (schema: string, watched: Watched, listener: Listener) => {
    watched.listeners.delete(listener);
    if (watched.listeners.size > 0 || schemas.get(schema) !== watched) return;
    schemas.delete(schema);
    if (schemas.size === 0) void stopListening();
  };

  return {
    async watch(schema, db, listener) {
      // A store that watches after its server closed the connections hears nothing more.
      if (closed) return () => {};
      let watched = schemas.get(schema);
      if (!watched) {
        watched = { db, listeners: new Set() };
        schemas.set(schema, watched);
      }
      watched.listeners.add(listener);
      try {
        await ensureConnected();
        // A schema first watched while the connection was already up: its first look.
        if (!watched.known) watched.known = await publishedSnapshot(watched.db);
      } catch (error) {
        unwatch(schema, watched, listener);
        throw error;
      }
      return () => unwatch(schema, watched, listener);
    },
    async close() {
      closed = true;
      schemas.clear();
      await connecting?.catch(() => {});
      await stopListening();
    },
  };
}
