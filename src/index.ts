/**
 * forkscope's library API: load a scenario, simulate it, render it; or drive the
 * kernel directly with your own programs.
 */
export { Kernel, type KernelOptions, DEFAULTS } from './kernel/kernel.js';
export type { KernelState, Proc, Task, TaskState, KObject, RunEnd } from './kernel/types.js';
export type { TraceEvent, Write } from './kernel/trace.js';
export type { AddressSpace, Loader, LoadContext, RunResult } from './kernel/program.js';
export type { Syscall, Image } from './kernel/syscalls.js';
export { SeededChooser, ReplayChooser, RecordingChooser, encodeSchedule, decodeSchedule, parseSchedule, type Chooser, type ScheduleRuns } from './kernel/chooser.js';
export { DEFAULT_PARAMS, PARAM_TABLE, type CostParams } from './kernel/params.js';
export { metrics } from './render/metrics.js';
export { type Sys, type Program, type ScenarioMeta, type ScenarioOptions, sys } from './scenario/api.js';
export { loadScenario, listScenarioFiles, type Scenario } from './scenario/load.js';
export { simulate, boot, replayCommand, type Simulation, type SimulateExtras } from './scenario/simulate.js';
export type { RunOptions } from './scenario/options.js';
export { renderTrace } from './render/trace.js';
export { renderTimeline } from './render/timeline.js';
export { renderTree } from './render/tree.js';
export { renderMetrics } from './render/metrics.js';
export { renderJson, parseRunJson, JSON_SCHEMA } from './render/json.js';
export { type RunWriter, type RunStart, renderWith } from './render/writer.js';
export { renderPerfetto } from './render/perfetto.js';
export { terminalText } from './render/output.js';
export { endReport } from './render/report.js';
