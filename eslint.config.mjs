// @ts-check
// Flat config. Type-aware rules on every TypeScript file (projectService finds the root
// tsconfig.json); `npm run lint` runs with --max-warnings 0, so a warning fails CI too.
import eslint from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const testFiles = ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', 'test/**/*.ts', 'libs/testing/**/*.ts'];

export default defineConfig(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/coverage/**',
      '**/.run/**',
      // Tool configuration in plain JS, outside the TypeScript project.
      'eslint.config.mjs',
      '.dependency-cruiser.js',
      '**/*.config.{js,cjs,mjs}',
    ],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },

  // TypeScript: typed rules. The console's web app (apps/console/web) has its own tsconfig.json,
  // which projectService picks up for its files as the nearest one.
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'],
    extends: [eslint.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      // NestJS resolves providers from emitted decorator metadata: constructor parameter types
      // must stay value imports, which `import type` would erase.
      '@typescript-eslint/consistent-type-imports': 'off',
      // Nest modules are classes that exist only to carry @Module() metadata.
      '@typescript-eslint/no-extraneous-class': 'off',
      // `_`-prefixed parameters are the usual way to satisfy an interface (e.g. ExceptionFilter.catch).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },

  // The web app: React's rules of hooks.
  {
    files: ['apps/console/web/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat['recommended-latest']],
  },

  // Tests: jest idioms.
  {
    files: testFiles,
    rules: {
      // expect(mock.method).toHaveBeenCalled() passes methods unbound on purpose.
      '@typescript-eslint/unbound-method': 'off',
      // expect.any(), expect.objectContaining() and supertest's `res.body` are typed `any`.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },

  // Any other JavaScript (e.g. static browser code): untyped recommended rules only.
  // no-undef is off because declaring node/browser globals needs the `globals` package,
  // which is not a direct dependency; TypeScript already checks names in .ts files.
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    extends: [eslint.configs.recommended],
    rules: { 'no-undef': 'off' },
  },
);
