// /beheer/regio in a region's own app: only a beheerder reads and changes the
// region's settings; a colour without enough contrast and a municipality of
// another region are refused in Dutch with the form as typed; a good save
// changes the look (/thema.css, the header) and is in the region's audit log.
// Also the start page: which region this is, and the other regions.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { testAssets, testNow } from '../../../test/support/test-app.ts';
import { testBeheerApp } from '../../../test/support/test-beheer-app.ts';
import { getAs, postAs, type TestSession } from '../../../test/support/test-requests.ts';
import { signIn } from '../../../test/support/test-sign-in.ts';
import { defaultTreeContents } from '../../content/default-content.ts';
import { defaultRegionDefinition } from '../../content/region-content.ts';
import type { RegionDefinition } from '../../core/regions/region.ts';
import { openStore } from '../../store/open-store.ts';
import type { Role, Store } from '../../store/store.ts';
import { openRegionApp } from '../regions/open-region-app.ts';
import { regionDirectory } from '../regions/region-directory.ts';

const westerkwartier: RegionDefinition = {
  id: 'westerkwartier',
  name: 'Westerkwartier',
  municipalities: [{ name: 'Westerkwartier', aliases: ['Leek', 'Zuidhorn'] }],
  publishNeedsConfirmedAssumptions: true,
};
const drenthe: RegionDefinition = {
  id: 'drenthe',
  name: 'Drenthe',
  owner: 'Woonkans Drenthe',
  municipalities: [{ name: 'Assen', aliases: [] }],
  publishNeedsConfirmedAssumptions: true,
};

const goodFields = {
  naam: 'Westerkwartier',
  eigenaar: 'Bureau Woonkans Westerkwartier',
  gemeenten: 'Westerkwartier: Leek, Zuidhorn\r\nMidden-Groningen',
  merkkleur: '#1D6B3A',
  tekstkleur: '#ffffff',
  focuskleur: '#8a4b00',
};

