// One Jest run, three layers. Packages are mapped to their sources so tests never need a build.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
  },
];
const common = {
  transform: { '^.+\\.(t|j)sx?$': swc, '^.+\\.mjs$': swc },
  // ESM-only dependencies that Jest must transform to CommonJS.
  transformIgnorePatterns: ['/node_modules/(?!(\\.pnpm/)?(y-websocket|@y|lib0|y-protocols|yjs)[@/])'],
  moduleNameMapper: {
    '^@concordia/(domain|schema|resolution|report|negotiation)$': '<rootDir>/packages/$1/src',
  },
  testEnvironment: 'node',
};
module.exports = {
  // Real databases and browsers on a shared CI machine: starting PGlite twice in one test took over Jest's
  // 5 s default. (A global option: Jest ignores it inside a project.) Suites that need more set their own.
  testTimeout: 30_000,
  globalSetup: '<rootDir>/server/test/global-setup.ts',
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: [
        '<rootDir>/packages/*/src/**/*.spec.ts',
        '<rootDir>/server/src/**/*.spec.ts',
        // Client code that runs without a browser (the editor's schema and plugins, on jsdom).
        '<rootDir>/client/src/**/*.spec.ts',
      ],
    },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/server/src/**/*.int-spec.ts', '<rootDir>/server/test/**/*.int-spec.ts'],
      setupFiles: ['<rootDir>/server/test/setup-env.ts'],
    },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/e2e/**/*.e2e.ts'] },
    {
      ...common,
      displayName: 'client',
      testEnvironment: 'jsdom',
      // The CommonJS builds of the client's libraries (jsdom would otherwise pick their browser ESM builds).
      testEnvironmentOptions: { customExportConditions: ['node', 'require', 'default'] },
      testMatch: ['<rootDir>/client/src/**/*.test.ts', '<rootDir>/client/src/**/*.test.tsx'],
      moduleNameMapper: { ...common.moduleNameMapper, '\\.css$': '<rootDir>/client/src/test-no-style.cjs' },
      setupFiles: ['<rootDir>/client/src/test-setup.ts'],
    },
  ],
};
