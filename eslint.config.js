// ESLint for the whole code base: `npm run lint` (zero warnings allowed).
// Type-aware: the project service lints each TypeScript file with the nearest tsconfig.json
// (bench/ has its own), so rules like no-floating-promises see the real types.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    // Build output, generated types (WXT's .wxt/) and installed packages.
    ignores: ['.output/', '.wxt/', 'dist/', 'node_modules/', 'coverage/', 'bench/.cache/'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      // Promises: a rejection nobody handles is an error nobody sees.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      // A switch over a union names every member, or says `default` on purpose.
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      // `const { etag, ...limits } = options` is how the code drops a property from a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      // Preact's hooks have React's names, so the two classic rules apply as they are. The
      // plugin's other (React Compiler) rules are about React's compiler, not Preact: not enabled.
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // Our code writes no HTML as text: the feed is outside data, and addons-linter warns
    // about every innerHTML in the extension (the ones left are Leaflet's and Preact's,
    // tests/e2e/extension-zip.test.ts). Build elements, or let Preact do it.
    files: ['lib/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-properties': ['error', ...['innerHTML', 'outerHTML', 'insertAdjacentHTML'].map((property) => ({ property, message: 'Build elements instead: no HTML as text in our code.' }))],
      'no-restricted-syntax': ['error', { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Build elements instead: no HTML as text in our code.' }],
    },
  },
  {
    // Plain JavaScript (this file) is outside every tsconfig: lint it without types.
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
);
