// Flat config for the example service. It has no npm dependencies of its own: `eslint` and
// `@eslint/js` resolve from the enclosing shipline checkout (a team that copies the service
// adds them as devDependencies).
import js from '@eslint/js';

const node = Object.fromEntries(
  ['process', 'console', 'URL', 'Buffer', 'fetch', 'performance', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'].map((g) => [g, 'readonly']),
);

export default [
  { ignores: ['reports/**', 'coverage/**', '.shipline-demo/**', 'node_modules/**'] },
  js.configs.recommended,
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: node },
    rules: {
      'no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: 'error',
      'no-control-regex': 'off',
    },
  },
];
