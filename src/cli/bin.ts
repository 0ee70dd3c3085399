#!/usr/bin/env node
/** The `forkscope` executable. */
import { EXIT } from '../scenario/errors.js';
import { main } from './main.js';

// `forkscope run … | head`: the reader went away; stop quietly, as Unix tools do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`forkscope: internal error: ${String(e)}\n`);
    process.exitCode = EXIT.internal;
  },
);
