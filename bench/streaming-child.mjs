/**
 * The child process of bench/streaming.mjs: runs the command line (or, with
 * --bench-unsliced, the same run stepped in one go without the CLI's slices and
 * watchdog) and reports its peak resident memory on stderr.
 */
import { main } from '../dist/cli/main.js';
import { loadScenario } from '../dist/scenario/load.js';
import { boot } from '../dist/scenario/simulate.js';

const argv = process.argv.slice(2);
let events = 0;
let status;
if (argv[0] === '--bench-unsliced') {
  const maxSteps = argv.includes('--max-steps') ? Number(argv[argv.indexOf('--max-steps') + 1]) : undefined;
  const k = boot(await loadScenario(argv[2]), maxSteps ? { maxSteps } : {}, { tracing: false, outputSink: { push() {} }, scheduleOnly: true });
  status = k.run().status;
  events = k.events;
} else {
  status = await main(argv);
}
process.stderr.write(`\nforkscope-bench: maxrss ${process.resourceUsage().maxRSS} events ${events} status ${status}\n`);
