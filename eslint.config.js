import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'examples/**/node_modules/**',
      'test/fixtures/**',
      '.shipline/**',
      '.shipline-out/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        Buffer: 'readonly',
        AbortController: 'readonly',
        AbortSignal: 'readonly',
        fetch: 'readonly',
        TextDecoder: 'readonly',
        TextEncoder: 'readonly',
        setImmediate: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Logic must stay free of the toolkit: adapters pass in what it needs (DESIGN.md).
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@actions/*'],
              message: 'Only src/actions, src/core/http.ts and src/core/toolkit-logger.ts may import @actions/*.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/actions/**', 'src/core/toolkit-logger.ts', 'src/core/http.ts', 'test/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  // The workflow executor parses and evaluates workflows with GitHub's own parser and evaluator
  // (not the runner toolkit): those two packages only.
  {
    files: ['src/workflow/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@actions/*',
                '!@actions/workflow-parser',
                '!@actions/workflow-parser/*',
                '!@actions/expressions',
              ],
              message: 'src/workflow may import only @actions/workflow-parser and @actions/expressions.',
            },
          ],
        },
      ],
    },
  },
);
