// GraphQL Code Generator: the Explorer's types come from the schema the
// server serves (graph/*.graphqls, which gqlgen compiles into the binary) and
// from the operations in src/. `npm run codegen` rewrites src/gql/; CI fails
// when the committed files differ from a fresh run.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: ['../graph/*.graphqls'],
  documents: ['src/**/*.ts', 'src/**/*.tsx', '!src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // Operations travel as strings: the Explorer needs no GraphQL parser
        // at run time, which keeps its JavaScript small.
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { Date: 'string', Time: 'string', JSON: 'unknown' },
      },
    },
  },
  hooks: {},
};

export default config;
