// @ts-check
// ESLint, typed: typescript-eslint's recommendedTypeChecked for TypeScript (src/, test/, bench/), eslint-plugin-astro
// for .astro files, and eslint-config-prettier last, so that formatting is Prettier's alone. `npm run lint` runs it
// with --max-warnings 0.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist/',
      '.dist.v*/',
      'dist.*/',
      'astro-dist/',
      '.sample-dist*',
      '.sample-dist*/',
      '.astro/',
      'node_modules/',
      'bench-results/',
      'public/',
      'content/',
      'seeds/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // `_` marks a parameter kept for its position.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Client scripts run in the browser.
    files: ['src/scripts/**/*.ts', 'src/pages/**/_client.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  ...astro.configs['flat/recommended'],
  {
    // Astro components: the frontmatter is type-checked through the Astro parser; <script> blocks are browser code.
    files: ['**/*.astro'],
    // astro-eslint-parser takes `project`, not `projectService` (it warns and converts otherwise).
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.astro'], projectService: false, project: true } },
    rules: {
      // typescript-eslint sees the JSX of an Astro template without types (as "error"), so these rules would flag
      // every `{items.map((i) => <li>…</li>)}`. `astro check` type-checks templates instead (npm run check).
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    files: ['**/*.astro/*.ts', '*.astro/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Plain JavaScript config files are not part of the TypeScript project.
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  prettier,
);
