/**
 * Iteration the loop does not inline: FOR_ITER over iterators without a fast
 * path, and `yield from` over generators and other iterators.
 */
import { Coro, type Gen, callReq } from '../../objects/coro.js';
import { E, PyBaseException } from '../../objects/exceptions.js';
import { type Frame, GenMode, PyGenerator } from '../../objects/frame.js';
import type { Value } from '../../objects/object.js';
import type { Thread } from '../../objects/thread.js';
import { getAttr } from '../../runtime/attr.js';
import { DONE, getIter, iterNext, nextOf } from '../../runtime/iter.js';
import { resumeGen, yieldFrom } from '../transfer.js';
import { later, pop, push, result } from './results.js';

/** FOR_ITER for iterators without an inline fast path; `target` ends the loop. */
export function forIterSlow(th: Thread, f: Frame, it: Value, target: number): void {
  const r = iterNext(th, it);
  if (r === DONE) {
    f.sp--;
    f.ip = target;
    return;
  }
  if (r instanceof Coro) {
    later(th, r, 'next', (_th, fr, v) => {
      if (v === DONE) {
        fr.sp--;
        fr.ip = target;
      } else push(fr, v as Value);
    });
    return;
  }
  push(f, r);
}

/** YIELD_FROM: (it v -- r); re-executed on every resume until the sub-iterator is done. */
export function yieldFromOp(th: Thread, f: Frame): void {
  const v = pop(f);
  const it = f.regs[f.sp - 1]!;
  f.ip--;
  if (it instanceof PyGenerator) {
    if (it.finished) {
      f.regs[f.sp - 1] = null;
      f.ip++;
      return;
    }
    resumeGen(th, it, v, GenMode.YIELD_FROM, null);
    return;
  }
  later(th, new Coro(sendCo(th, it, v) as unknown as Gen), 'yield from', (t, fr, res) => {
    const r = res as { done: boolean; value: Value };
    if (r.done) {
      fr.regs[fr.sp - 1] = r.value;
      fr.ip++;
    } else yieldFrom(t, fr, r.value);
  });
}

/** GET_YIELD_FROM_ITER: a generator as is, anything else through iter(). */
export function getYieldFromIter(th: Thread, f: Frame): void {
  const o = f.regs[f.sp - 1]!;
  if (o instanceof PyGenerator) return;
  pop(f);
  result(th, f, getIter(th, o), 'iter');
}

/** One step of `yield from` over a non-generator iterator: next(it) or it.send(v). */
function* sendCo(th: Thread, it: Value, v: Value): Gen<{ done: boolean; value: Value }> {
  if (v === null) {
    const x = yield* nextOf(th, it);
    return x === DONE ? { done: true, value: null } : { done: false, value: x };
  }
  try {
    const send = getAttr(th, it, 'send');
    const fn = send instanceof Coro ? yield* send.gen : send;
    return { done: false, value: yield callReq(fn, [v]) };
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubclassOf(E.StopIteration!)) {
      return { done: true, value: e.dict!.getStr('value') ?? null };
    }
    throw e;
  }
}
