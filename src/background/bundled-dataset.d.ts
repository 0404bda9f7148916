// The build compiles src/data/**/*.json into one file (scripts/compile-dataset.ts) and esbuild
// resolves this module to it.
declare module 'bundled-dataset' {
  import type { CompiledDataset } from '../shared/compiled-dataset';
  const dataset: CompiledDataset;
  export default dataset;
}
