/** `forkscope compare FILE --platforms linux,windows`: one program under two platforms, side by side. */
import type { Platform } from '../kernel/ctx.js';
import { renderCompare } from '../render/compare.js';
import { usageError } from '../scenario/errors.js';
import { loadScenario } from '../scenario/load.js';
import { PLATFORMS } from '../scenario/options.js';
import type { Io } from './io.js';
import { type RunFlags, optionsFromFlags, simulateOrExplain } from './run.js';

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
  const a = simulateOrExplain(scenario, { ...options, platform: pa }, quiet);
  const b = simulateOrExplain(scenario, { ...options, platform: pb }, quiet);
  io.stdout(renderCompare({ label: pa, run: a }, { label: pb, run: b }, cols));
  return 0;
}
