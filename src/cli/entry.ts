/** The `forkscope` command as a function: what the executable (bin.ts, or the bundle's bin) runs. */
import { EXIT } from '../scenario/errors.js';
import { main } from './main.js';

/** Runs the command line `argv` (without node and the script) and sets the process's exit code. */
export function runCli(argv: string[]): void {
  // `forkscope run … | head`: the reader went away; stop quietly, as Unix tools do.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw e;
    });
  }
  main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`forkscope: internal error: ${String(e)}\n`);
      process.exitCode = EXIT.internal;
    },
  );
}
