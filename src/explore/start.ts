/**
 * Where a target's runs start. Every run of a target does the same until its first
 * decision (nothing is chosen before it): the machine boots, and a Python program starts
 * its interpreter and imports its modules — most of a small Python run's cost (the
 * two-process Value race: 47 of its 61 ms). So a Python target's runs start from a
 * checkpoint of the machine taken at the last step boundary before that decision where
 * its programs can snapshot themselves (not while a native call is under way): made
 * once per target and thread (two runs up to there: one finds it, one stops there),
 * then one machine is restored to it for every run, and each run's Execution begins
 * with a copy of the steps before it. A TypeScript program boots each run: its boot
 * costs less than a restore.
 *
 * A restored run is the run a fresh machine makes (the checkpoint holds the whole
 * machine: kernel state, each program's heap and frames, the chooser's position); a
 * machine whose programs cannot snapshot themselves at that point boots every run.
 */
import { Kernel, type KernelOptions } from '../kernel/kernel.js';
import type { Checkpoint } from '../kernel/checkpoint.js';
import { panic } from '../kernel/panic.js';
import { machineOptions } from '../scenario/simulate.js';
import { refusingExit } from '../scenario/ts-space.js';
import { Abandon, type Driver, Execution, type Paths, Recorder } from './execution.js';
import type { Target } from './target.js';

/**
 * The kernel options of a target's machines, made once per target: every run boots one,
 * and copying two dozen options per run cost more than the rest of booting. Each boot
 * sets its recorder in them (the kernel reads its options only while it is built).
 */
type MachineOptions = KernelOptions & { chooser: Recorder | undefined; footprint: Recorder | undefined };
const machines = new WeakMap<Target, MachineOptions>();
/** The last target booted and its options: a thread runs one target's runs in a row (a WeakMap lookup per run showed). */
let lastTarget: Target | null = null;
let lastBase: MachineOptions | null = null;

/** Boots the target's machine with the recorder as its chooser and footprint. */
export function machine(t: Target, rec: Recorder): Kernel {
  let base = t === lastTarget ? lastBase : machines.get(t);
  if (base === undefined || base === null) {
    const { schedule: _ignored, ...options } = t.options;
    base = { ...machineOptions(t.scenario, options, { tracing: false, history: false, mode: t.mode, keepDecisions: 'choices' }), chooser: undefined, footprint: undefined };
    machines.set(t, base);
  }
  lastTarget = t;
  lastBase = base;
  base.chooser = rec;
  base.footprint = rec;
  const k = new Kernel(base);
  base.chooser = undefined;
  base.footprint = undefined;
  rec.kernel = k;
  return k;
}

/** A target's start: the machine its runs are restored on, its recorder, the checkpoint, and what came before it. */
export interface Start {
  readonly kernel: Kernel;
  readonly recorder: Recorder;
  readonly checkpoint: Checkpoint;
  /** The steps before the checkpoint. */
  readonly prefix: Execution;
  /** The writes to the terminal before it (a restored run drops the later ones). */
  readonly writes: number;
}

/** Per paths (file keys are named by the Paths of their run) and target: its start, or null when its runs boot. */
const starts = new WeakMap<Paths, WeakMap<Target, Start | null>>();

/** The target's start, made on first use; null for a target whose runs boot afresh. */
export function startOf(t: Target, paths: Paths): Start | null {
  if (t.scenario.lang !== 'py') return null;
  let byTarget = starts.get(paths);
  if (byTarget === undefined) starts.set(paths, (byTarget = new WeakMap()));
  let start = byTarget.get(t);
  if (start === undefined) byTarget.set(t, (start = makeStart(t, paths)));
  return start;
}

/** Asked for a decision before the first one: a bug of makeStart. */
const NONE: Driver = {
  pick: () => panic('a decision before the first decision of a run'),
  data: () => panic('a decision before the first decision of a run'),
};

/** Whether every program of the machine can snapshot itself now. */
const snapshotable = (k: Kernel): boolean => k.ctx.rt.every((r) => r.space.canSnapshot?.() ?? r.space.snapshot !== undefined);

function makeStart(t: Target, paths: Paths): Start | null {
  // The first run stops at its first decision; before each of its steps it notes whether
  // the machine could be checkpointed there (a Python program cannot while a native call
  // is under way: the start is the last step boundary before the decision where it can).
  let at = -1;
  const probe = machine(t, new Recorder(new Execution(), { pick: () => -1, data: () => -1 }, paths));
  let decided = false;
  try {
    refusingExit(() => {
      for (let i = 0; probe.state.end === null; i++) {
        if (snapshotable(probe)) at = i;
        probe.step();
      }
    });
  } catch (e) {
    if (!(e instanceof Abandon)) throw e;
    decided = true;
  }
  if (!decided || at <= 0) return null; // no decision (one run is all there is), or no step to skip
  // The second takes the steps before that boundary and stops there.
  const prefix = new Execution();
  const recorder = new Recorder(prefix, NONE, paths);
  const kernel = machine(t, recorder);
  refusingExit(() => {
    for (let i = 0; i < at; i++) kernel.step();
  });
  const checkpoint = kernel.checkpointIfAble();
  return checkpoint === null ? null : { kernel, recorder, checkpoint, prefix, writes: kernel.output.length };
}
