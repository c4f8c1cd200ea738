import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testApp } from '../../../test/support/test-app.ts';
import { defaultRegionId, reservedRegionIds } from '../../core/regions/region.ts';
import { publicPath, regionOfPath } from './region-paths.ts';

describe('regionOfPath', () => {
  const cases: [string, string, string][] = [
    ['/westerkwartier', 'westerkwartier', '/'],
    ['/westerkwartier/', 'westerkwartier', '/'],
    ['/westerkwartier/boom/hulpverlening', 'westerkwartier', '/boom/hulpverlening'],
    ['/westerkwartier/beheer/bomen/x', 'westerkwartier', '/beheer/bomen/x'],
    ['/westerkwartier/thema.css', 'westerkwartier', '/thema.css'],
    ['/embed/westerkwartier/boom/hulpverlening', 'westerkwartier', '/embed/boom/hulpverlening'],
    ['/westerkwartier/embed/boom/hulpverlening', 'westerkwartier', '/embed/boom/hulpverlening'],
    ['/api/v1/regions/westerkwartier', 'westerkwartier', '/api/v1'],
    ['/api/v1/regions/westerkwartier/trees', 'westerkwartier', '/api/v1/trees'],
    ['/westerkwartier/api/v1/trees', 'westerkwartier', '/api/v1/trees'],
    ['/api/v1/admin/regions/westerkwartier', 'westerkwartier', '/api/v1/admin'],
    ['/api/v1/admin/regions/westerkwartier/trees/x', 'westerkwartier', '/api/v1/admin/trees/x'],
    ['/de-marne/boom/x', 'de-marne', '/boom/x'],
    // The default region under its own name.
    ['/groningen', defaultRegionId, '/'],
    ['/groningen/boom/hulpverlening', defaultRegionId, '/boom/hulpverlening'],
    ['/embed/groningen/boom/hulpverlening', defaultRegionId, '/embed/boom/hulpverlening'],
    ['/api/v1/regions/groningen/trees', defaultRegionId, '/api/v1/trees'],
    ['/api/v1/admin/regions/groningen/trees', defaultRegionId, '/api/v1/admin/trees'],
  ];
  for (const [path, regionId, innerPath] of cases)
    it(`reads ${path} as ${regionId} ${innerPath}`, () => {
      assert.deepEqual(regionOfPath(path), { regionId, innerPath });
    });

  it('leaves the old paths of the default region and the site-wide paths without a region', () => {
    for (const path of [
      '/',
      '/boom/hulpverlening',
      '/boom/hulpverlening/vraag/reden',
      '/embed/boom/hulpverlening',
      '/embed/boom/x',
      '/embed/boom',
      '/embed.js',
      '/trajecten',
      '/trajecten/tweedekansbeleid',
      '/beheer',
      '/beheer/bomen/hulpverlening',
      '/evaluatie/1',
      '/api/v1/trees',
      '/api/v1/admin/trees',
      '/api/v1/regions',
      '/api/v1/regions/',
      '/api/v1/admin/regions/',
      '/static/site.css',
      '/favicon.svg',
      '/favicon.ico',
      '/health',
      '/privacy',
      '/contact',
      '/toegankelijkheid',
      '/api-documentatie',
      '/walk-data/x',
    ])
      assert.equal(regionOfPath(path), undefined, path);
  });

  it('does not read odd first segments as a region', () => {
    for (const path of [
      '/%2e%2e/',
      '/%2e%2e/beheer',
      '/../beheer',
      '/./boom/x',
      '//westerkwartier/boom',
      '/Westerkwartier/boom/x',
      '/WESTERKWARTIER',
      '/x/boom',
      '/1abc/boom',
      '/west%2Fkwartier/boom',
      '/westerkwartier%2F..%2Fbeheer',
      '/robots.txt',
      '/thema.css',
      `/${'a'.repeat(41)}/boom`,
      '',
      'westerkwartier/boom',
    ])
      assert.equal(regionOfPath(path), undefined, JSON.stringify(path));
  });

  it('never reads a reserved word as a region, on any of the four forms', () => {
    for (const word of reservedRegionIds) {
      assert.equal(regionOfPath(`/${word}/x`), undefined, `/${word}/x`);
      assert.equal(regionOfPath(`/embed/${word}/x`), undefined, `/embed/${word}/x`);
    }
  });

  it('knows every root word the app serves as reserved', () => {
    const app = testApp();
    for (const route of app.routes) {
      const first = route.path.split('/')[1] ?? '';
      if (first === '*' || first === '' || first.includes('.')) continue;
      assert.ok(reservedRegionIds.has(first), `/${first} is not a reserved region id`);
    }
  });

  it('keeps the region id to the path segment that names it', () => {
    // A region named in the API form is the whole segment, never less or more.
    assert.deepEqual(regionOfPath('/api/v1/regions/wester/kwartier'), {
      regionId: 'wester',
      innerPath: '/api/v1/kwartier',
    });
    // An odd id on the API forms is passed on: the router finds no such region (404).
    assert.equal(regionOfPath('/api/v1/regions/%2e%2e/trees')?.regionId, '%2e%2e');
    assert.equal(regionOfPath('/api/v1/admin/regions/..')?.regionId, '..');
  });
});

