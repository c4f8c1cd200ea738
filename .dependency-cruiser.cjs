// The architecture's import rules, checked by `npm test`
// (src/architecture.test.ts runs dependency-cruiser with this file).
// Layers, inside out: core (pure rules) ← views (HTML, also in the browser)
// ← render, store, services ← web, cli. docs/architecture.md draws them.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-is-pure',
      comment:
        'src/core holds the rules: it imports only itself and zod — no I/O, no Node built-ins.',
      severity: 'error',
      from: { path: '^src/core/', pathNot: ['\\.test\\.ts$', '\\.fixture\\.ts$'] },
      to: { pathNot: ['^src/core/', '(^|/)node_modules/zod/'] },
    },
    {
      name: 'browser-bundle',
      comment: 'The browser scripts are core + views + client only (the 15 KB budget).',
      severity: 'error',
      from: { path: '^src/(client|views)/', pathNot: '\\.test\\.ts$' },
      to: { pathNot: ['^src/(core|views|client)/', '(^|/)node_modules/zod/'] },
    },
    {
      name: 'cli-and-web-apart',
      comment:
        'The CLI and the web server are two adapters: they share services, store and core, never each other.',
      severity: 'error',
      from: { path: '^src/cli/' },
      to: { path: '^src/web/' },
    },
    {
      name: 'web-and-cli-apart',
      severity: 'error',
      from: { path: '^src/web/' },
      to: { path: '^src/cli/' },
    },
    {
      name: 'store-below-web-and-render',
      comment: 'The store keeps data; it knows nothing of HTTP or documents.',
      severity: 'error',
      from: { path: '^src/store/' },
      to: { path: '^src/(web|render|cli)/' },
    },
    {
      name: 'services-below-web',
      comment: 'Application services (src/services) are used by web and CLI alike.',
      severity: 'error',
      from: { path: '^src/services/' },
      to: { path: '^src/(web|cli)/' },
    },
    {
      name: 'no-routes-import-app',
      comment:
        'Only the entry point builds the app (for each region, through web/regions/open-region-app.ts); routes get their dependencies from web/deps.ts.',
      severity: 'error',
      from: {
        path: '^src/',
        pathNot: ['^src/web/main\\.ts$', '^src/web/regions/open-region-app\\.ts$', '\\.test\\.ts$'],
      },
      to: { path: '^src/web/app\\.ts$' },
    },
    {
      name: 'no-circular',
      comment: 'A circle of imports has no inside and outside: cut it at a types file.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'product-never-imports-tests',
      comment: 'What ships never depends on test code.',
      severity: 'error',
      from: { path: '^src/', pathNot: ['\\.test\\.ts$', '\\.fixture\\.ts$'] },
      to: { path: ['\\.test\\.ts$', '^test/'] },
    },
    {
      name: 'no-test-only-code-in-src',
      comment:
        'Every module under src/ is used by the server, the CLI or a browser script; test support lives in test/ (or beside its module as *.fixture.ts).',
      severity: 'error',
      from: {
        path: '^src/(web/main|cli/main|render/pdf-worker|client/(walk|embed-frame|embed-snippet|beheer))\\.ts$',
      },
      to: {
        path: '^src/',
        pathNot: [
          '\\.(test|fixture)\\.ts$',
          '^src/(web/main|cli/main|render/pdf-worker|client/(walk|embed-frame|embed-snippet|beheer))\\.ts$',
        ],
        reachable: false,
      },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // TypeScript 7 has no compiler API: Babel's TypeScript preset parses the sources.
    babelConfig: { fileName: '.babelrc.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.mjs', '.cjs', '.json'],
    },
  },
};
