// Every page, diagram, API answer and redirect of another region's app keeps
// its links inside that region: following a link never lands in the default
// region. Every GET route of the app is asked for (signed in as the region's
// beheerder, or with its token on the admin API), with real ids of the region.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { routeKeys } from '../../../test/support/route-keys.ts';
import { type TwoRegions, twoRegions } from '../../../test/support/two-regions.ts';

const keys = routeKeys;

const answers =
  'ontruimd=ja&reden=huurachterstand&datum_ontruiming=2022-03-15&huurschuld=nee&hulpverlening=ja';

/** A root path that stays in westerkwartier, or is shared by the whole site. */
const inRegion =
  /^\/(?:westerkwartier(?:[/?#]|$)|embed\/westerkwartier\/|api\/v1\/(?:admin\/)?regions\/westerkwartier(?:[/?#]|$)|static\/|favicon\.)/;

describe('links in another region’s answers', () => {
  let site: TwoRegions;
  before(async () => {
    site = await twoRegions();
  });
  after(() => site.close());

  it('stay in the region, on every GET route', async () => {
    const west = site.regions.westerkwartier;
    const { treeId, version, roundId, roundSlug, year } = west.ids;
    const seen = new Set<string>();
    const paths = (await site.appOf('westerkwartier')).routes
      .filter((route) => route.method === 'GET' && !route.path.includes('*'))
      .map((route) =>
        route.path
          .replace(':treeId', treeId)
          .replace(':version', String(version))
          .replace(':tokenId', String(west.users.redacteur.tokenId))
          .replace(':roundId', String(roundId))
          .replace(':slug', roundSlug)
          .replace(':year', String(year))
          .replace(':id', String(west.users.redacteur.id))
          .replace(/\/([a-z]+)\/:key/, (_, kind: string) => `/${kind}/${keys[kind] ?? 'x'}`),
      )
      .filter((path) => !path.includes(':') && !seen.has(path) && seen.add(path));
    assert.ok(paths.length >= 60, `only ${paths.length} paths`);

    const wrong: string[] = [];
    for (const path of paths) {
      // Pages of an advice need the answers.
      const inner = /\/boom\/[^/]+\/(advies|uitleg-huurder|agenda)/.test(path)
        ? `${path}?${answers}`
        : path;
      const url = west.url(inner);
      const response = await site.fetch(url, {
        headers: path.startsWith('/api/v1/admin')
          ? { Authorization: west.users.beheerder.bearer }
          : { Cookie: west.users.beheerder.cookie },
      });
      const location = response.headers.get('Location');
      if (location?.startsWith('/') && !inRegion.test(location))
        wrong.push(`${url} sends on to ${location}`);
      const type = response.headers.get('Content-Type') ?? '';
      if (!/^(text\/|image\/svg|application\/(.+\+)?json)/.test(type)) continue;
      const text = await response.text();
      // Attributes that are links (a form's value is content as stored, not a link).
      for (const [, name, link] of text.matchAll(
        /\s(href|action|src|formaction|content|data-[a-z-]+)="(\/[^"]*)"/g,
      ))
        if (link && !inRegion.test(link)) wrong.push(`${url}: ${name}="${link}"`);
      // Links written out in full, such as the embed code and calendar entries.
      // The one link that leaves on purpose: the site's finder, for a home in another region.
      for (const [, link] of text.matchAll(/http:\/\/localhost(\/[^\s"'<&\\]*)/g))
        if (link && !inRegion.test(link) && link !== '/#gemeente')
          wrong.push(`${url}: http://localhost${link}`);
      // Links in JSON answers.
      if (type.includes('json'))
        for (const [, link] of text.matchAll(/"(\/[^"]*)"/g))
          if (
            link &&
            /^\/(boom|trajecten|embed|api|beheer|evaluatie)/.test(link) &&
            !inRegion.test(link)
          )
            wrong.push(`${url}: "${link}"`);
    }
    assert.deepEqual(wrong, []);
  });
});
