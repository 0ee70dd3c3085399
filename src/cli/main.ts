/**
 * The forkscope command line. Commands live in their own files; this one wires flags
 * to them, and turns errors into one line and an exit status: 2 for usage errors,
 * the simulated program's status for runs, `--debug` for our stack traces.
 * Output goes through an `Io` so tests can run commands in-process (bin.ts is the entry).
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { EXIT, InternalError, UserError } from '../scenario/errors.js';
import { OPTION_NAMES, OPTION_TABLE, flagOf, policyHelp } from '../scenario/options.js';
import { PARAM_NAMES } from '../kernel/params.js';
import { FORMATS, FORMAT_NAMES } from './formats.js';
import { type Io, processIo } from './io.js';
import { checkCommand } from './check.js';
import { compareCommand } from './compare.js';
import { disasmCommand } from './disasm.js';
import { exploreCommand } from './explore.js';
import { PROJECTION_HELP } from '../explore/outcome.js';
import { listCommand } from './list.js';
import { WATCHDOG_DEFAULT, runCommand } from './run.js';
import { snapshotsCommand } from './snapshots.js';
import { stepCommand } from './step.js';

/** What every exit status means (run --help and the README say the same). */
export const EXIT_HELP = `Exit status: the main program's (0-255, as \`python prog.py\` gives it; 128+N when a signal N killed it); 124 when the run deadlocks, exhausts --max-time or --max-steps, or the watchdog stops it (a report goes to stderr); 130 when Ctrl-C stopped it; 2 for usage errors (bad flags, files, schedules); 70 for an internal error of forkscope (--debug shows its stack).`;

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

function addRunOptions(cmd: Command, skip: readonly string[] = []): Command {
  for (const name of OPTION_NAMES) {
    if (skip.includes(name)) continue;
    const o = OPTION_TABLE[name];
    cmd.addOption(new Option(`--${flagOf(name)} <${o.arg}>`, o.help));
  }
  cmd.addOption(new Option('--param <name=value>', `override a cost or limit of src/kernel/params.ts (${PARAM_NAMES.join(', ')}); each has a range`).argParser((v: string, prev: string[] = []) => [...prev, v]));
  cmd.addOption(new Option('--stdin <file>', "feed this file to the programs' standard input"));
  return cmd;
}

const ARGS_HELP = "the program's arguments (a Python program's sys.argv[1:]); after -- when one starts with -";

