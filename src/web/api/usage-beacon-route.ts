// POST /api/v1/gebruik: the walk events the browser script sends with
// navigator.sendBeacon. Public and anonymous: no cookie is read or
// set, nothing of the request (address, browser, time of day) is kept — only
// the counts. A wrong body gets a Dutch problem+json, never a 500.
import type { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { beaconEvents, parseUsageBeacon } from '../../core/usage/usage-beacon.ts';
import type { AppEnv } from '../auth/principal.ts';
import type { AppDeps } from '../deps.ts';
import { HttpProblem } from '../problem.ts';

export const usageBeaconPath = '/api/v1/gebruik';

/** A batch of 100 events is about 6 KB. */
export const maxBeaconBytes = 8 * 1024;

export function usageBeaconRoute(app: Hono<AppEnv>, deps: AppDeps): void {
  app.post(
    usageBeaconPath,
    bodyLimit({
      maxSize: maxBeaconBytes,
      onError: () => {
        throw new HttpProblem(
          413,
          'Te veel tegelijk',
          `Stuur hoogstens ${maxBeaconBytes} bytes per keer. Verdeel de gebeurtenissen over meer berichten.`,
        );
      },
    }),
    async (c) => {
      // Only pages of this site count; another site cannot add to the numbers from a visitor's browser.
      if (c.req.header('Sec-Fetch-Site') === 'cross-site') {
        throw new HttpProblem(
          403,
          'Niet toegestaan',
          'Alleen de Woonkansboom zelf kan gebruik doorgeven.',
        );
      }
      // sendBeacon sends a string as text/plain; a client may also say JSON.
      const type = (c.req.header('Content-Type') ?? '').split(';')[0]?.trim().toLowerCase();
      if (type !== 'application/json' && type !== 'text/plain') {
        throw new HttpProblem(
          415,
          'Verkeerd formaat',
          'Stuur de gebeurtenissen als JSON, met de header Content-Type: application/json of text/plain.',
        );
      }
      let body: unknown;
      try {
        body = JSON.parse(await c.req.text());
      } catch {
        throw new HttpProblem(
          400,
          'Geen geldige JSON',
          'De inhoud van het bericht is geen geldige JSON.',
        );
      }
      const beacon = parseUsageBeacon(body);
      if (Array.isArray(beacon)) {
        throw new HttpProblem(
          400,
          'Gebeurtenissen kloppen niet',
          'Het bericht klopt niet. Zie errors voor wat er mis is.',
          beacon,
        );
      }
      const published = await deps.catalog.get(beacon.tree, beacon.version);
      if (!published) {
        throw new HttpProblem(
          422,
          'Onbekende boom of versie',
          `Er is geen versie ${beacon.version} van een Woonkansboom "${beacon.tree}".`,
          [
            {
              path: 'tree',
              code: 'unknown-version',
              message: 'Gebruik het id en de versie van een gepubliceerde boom.',
            },
          ],
        );
      }
      const checked = beaconEvents(beacon, published.tree, published.version);
      if ('problems' in checked) {
        throw new HttpProblem(
          422,
          'Onbekende vraag of uitkomst',
          'Het bericht noemt een vraag of uitkomst die niet in deze versie van de boom staat. Er is niets geteld.',
          checked.problems,
        );
      }
      deps.usage?.record(checked.events);
      return c.body(null, 204, { 'Cache-Control': 'no-store' });
    },
  );
}