describe('the region settings page', () => {
  let main: Store;
  let own: Store;
  let opened: Awaited<ReturnType<typeof openRegionApp>>;
  const sessions = {} as Record<Role, TestSession & { email: string }>;
  const app = () => opened.app;

  before(async () => {
    main = await openStore({ dataDir: ':memory:' });
    assert.ok(await main.createRegion(westerkwartier.id, westerkwartier, null));
    assert.ok(await main.createRegion(drenthe.id, drenthe, null));
    own = await openStore({ dataDir: ':memory:' });
    await own.seedTrees(defaultTreeContents(), null);
    const directory = regionDirectory(main, defaultRegionDefinition());
    await directory.list();
    opened = await openRegionApp(
      own,
      { assets: testAssets, now: () => testNow },
      {
        id: westerkwartier.id,
        definition: () => directory.current(westerkwartier.id) ?? westerkwartier,
      },
      { install: { regions: main, directory } },
    );
    for (const role of ['beheerder', 'redacteur', 'analist'] as const)
      sessions[role] = await signIn(opened.app, own, role);
  });
  after(async () => {
    await opened.close();
    await own.close();
    await main.close();
  });

  it('shows a beheerder the region as it is, with the publish rule read-only', async () => {
    const response = await getAs(app(), '/beheer/regio', sessions.beheerder);
    assert.equal(response.status, 200);
    const page = await response.text();
    assert.match(page, /<h1 class="utrecht-heading-1">Instellingen van de regio<\/h1>/);
    assert.match(page, /name="naam" value="Westerkwartier"/);
    assert.match(page, />Westerkwartier: Leek, Zuidhorn<\/textarea>/);
    assert.match(page, /name="merkkleur" value=""/);
    assert.match(page, /pas gepubliceerd als een beheerder alle aannames/);
    assert.doesNotMatch(page, /name="publishNeedsConfirmedAssumptions"/);
    // The form posts to the region's own path.
    assert.match(page, /action="\/westerkwartier\/beheer\/regio"/);
  });

  it('refuses a redacteur and an analist, reading and saving', async () => {
    for (const role of ['redacteur', 'analist'] as const) {
      assert.equal((await getAs(app(), '/beheer/regio', sessions[role])).status, 403, role);
      const post = await postAs(app(), '/beheer/regio', sessions[role], goodFields);
      assert.equal(post.status, 403, role);
    }
    assert.equal((await main.region(westerkwartier.id))?.updatedBy, null, 'nothing saved');
  });

  it('refuses a brand colour with too little contrast, in Dutch, keeping what was typed', async () => {
    const fields = { ...goodFields, naam: 'Westerkwartier nieuw', merkkleur: '#ffdd00' };
    const response = await postAs(app(), '/beheer/regio', sessions.beheerder, fields);
    assert.equal(response.status, 422);
    const page = await response.text();
    assert.match(page, /<title>Fout: /);
    assert.match(page, /id="foutmelding"/);
    // The summary follows the form: the brand colour comes before the text colour on it.
    assert.ok(page.indexOf('href="#merkkleur"') < page.indexOf('href="#tekstkleur"'));
    assert.match(
      page,
      /<a class="utrecht-link utrecht-link--html-a" href="#merkkleur">De merkkleur #ffdd00 als linkkleur op wit heeft te weinig contrast: 1,3:1\. Nodig is minstens 4,5:1/,
    );
    assert.match(page, /id="merkkleur" name="merkkleur" value="#ffdd00"[^>]*aria-invalid="true"/);
    assert.match(page, /name="naam" value="Westerkwartier nieuw"/);
    assert.match(page, /name="eigenaar" value="Bureau Woonkans Westerkwartier"/);
    assert.match(page, />Westerkwartier: Leek, Zuidhorn\nMidden-Groningen<\/textarea>/);
    assert.match(page, /name="focuskleur" value="#8a4b00"/);
    assert.equal((await main.region(westerkwartier.id))?.updatedBy, null, 'nothing saved');
  });

  it('refuses a municipality another region has, naming that region', async () => {
    const fields = { ...goodFields, gemeenten: 'Westerkwartier\nAssen' };
    const response = await postAs(app(), '/beheer/regio', sessions.beheerder, fields);
    assert.equal(response.status, 422);
    const page = await response.text();
    assert.match(
      page,
      /href="#gemeenten">Regel 2: Assen hoort al bij de regio Drenthe \(drenthe\)\. Een gemeente hoort bij één regio\./,
    );
    assert.match(page, />Westerkwartier\nAssen<\/textarea>/);
  });

  it('refuses a place named twice in the list', async () => {
    const fields = { ...goodFields, gemeenten: 'Westerkwartier: Leek\nMidden-Groningen: leek' };
    const response = await postAs(app(), '/beheer/regio', sessions.beheerder, fields);
    assert.equal(response.status, 422);
    assert.match(
      await response.text(),
      /href="#gemeenten">Regel 2: leek staat al op regel 1\. Noem elke plaats één keer\./,
    );
  });

  it('says in Dutch what is wrong with a line or a colour that is not one', async () => {
    const fields = {
      ...goodFields,
      naam: 'W',
      gemeenten: 'Westerkwartier\n: Leek',
      merkkleur: 'groen',
    };
    const page = await (await postAs(app(), '/beheer/regio', sessions.beheerder, fields)).text();
    assert.match(page, /href="#naam">Vul een naam in van 2 tot 80 tekens\./);
    assert.match(page, /href="#gemeenten">Regel 2: Een gemeentenaam heeft minstens 2 tekens\./);
    assert.match(page, /href="#merkkleur">Schrijf een kleur als # met zes tekens/);
  });

  it('saves good settings: the look, the header and the audit log change', async () => {
    const response = await postAs(app(), '/beheer/regio', sessions.beheerder, goodFields);
    assert.equal(response.status, 303);
    assert.equal(response.headers.get('location'), '/westerkwartier/beheer/regio?opgeslagen=1');

    const saved = (await main.region(westerkwartier.id))?.definition as RegionDefinition;
    assert.deepEqual(saved.theme, {
      brandColor: '#1d6b3a',
      brandTextColor: '#ffffff',
      focusColor: '#8a4b00',
    });
    assert.equal(saved.owner, 'Bureau Woonkans Westerkwartier');
    assert.deepEqual(saved.municipalities, [
      { name: 'Westerkwartier', aliases: ['Leek', 'Zuidhorn'] },
      { name: 'Midden-Groningen', aliases: [] },
    ]);
    assert.equal(saved.publishNeedsConfirmedAssumptions, true);

    const after = await (
      await getAs(app(), '/beheer/regio?opgeslagen=1', sessions.beheerder)
    ).text();
    assert.match(after, /De instellingen zijn opgeslagen/);
    assert.match(after, /name="merkkleur" value="#1d6b3a"/);
    assert.match(after, /<rect [^>]*fill="#1d6b3a"/);

    const start = await (await app().request('/')).text();
    assert.match(start, /<span class="wkb-logo__owner">Bureau Woonkans Westerkwartier<\/span>/);
    const href = /<link rel="stylesheet" href="(\/westerkwartier\/thema\.css\?v=[^"]+)">/.exec(
      start,
    );
    assert.ok(href?.[1], 'the page links the theme');
    assert.match(href[1], /1d6b3a-ffffff-8a4b00/);
    const css = await (await app().request('/thema.css?v=1d6b3a-ffffff-8a4b00')).text();
    assert.match(css, /--utrecht-button-primary-action-background-color:#1d6b3a/);
    assert.match(css, /--basis-focus-outline-color:#8a4b00/);

    const [entry] = await own.auditLog({ limit: 1 });
    assert.equal(entry?.action, 'region-updated');
    assert.equal(entry?.actor, sessions.beheerder.email);
    assert.equal(entry?.subject, 'westerkwartier');
    assert.equal(entry?.detail.changed, 'eigenaar, gemeenten, kleuren');
    assert.equal(
      (await main.auditLog({ limit: 5 })).some((e) => e.action === 'region-updated'),
      false,
      'the entry is in the region’s own log',
    );
  });

  it('takes a PNG logo from the form, refuses a file that is not one, and removes it', async () => {
    const png = readFileSync(
      new URL('../../../content/regions/westerkwartier/logo.png', import.meta.url),
    );
    const send = (fields: Record<string, string>, file?: { bytes: Uint8Array; name: string }) => {
      const form = new FormData();
      form.set('_csrf', sessions.beheerder.csrfToken);
      for (const [name, value] of Object.entries({ ...goodFields, ...fields }))
        form.set(name, value);
      if (file)
        form.set('logo', new File([new Uint8Array(file.bytes)], file.name, { type: 'image/png' }));
      return app().request('/beheer/regio', {
        method: 'POST',
        body: form,
        headers: { Origin: 'http://localhost', Cookie: sessions.beheerder.cookie },
      });
    };

    const notPng = await send(
      { logotekst: 'Ons logo' },
      { bytes: new TextEncoder().encode('<svg><script>alert(1)</script></svg>'), name: 'logo.png' },
    );
    assert.equal(notPng.status, 422);
    const refused = await notPng.text();
    assert.match(refused, /Het logo moet een PNG-bestand zijn\./);
    assert.match(refused, /name="logotekst" value="Ons logo"/);

    const withoutWords = await send({ logotekst: '' }, { bytes: png, name: 'logo.png' });
    assert.equal(withoutWords.status, 422);
    assert.match(await withoutWords.text(), /Schrijf in een paar woorden wat er op het logo staat/);

    const saved = await send(
      { logotekst: 'Logo van Westerkwartier' },
      { bytes: png, name: 'x.png' },
    );
    assert.equal(saved.status, 303);
    const start = await (await app().request('/')).text();
    const src = /<img class="wkb-logo__image" src="([^"]+)" alt="Logo van Westerkwartier"/.exec(
      start,
    )?.[1];
    assert.ok(src, 'the header shows the new logo');
    const served = await app().request(src.replace('/westerkwartier', ''));
    assert.equal(served.headers.get('content-type'), 'image/png');
    assert.deepEqual(Buffer.from(await served.arrayBuffer()), png);
    const [entry] = await own.auditLog({ limit: 1 });
    assert.match(String(entry?.detail.changed), /logo/);

    // Saving again without a file keeps the logo; ticking "Logo weghalen" removes it.
    assert.equal((await send({ logotekst: 'Logo van Westerkwartier' })).status, 303);
    assert.match(await (await app().request('/')).text(), /wkb-logo__image/);
    assert.equal((await send({ logotekst: '', logoweg: 'ja' })).status, 303);
    assert.doesNotMatch(await (await app().request('/')).text(), /wkb-logo__image/);
  });

  it('names the region on the start page and links the other regions’ beheer', async () => {
    const page = await (await getAs(app(), '/beheer', sessions.beheerder)).text();
    assert.match(page, /U beheert de Woonkansboom van <strong>Regio Westerkwartier<\/strong>/);
    assert.match(page, /href="\/westerkwartier\/beheer\/regio">Instellingen van de regio</);
    assert.match(page, /href="http:\/\/localhost\/beheer">Beheer van Regio Groningen</);
    assert.match(page, /href="http:\/\/localhost\/drenthe\/beheer">Beheer van Regio Drenthe</);
    assert.match(page, /Elke regio heeft eigen accounts\. Daarom logt u in elke regio apart in\./);
    const asRedacteur = await (await getAs(app(), '/beheer', sessions.redacteur)).text();
    assert.match(asRedacteur, /Regio Westerkwartier/);
    assert.doesNotMatch(asRedacteur, /Instellingen van de regio/);
  });
});

