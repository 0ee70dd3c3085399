/**
 * What the build bundles into one file (tools/bundle.mjs): the library API and the
 * command line, so that a `forkscope run` and the TypeScript scenarios it loads
 * (`import … from 'forkscope'`) share every module instance.
 */
export * from './index.js';
export { runCli } from './cli/entry.js';