/** The flags with the program's arguments, when there are any. */
const withArgs = (flags: Record<string, unknown>, args: string[]): Record<string, unknown> => (args.length > 0 ? { ...flags, args } : flags);

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  let status = 0;
  const debug = argv.includes('--debug');
  const program = new Command('forkscope')
    .configureOutput({
      writeOut: (t) => io.stdout(t),
      writeErr: (t) => io.stderr(t),
      // One line, prefixed like every other forkscope error.
      outputError: (t, write) => write(t.replace(/^error: /, 'forkscope: ')),
    })
    .description('A deterministic simulator of operating-system processes: run Python multiprocessing and os.fork programs, and TypeScript scenarios, in a virtual kernel.')
    .version(VERSION)
    .option('--debug', 'show stack traces of forkscope itself')
    .exitOverride()
    .showSuggestionAfterError(true);

  const run = program
    .command('run')
    .description('run a scenario (a .py or .ts file, or a name from `forkscope list`) and print it')
    .argument('<file>', 'scenario file or name')
    .argument('[args...]', ARGS_HELP)
    .addOption(new Option('--format <F>', 'output format').choices(FORMAT_NAMES).default('output'));
  addRunOptions(run);
  run.addOption(new Option('--watchdog <DUR>', `stop a program that runs this long in real time without returning to the kernel (a TypeScript scenario's endless loop between two yields), or off (default ${WATCHDOG_DEFAULT}); never changes a run's result`));
  run.addHelpText(
    'after',
    `\nFormats:\n${FORMAT_NAMES.map((f) => `  ${f.padEnd(9)} ${FORMATS[f]!.help}`).join('\n')}\n\nPolicies and their tie-break rules:\n${policyHelp()}\n\nDurations take a unit: ns, us, ms, s or m (--quantum 5ms). --param durations without a unit are ns.\n\nThe programs' output appears as they write it; with stderr on a terminal, a long run shows its progress there. Ctrl-C stops the run: what was printed stays, a report and the replay command go to stderr.\n\n${EXIT_HELP}`,
  );
  run.action(async (file: string, args: string[], flags: Record<string, unknown>) => {
    status = await runCommand(file, withArgs(flags, args), io);
  });

  const explore = program
    .command('explore')
    .description('run a scenario under many schedules and report every distinct outcome, each with a schedule that replays it')
    .argument('<file>', 'scenario file or name')
    .argument('[args...]', ARGS_HELP)
    .addOption(new Option('--strategy <S>', 'dpor (one run per class of equivalent executions), pct, random, or auto: dpor, then pct and random if it does not finish within half the budget').choices(['auto', 'dpor', 'pct', 'random']).default('auto'))
    .option('--max-runs <N>', 'run budget (default 20000)')
    .option('--max-time <DUR>', 'wall-clock budget, such as 30s or 2m (default none: results then depend only on the inputs)')
    .option('--preemptions <K>', 'explore only schedules with at most K preemptions (complete up to K)')
    .option('--depth <D>', "PCT's depth: the ordering constraints a bug may need (default 3)")
    .option('--timed', "keep the cost model's timing and explore only its decisions (ties, wake-ups); default: free mode, every order of the processes' operations")
    .option('--outcome <P>', PROJECTION_HELP)
    .option('--workers <N>', 'threads running sampled runs, this one included (default: one per core); results are the same for any number')
    .option('--snapshot', 'write the outcomes to snapshots/<scenario>.outcomes (checked by `forkscope snapshots`)')
    .option('--run-max-time <DUR>', 'end each run at this virtual time (what `run --max-time` is)')
    .addOption(new Option('--format <F>', 'report format').choices(['text', 'json']).default('text'));
  addRunOptions(explore, ['schedule', 'maxTime']);
  explore.addHelpText(
    'after',
    "\nEach run ends after 100000 steps unless --max-steps or the scenario says otherwise (in free mode a busy loop runs as long as the schedule lets it).\nEvery outcome comes with a witness: `forkscope run FILE --schedule W` replays it (a free-mode schedule starts with 'free:').\nWitnesses are canonical (fewest preemptions, then the shortest string): with --max-runs alone, reports are byte-identical on any machine and with any --workers.\nProgress goes to stderr when it is a terminal.\n\nExit status: 0; 2 for usage errors.",
  );
  explore.action(async (file: string, args: string[], flags: Record<string, unknown>) => {
    status = await exploreCommand(file, withArgs(flags, args), io);
  });

  const compare = program
    .command('compare')
    .description('run a scenario under two platforms and show the outputs side by side, with the first point where they differ')
    .argument('<file>', 'scenario file or name')
    .argument('[args...]', ARGS_HELP)
    .option('--platforms <A,B>', 'the two platforms to compare', 'linux,windows')
    .option('--width <N>', 'columns per side', '60');
  addRunOptions(compare);
  compare.action(async (file: string, args: string[], flags: Record<string, unknown>) => {
    status = await compareCommand(file, withArgs(flags, args), io);
  });

  const step = program
    .command('step')
    .description('step through a run in a terminal UI, forward and backward; be the scheduler (no file: pick a scenario)')
    .argument('[file]', 'scenario file or name')
    .argument('[args...]', ARGS_HELP);
  addRunOptions(step);
  step.addHelpText('after', `\nWith stdout not a terminal, prints the run's output (as \`run\` does) and how to open the UI, and exits with the program's status.\nKeys (? in the UI shows them all): ←/→ step, n/N next/previous step of a process, c/C continue to a breakpoint, g/G start/end, : jump, / search, s be the scheduler, w write the schedule, p other platform, q quit.`);
  step.action(async (file: string | undefined, args: string[], flags: Record<string, unknown>) => {
    status = await stepCommand(file, withArgs(flags, args), io, { interactive: io === processIo && process.stdout.isTTY === true && process.stdin.isTTY === true });
  });

  program
    .command('check')
    .description("find what would go wrong before running: type-check TypeScript scenarios against forkscope's API (needs the typescript package), compile Python ones")
    .argument('<files...>', 'scenario files or names')
    .action(async (files: string[]) => {
      status = await checkCommand(files, io);
    });

  program
    .command('disasm')
    .description('show the bytecode a Python scenario compiles to')
    .argument('<file>', 'a .py scenario file or name')
    .action(async (file: string) => {
      status = await disasmCommand(file, io);
    });

  program
    .command('list')
    .description('list the scenarios that ship with forkscope, with their titles')
    .action(async () => {
      status = await listCommand(io);
    });

  program
    .command('snapshots')
    .description('check every scenario against its snapshot in snapshots/ (or only the named ones)')
    .argument('[names...]', 'scenario names (default: all)')
    .option('--update', 'rewrite snapshots that changed or are missing')
    .action(async (names: string[], flags: { update?: boolean }) => {
      status = await snapshotsCommand(names, flags.update ?? false, io);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return status;
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help' ? 0 : EXIT.usage;
    }
    const failure = explainFailure(e, debug);
    io.stderr(failure.text);
    return failure.status;
  }
}

/**
 * What the command line prints for an error and the status it exits with: a user error
 * is its one line; anything else is our bug — one line, the replay command when there
 * is a run to replay, and the stack only with --debug.
 */
export function explainFailure(e: unknown, debug: boolean): { text: string; status: number } {
  if (e instanceof UserError) return { text: `forkscope: ${e.text}\n${debug ? `${e.stack}\n` : ''}`, status: e.status };
  const cause = e instanceof InternalError ? e.cause : e;
  let text = `forkscope: internal error: ${cause instanceof Error ? cause.message : String(cause)}\n`;
  if (e instanceof InternalError && e.replay) text += `  replay: ${e.replay}\n`;
  text += debug && cause instanceof Error ? `${cause.stack}\n` : '  (this is a bug in forkscope; run with --debug for the stack trace)\n';
  return { text, status: EXIT.internal };
}
