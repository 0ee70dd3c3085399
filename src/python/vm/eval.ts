/**
 * The interpreter tier and the driver of both tiers: `evalFrames` runs the Python
 * frames on top of a thread's stack until the budget is spent (returns false) or
 * a native frame comes on top (returns true).
 *
 * Its dispatch loop is generated once, when this module loads, from the
 * instruction definitions (instructions.ts, expanded by emit.ts): one `case` per
 * opcode of IN_LOOP (the interpreter form), the other inline opcodes as functions
 * of their own (ASIDE, the aside form), the out-of-line ones through `OUT`. A frame
 * whose code is hot runs in the compiled tier instead (jit.ts), from the same
 * definitions; both count the same instructions, so a run's timing does not
 * depend on which tier ran it.
 */
import { OPS, Op } from '../compile/opcodes.js';
import type { Thread } from '../objects/thread.js';
import { asideEmit, interpEmit } from './emit.js';
import { HELPERS, INSTRUCTIONS, OUT, type Instruction, initDirect } from './instructions.js';
import { compileJit, tier } from './jit.js';

/**
 * The opcodes the interpreter expands inside its loop: what code runs most before
 * it is hot (module bodies, the first calls of functions; hot code runs in the
 * compiled tier). V8 optimises the loop as one function as soon as a run has
 * executed a few thousand instructions, and that compilation costs in proportion
 * to the loop's size: with every opcode inline it was half of what a short
 * program's run added to node's own start. The others run as functions of their
 * own, which V8 compiles one by one, when each is hot.
 */
export const IN_LOOP: ReadonlySet<Op> = new Set([
  Op.LOAD_CONST, Op.LOAD_FAST, Op.STORE_FAST, Op.LOAD_GLOBAL, Op.STORE_GLOBAL, Op.POP_TOP,
  Op.LOAD_ATTR, Op.STORE_ATTR, Op.LOAD_METHOD, Op.CALL, Op.CALL_METHOD, Op.RETURN_VALUE,
  Op.JUMP, Op.POP_JUMP_IF_FALSE, Op.POP_JUMP_IF_TRUE, Op.FOR_ITER,
]);

/** The interpreter's loop, with every opcode of IN_LOOP as a case of one switch, and the other inline opcodes in ASIDE. */
export function interpreterSource(): string {
  const cases: string[] = [];
  const aside: string[] = [];
  for (const [op, ins] of Object.entries(INSTRUCTIONS) as [string, Instruction][]) {
    if (ins.kind !== 'inline') continue;
    const name = OPS[Number(op)]!.name;
    if (IN_LOOP.has(Number(op) as Op)) {
      cases.push(`case ${op}: { // ${name}\n${ins.emit(interpEmit)}\n}`);
    } else {
      aside.push(`ASIDE[${op}] = function (th, f, arg) { // ${name}
  const code = f.code, K = code.consts, N = code.names, V = code.varnames, regs = f.regs, gcache = f.gcache;
  const ip = f.ip, sp = f.sp, left = th.left;
  { ${ins.emit(asideEmit)} }
};`);
    }
  }
  return `const {${Object.keys(HELPERS).join(', ')}} = H;
const ASIDE = [];
${aside.join('\n')}
return function evalFrames(th) {
  outer: for (;;) {
    const f = th.top;
    if (!(f instanceof Frame)) return true;
    const code = f.code;
    let jf = code.jit;
    if (jf === null && ++code.heat > tier.hot) jf = code.jit = compileJit(code);
    if (jf !== null) {
      tier.compiledRuns++;
      if (jf(th, f) === 1) return false;
      continue;
    }
    const K = code.consts, N = code.names, V = code.varnames, ops = code.ops;
    const regs = f.regs, gcache = f.gcache;
    let ip = f.ip, sp = f.sp, left = th.left;
    try {
      dispatch: for (;;) {
        if (--left < 0) { f.ip = ip; f.sp = sp; th.left = 0; return false; }
        const w = ops[ip++];
        const arg = w >> 8;
        switch (w & 0xff) {
${cases.join('\n')}
          default: {
            const op = w & 0xff;
            f.ip = ip; f.sp = sp; th.left = left;
            const aside = ASIDE[op];
            if (aside !== undefined) {
              if (aside(th, f, arg)) continue outer;
              ip = f.ip; sp = f.sp;
              continue dispatch;
            }
            const run = OUT[op];
            if (run === undefined) panic('unknown opcode ' + op);
            run(th, f, arg);
            continue outer;
          }
        }
      }
    } catch (e) {
      f.ip = ip; f.sp = sp; th.left = left;
      // A push failed after the frame was saved (RecursionError): raise in this frame.
      if (th.top !== f) th.top = f;
      handleException(th, f, toPyExc(e, ops[ip - 1] & 0xff), false);
    }
  }
};`;
}

/**
 * The loop, compiled from the generated source. The bundle (tools/bundle.mjs)
 * replaces this `new Function` with the same source as a function of its own, so
 * that a start neither generates nor compiles it (it is in the bundle's code cache).
 */
const makeLoop = new Function('H', 'OUT', 'tier', 'compileJit', interpreterSource()) as (h: typeof HELPERS, out: typeof OUT, t: typeof tier, c: typeof compileJit) => (th: Thread) => boolean;
const loop = makeLoop(HELPERS, OUT, tier, compileJit);

/** Runs Python frames. Returns false when the budget is spent, true when a native frame is on top. */
export function evalFrames(th: Thread): boolean {
  initDirect();
  return loop(th);
}
