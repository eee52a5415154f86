// ESLint (flat config): the recommended JavaScript and typescript-eslint rules, over every TypeScript file.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'test/fixtures/', 'schema/generated/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // tsc --noUnusedLocals --noUnusedParameters already refuses these; `_`-prefixed names are deliberate.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Tests and the export read arbitrary GraphQL answers: `any` there is the answer's JSON, not a hole in the types.
    files: ['test/**/*.ts', 'bench/**/*.ts', 'gateway/export/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
