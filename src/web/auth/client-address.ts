// The socket address of the client, for throttling only. Behind a reverse
// proxy every request has the proxy's address; `app.request()` in tests has
// none at all: then all clients share one key.
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

export function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'onbekend';
  } catch {
    return 'onbekend';
  }
}