describe('publicPath', () => {
  const cases: [string, string][] = [
    ['/', '/westerkwartier'],
    ['/boom/hulpverlening', '/westerkwartier/boom/hulpverlening'],
    [
      '/boom/hulpverlening?peildatum=2026-12-07#vraag',
      '/westerkwartier/boom/hulpverlening?peildatum=2026-12-07#vraag',
    ],
    ['/beheer', '/westerkwartier/beheer'],
    ['/beheer/inloggen?terug=%2Fbeheer', '/westerkwartier/beheer/inloggen?terug=%2Fbeheer'],
    ['/thema.css?v=1', '/westerkwartier/thema.css?v=1'],
    ['/embed/boom/hulpverlening', '/embed/westerkwartier/boom/hulpverlening'],
    ['/api/v1', '/api/v1/regions/westerkwartier'],
    ['/api/v1/trees', '/api/v1/regions/westerkwartier/trees'],
    ['/api/v1/admin', '/api/v1/admin/regions/westerkwartier'],
    ['/api/v1/admin/trees/x/publish', '/api/v1/admin/regions/westerkwartier/trees/x/publish'],
    // Paths that only look like the API's or the embed's stay under the region.
    ['/api/v1x', '/westerkwartier/api/v1x'],
    ['/api/v1/administratie', '/api/v1/regions/westerkwartier/administratie'],
    ['/embedded', '/westerkwartier/embedded'],
  ];
  for (const [inner, outer] of cases)
    it(`writes ${inner} of westerkwartier as ${outer}`, () => {
      assert.equal(publicPath('westerkwartier', inner), outer);
    });

  it('leaves the site-wide paths, relative and absolute links, and anchors alone', () => {
    for (const path of [
      '/static/site.css',
      '/favicon.svg',
      '/favicon.ico',
      '/health',
      '#inhoud',
      '?stap=2',
      'vraag/reden',
      'https://example.org/boom/x',
      '//example.org/boom/x',
      'mailto:info@woonkans.nl',
      '',
    ])
      assert.equal(publicPath('westerkwartier', path), path, path);
  });

  it('leaves every path of the default region as it was', () => {
    for (const path of ['/', '/boom/x', '/embed/boom/x', '/api/v1/trees', '/api/v1/admin/trees'])
      assert.equal(publicPath(defaultRegionId, path), path);
  });

  it('is undone by regionOfPath for every path a region serves', () => {
    const inner = [
      '/',
      '/boom/hulpverlening',
      '/boom/hulpverlening/vraag/reden',
      '/trajecten',
      '/beheer',
      '/beheer/bomen/hulpverlening/versies/1',
      '/evaluatie/3',
      '/thema.css',
      '/embed/',
      '/embed/boom/hulpverlening',
      '/api/v1',
      '/api/v1/trees/hulpverlening/evaluate',
      '/api/v1/admin',
      '/api/v1/admin/trees/hulpverlening',
    ];
    for (const regionId of ['westerkwartier', 'de-marne', 'ab'])
      for (const path of inner) {
        const outer = publicPath(regionId, path);
        assert.deepEqual(regionOfPath(outer), { regionId, innerPath: path }, `${path} → ${outer}`);
      }
  });
});
