/** `forkscope compare FILE --platforms linux,windows`: one program under two platforms, side by side. */
import type { Platform } from '../kernel/ctx.js';
import { EXIT, UserError, usageError } from '../scenario/errors.js';
import type { Kernel } from '../kernel/kernel.js';
import { type Simulation, boot, replayCommand, view } from '../scenario/simulate.js';
import { drive, stalled, watchdog } from './drive.js';
import { loadScenario } from '../scenario/load.js';
import { PLATFORMS } from '../scenario/options.js';
import type { Io } from './io.js';
import { type RunFlags, explained, optionsFromFlags, parseWatchdog } from './run.js';

export function parsePlatforms(text: string): [Platform, Platform] {
  const parts = text.split(',').map((p) => p.trim());
  if (parts.length !== 2 || !parts.every((p) => (PLATFORMS as readonly string[]).includes(p))) {
    throw usageError(`--platforms takes two of ${PLATFORMS.join(', ')} separated by a comma, not '${text}'`);
  }
  return parts as [Platform, Platform];
}

export async function compareCommand(file: string, flags: RunFlags & { platforms?: string; width?: string }, io: Io): Promise<number> {
  const [pa, pb] = parsePlatforms(flags.platforms ?? 'linux,windows');
  const options = optionsFromFlags(flags);
  const cols = flags.width === undefined ? 60 : Number(flags.width);
  if (!Number.isInteger(cols) || cols < 20 || cols > 200) throw usageError(`--width must be an integer from 20 to 200, not '${flags.width}'`);
  const scenario = await loadScenario(file);
  const ms = parseWatchdog(io.watchdog);
  // Each run under the watchdog of `forkscope run`, a step at a time (a TypeScript scenario that never yields).
  const watched = async (platform: Platform): Promise<Simulation> => {
    const opts = { ...options, platform };
    const stuck = (): UserError =>
      new UserError(`a program ran ${ms / 1000}s without returning to the kernel on ${platform}; forkscope run ${scenario.id} --platform ${platform} shows where`, null, EXIT.stuck);
    let kernel = null as Kernel | null;
    const start = (): void => {
      kernel = boot(scenario, opts, { tracing: false });
    };
    try {
      if (ms > 0) watchdog(start, ms)();
      else start();
      if ((await drive(kernel!, { watchdogMs: ms, interrupted: () => false })).kind === 'stalled') throw stuck();
    } catch (e) {
      if (stalled(e)) throw stuck();
      throw e instanceof UserError ? e : explained(e, replayCommand(scenario, opts));
    }
    return view(scenario, kernel!, opts);
  };
  const a = await watched(pa);
  const b = await watched(pb);
  // Loaded here, not at start: its column widths load string-width, ~50 ms of every other command's start.
  const { renderCompare } = await import('../render/compare.js');
  io.stdout(renderCompare({ label: pa, run: a }, { label: pb, run: b }, cols));
  return 0;
}
