import js from '@eslint/js'
import importX from 'eslint-plugin-import-x'
import tseslint from 'typescript-eslint'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'coverage/',
      'examples/',
      'bench/.corpus/',
      '**/*.js',
      // JavaScript is linted in scripts/ only (below); bench/ and test fixtures are not yet.
      '**/*.mjs',
      '!scripts/**/*.mjs'
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname }
    },
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver()] },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'import-x/no-cycle': 'error',
      'no-restricted-imports': 'off'
    }
  },
  {
    // scripts/*.mjs get the same rules as the TypeScript: with checkJs (tsconfig.scripts.json)
    // their JSDoc types are real types, so the type-aware rules hold them to the same standard.
    // Only the core rules the type checker already enforces are off, as typescript-eslint turns
    // them off for .ts files (no-undef would not know Node's globals; tsc does).
    ...tseslint.configs.eslintRecommended,
    files: ['scripts/**/*.mjs']
  },
  {
    // The domain knows nothing of GitHub: only the action entries, the client plumbing in
    // src/github/ and GitHub adapters (named github-*.ts, or in repository/github-release/ and
    // repository/artifact/, beside their ports) may import @actions/* or @octokit/*.
    files: ['src/**/*.ts'],
    ignores: [
      'src/actions/**',
      'src/github/**',
      'src/**/github-*.ts',
      'src/repository/github-release/**',
      'src/repository/artifact/**'
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@actions/*', '@octokit/*'],
              message:
                'domain code must not import @actions/* or @octokit/*: put GitHub code in a github-*.ts adapter beside its port, or in src/github (client plumbing)'
            }
          ]
        }
      ]
    }
  },
  {
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      // JSON documents from CLI runs are checked by expect(), not by the type system.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off'
    }
  }
)