describe('the region settings page on a site without regions', () => {
  it('is not there', async () => {
    const setup = await testBeheerApp();
    try {
      const session = await signIn(setup.app, setup.store, 'beheerder');
      assert.equal((await getAs(setup.app, '/beheer/regio', session)).status, 404);
      const start = await (await getAs(setup.app, '/beheer', session)).text();
      assert.doesNotMatch(start, /Instellingen van de regio|Andere regio/);
    } finally {
      await setup.close();
    }
  });
});

describe('the default region’s settings page', () => {
  it('saves the default region into the install’s list the first time, and links the other regions', async () => {
    const store = await openStore({ dataDir: ':memory:' });
    await store.seedTrees(defaultTreeContents(), null);
    assert.ok(await store.createRegion(westerkwartier.id, westerkwartier, null));
    const shipped = defaultRegionDefinition();
    const directory = regionDirectory(store, shipped);
    const opened = await openRegionApp(
      store,
      { assets: testAssets, now: () => testNow },
      { id: shipped.id, definition: () => directory.current(shipped.id) ?? shipped },
      { install: { regions: store, directory } },
    );
    try {
      const session = await signIn(opened.app, store, 'beheerder');
      const start = await (await getAs(opened.app, '/beheer', session)).text();
      assert.match(start, /Regio Groningen/);
      assert.match(
        start,
        /href="http:\/\/localhost\/westerkwartier\/beheer">Beheer van Regio Westerkwartier</,
      );
      assert.equal(await store.region(shipped.id), undefined);
      const fields = {
        naam: 'Groningen',
        eigenaar: 'Bureau Woonkans Groningen',
        gemeenten: 'Groningen: Haren, Ten Boer',
        merkkleur: '',
        tekstkleur: '',
        focuskleur: '',
      };
      const saved = await postAs(opened.app, '/beheer/regio', session, fields);
      assert.equal(saved.status, 303);
      assert.equal(saved.headers.get('location'), '/beheer/regio?opgeslagen=1');
      const record = (await store.region(shipped.id))?.definition as RegionDefinition | undefined;
      assert.deepEqual(record?.municipalities, [
        { name: 'Groningen', aliases: ['Haren', 'Ten Boer'] },
      ]);
      assert.ok(record);
      assert.equal(record.theme, undefined);
      const page = await (await getAs(opened.app, '/beheer/regio', session)).text();
      assert.match(page, />Groningen: Haren, Ten Boer<\/textarea>/);
      // Without a theme, no theme stylesheet.
      assert.doesNotMatch(page, /thema\.css/);
    } finally {
      await opened.close();
      await store.close();
    }
  });
});
