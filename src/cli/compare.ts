/** `forkscope compare FILE --platforms linux,windows`: one program under two platforms, side by side. */
import type { Platform } from '../kernel/ctx.js';
import { EXIT, UserError, usageError } from '../scenario/errors.js';
import type { Simulation } from '../scenario/simulate.js';
import { stalled, watchdog } from './drive.js';
import { loadScenario } from '../scenario/load.js';
import { PLATFORMS } from '../scenario/options.js';
import type { Io } from './io.js';
import { type RunFlags, WATCHDOG_DEFAULT, optionsFromFlags, parseWatchdog, simulateOrExplain } from './run.js';

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
  const quiet = { tracing: false };
  // Each run under the same watchdog as `forkscope run` (a TypeScript scenario that never yields).
  const watched = (platform: Platform): Simulation => {
    let sim: Simulation | null = null;
    try {
      watchdog(() => void (sim = simulateOrExplain(scenario, { ...options, platform }, quiet)), parseWatchdog(undefined))();
    } catch (e) {
      if (!stalled(e)) throw e;
      throw new UserError(`a program ran ${WATCHDOG_DEFAULT} without returning to the kernel on ${platform}; forkscope run ${scenario.id} --platform ${platform} shows where`, null, EXIT.stuck);
    }
    return sim!;
  };
  const a = watched(pa);
  const b = watched(pb);
  // Loaded here, not at start: its column widths load string-width, ~50 ms of every other command's start.
  const { renderCompare } = await import('../render/compare.js');
  io.stdout(renderCompare({ label: pa, run: a }, { label: pb, run: b }, cols));
  return 0;
}
