// Architecture boundaries, checked in CI: `depcruise apps libs test --config .dependency-cruiser.js`
// (npm run deps:check). Paths are relative to the repository root; `@concord/<lib>` resolves
// through tsconfig.json's paths to libs/<lib>/src.

/** Packages that do I/O or tie code to a framework; the pure domain libs must not import them. */
const FRAMEWORK_AND_IO_PACKAGES = [
  '@nestjs/[^/]+',
  'nestjs-zod',
  'typeorm',
  'typeorm-[^/]+',
  'pg',
  'kafkajs',
  'bullmq',
  'ioredis',
  'express',
];
/** Node core modules that do I/O (also matched with the `node:` prefix). */
const IO_CORE_MODULES = ['fs', 'fs/promises', 'net', 'http', 'https', 'http2', 'tls', 'dgram', 'dns', 'child_process', 'cluster', 'worker_threads'];

// A resolved npm dependency is `node_modules/<name>/...`; an unresolvable one is the bare name.
const npmPackage = (names) => `(^|/)(node_modules/)?(${names.join('|')})(/|$)`;
const PURE_DOMAIN_LIBS = '^libs/(risk-rules|routing|assignment|case-workflow|contracts)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Circular dependencies make load order matter and boundaries meaningless. Type-only cycles are erased at compile time and allowed.',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'libs-not-to-apps',
      severity: 'error',
      comment: 'Libraries are shared by every app and must never depend on one.',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'apps-not-to-other-apps',
      severity: 'error',
      comment: 'Services talk through Kafka topics and HTTP, never through each other\'s code; share through a lib.',
      from: { path: '^apps/([^/]+)/' },
      to: { path: '^apps/', pathNot: '^apps/$1/' },
    },
    {
      name: 'pure-domain-libs-no-framework-or-io',
      severity: 'error',
      comment: 'risk-rules, routing, assignment and contracts are plain TypeScript without Nest or I/O, so they can be tested exhaustively and replayed.',
      from: { path: PURE_DOMAIN_LIBS },
      to: { path: npmPackage(FRAMEWORK_AND_IO_PACKAGES) },
    },
    {
      name: 'pure-domain-libs-no-io-core-modules',
      severity: 'error',
      comment: 'risk-rules, routing, assignment and contracts do no I/O.',
      from: { path: PURE_DOMAIN_LIBS },
      to: { dependencyTypes: ['core'], path: `^(node:)?(${IO_CORE_MODULES.join('|')})$` },
    },
    {
      name: 'pure-domain-libs-only-pure-libs',
      severity: 'error',
      comment: 'A pure domain lib may use other pure domain libs only (kafka, queue, database, platform, config, testing do I/O or need Nest).',
      from: { path: PURE_DOMAIN_LIBS },
      to: { path: '^libs/', pathNot: PURE_DOMAIN_LIBS },
    },
    {
      name: 'web-app-only-pure-libs',
      severity: 'error',
      comment: 'The console web app runs in the browser: it may share the pure domain libs, never one that needs Nest, a database or Node I/O.',
      from: { path: '^apps/console/web/' },
      to: { path: '^libs/', pathNot: PURE_DOMAIN_LIBS },
    },
    {
      name: 'kafkajs-only-in-libs-kafka',
      severity: 'error',
      comment: 'kafkajs needs maintainers (tulios/kafkajs#1603): keep it behind libs/kafka so the client can be replaced.',
      from: { pathNot: '^libs/kafka/' },
      to: { path: npmPackage(['kafkajs']) },
    },
    {
      name: 'bullmq-only-in-libs-queue',
      severity: 'error',
      comment: 'Queues are wired in one place (typed enqueue, one handler per job, graceful shutdown); the notify benchmark\'s raw baseline uses bullmq bare on purpose.',
      from: { pathNot: ['^libs/queue/', '^test/bench/notify/'] },
      to: { path: npmPackage(['bullmq']) },
    },
    {
      name: 'no-deep-imports-into-libs',
      severity: 'error',
      comment: 'Import a lib from its root (@concord/<lib>), never a file inside it.',
      from: { path: '^(apps/[^/]+|libs/[^/]+|test)/' },
      to: { path: '^libs/[^/]+/', pathNot: ['^$1/', '^libs/[^/]+/src/index\\.ts$'] },
    },
    {
      name: 'libs-through-alias-only',
      severity: 'error',
      comment: 'Reach another lib as @concord/<lib>, not through a relative ../ path.',
      from: { path: '^(apps/[^/]+|libs/[^/]+|test)/' },
      to: { path: '^libs/[^/]+/', pathNot: '^$1/', dependencyTypesNot: ['aliased-tsconfig-paths'] },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'Unresolvable import: a missing package, a typo, or a deep @concord/<lib>/... path (the alias maps only a lib root).',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: ['node_modules'] },
    // Root-level only: a (^|/)dist/ pattern would also drop packages that resolve into their own dist/.
    exclude: { path: '^(dist|coverage|\\.run)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
      // .tsx: the console's web app (apps/console/web).
      extensions: ['.ts', '.tsx', '.js', '.json', '.d.ts'],
    },
    skipAnalysisNotInRules: true,
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};
