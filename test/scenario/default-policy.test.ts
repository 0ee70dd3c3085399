/**
 * The default scheduling policy: a Python program runs under cfs, as on the OS its
 * documents' authors used (README, "Why a Python program runs under cfs by default"); a
 * TypeScript scenario is a textbook machine under round-robin. An explicit policy wins.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/load.js';
import { machineOptions, replayCommand } from '../../src/scenario/simulate.js';

describe('the default policy', () => {
  it('is cfs for a Python program, on either platform, and rr for a TypeScript scenario', async () => {
    const py = await loadScenario('docs/manager/dict-race');
    const ts = await loadScenario('kernel/lost-update-3x1');
    expect(machineOptions(py).policy).toBe('cfs');
    expect(machineOptions(py, { platform: 'windows' }).policy).toBe('cfs');
    expect(machineOptions(ts).policy).toBe('rr');
  });

  it('gives way to --policy, which the replay command then names', async () => {
    const py = await loadScenario('docs/manager/dict-race');
    expect(machineOptions(py, { policy: 'rr' }).policy).toBe('rr');
    expect(replayCommand(py, { policy: 'rr' })).toContain('--policy rr');
    expect(replayCommand(py, {})).not.toContain('--policy');
  });
});
