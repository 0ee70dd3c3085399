/**
 * time on the virtual clock: time() is the documented epoch (2024-01-01 00:00:00
 * UTC) plus the kernel's time since boot; sleep is a kernel timer; TZ is UTC.
 */
import { Coro, type Gen, callReq, sysReq } from '../objects/coro.js';
import { E, exc, typeErr, valueErr } from '../objects/exceptions.js';
import { fn, one, unpack } from '../objects/native.js';
import { PyModule } from '../objects/module.js';
import { PyClass, PyFloat, type Value } from '../objects/object.js';
import { PyTuple } from '../objects/tuple.js';
import { typeOf } from '../objects/types.js';
import { structSeq } from '../types/structseq.js';
import type { Interpreter } from '../objects/interpreter.js';
import { float } from '../runtime/arith.js';
import { intValue } from '../types/numbers.js';
import { strftime } from './strftime.js';

/** 2024-01-01 00:00:00 UTC. */
export const EPOCH = 1704067200;

function* nowNs(): Gen<number> {
  return (yield sysReq({ op: 'time' })) as number;
}

function secondsArg(v: Value, what: string): number {
  if (v instanceof PyFloat) return v.v;
  const i = intValue(v);
  if (i !== undefined) return Number(i);
  throw typeErr(`'${typeOf(v).name}' object cannot be interpreted as an integer`.replace("'", what === '' ? "'" : "'"));
}

const FIELDS = ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst'];
const structTimeClass = (): PyClass => structSeq('time', 'struct_time', FIELDS);

/** UTC calendar fields of a Unix time. */
export function gmtimeFields(secs: number): number[] {
  const d = new Date(Math.floor(secs) * 1000);
  const start = Date.UTC(d.getUTCFullYear(), 0, 1);
  const yday = Math.floor((d.getTime() - start) / 86400000) + 1;
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), (d.getUTCDay() + 6) % 7, yday, 0];
}

function makeStruct(fields: number[]): PyTuple {
  return new PyTuple(fields, structTimeClass());
}

function fieldsOf(v: Value): number[] {
  if (!(v instanceof PyTuple) || v.items.length < 9) throw typeErr('Tuple or struct_time argument required');
  return v.items.map((x) => Number(intValue(x) ?? 0));
}

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function asctime(f: number[]): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${DAYS[f[6]!]} ${MONTHS[f[1]! - 1]} ${String(f[2]).padStart(2, ' ')} ${pad(f[3]!)}:${pad(f[4]!)}:${pad(f[5]!)} ${f[0]}`;
}

export function makeTime(_interp: Interpreter): PyModule {
  const m = new PyModule('time');
  const def = (name: string, f: import('../objects/function.js').NativeFn): void => m.ns.setStr(name, fn(name, f, 'time'));
  const now = (conv: (ns: number) => Value): import('../objects/function.js').NativeFn => () => new Coro((function* () { return conv(yield* nowNs()); })());
  def('time', now((ns) => float(EPOCH + ns / 1e9)));
  def('time_ns', now((ns) => BigInt(EPOCH) * 1000000000n + BigInt(ns)));
  for (const name of ['monotonic', 'perf_counter']) def(name, now((ns) => float(ns / 1e9)));
  for (const name of ['monotonic_ns', 'perf_counter_ns']) def(name, now((ns) => ns));
  // The CPU time the process's (the thread's) tasks have run, as the kernel counts it.
  const cpu = (who: 'self' | 'thread', conv: (ns: number) => Value): import('../objects/function.js').NativeFn => () =>
    new Coro((function* () { return conv((yield sysReq({ op: 'rusage', who })) as number); })());
  def('process_time', cpu('self', (ns) => float(ns / 1e9)));
  def('process_time_ns', cpu('self', (ns) => ns));
  def('thread_time', cpu('thread', (ns) => float(ns / 1e9)));
  def('thread_time_ns', cpu('thread', (ns) => ns));
  def('sleep', (_th, a) => {
    const v = one('sleep', a);
    let secs: number;
    if (v instanceof PyFloat) secs = v.v;
    else {
      const i = intValue(v);
      if (i === undefined) throw typeErr(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
      secs = Number(i);
    }
    if (Number.isNaN(secs)) throw valueErr('Invalid value NaN (not a number)');
    if (secs < 0) throw valueErr('sleep length must be non-negative');
    const ns = Math.round(secs * 1e9);
    return new Coro((function* () { yield sysReq({ op: 'sleep', ns }); return null; })());
  });
  const withNow = (name: string, f: (secs: number) => Value): void =>
    def(name, (_th, a) => {
      unpack(name, a, 0, 1);
      if (a.length === 0 || a[0] === null) return new Coro((function* () { return f(EPOCH + (yield* nowNs()) / 1e9); })());
      return f(secondsArg(a[0]!, ''));
    });
  withNow('ctime', (s) => asctime(gmtimeFields(s)));
  withNow('gmtime', (s) => makeStruct(gmtimeFields(s)));
  withNow('localtime', (s) => makeStruct(gmtimeFields(s)));
  def('asctime', (_th, a) => {
    if (a.length === 0) return new Coro((function* () { return asctime(gmtimeFields(EPOCH + (yield* nowNs()) / 1e9)); })());
    return asctime(fieldsOf(a[0]!));
  });
  def('mktime', (_th, a) => {
    const f = fieldsOf(one('mktime', a));
    return float(Date.UTC(f[0]!, f[1]! - 1, f[2]!, f[3]!, f[4]!, f[5]!) / 1000);
  });
  def('strftime', (_th, a) => {
    unpack('strftime', a, 1, 2);
    const fmt = a[0];
    if (typeof fmt !== 'string') throw typeErr(`strftime() argument 1 must be str, not ${typeOf(fmt!).name}`);
    if (a.length === 1) return new Coro((function* () { return strftime(fmt, gmtimeFields(EPOCH + (yield* nowNs()) / 1e9)); })());
    return strftime(fmt, fieldsOf(a[1]!));
  });
  // strptime is written in Python (stdlib/_strptime.py), as CPython's is.
  def('strptime', (th, a) =>
    new Coro(
      (function* () {
        const mod = yield callReq(th.interp.builtins.getStr('__import__')!, ['_strptime']);
        return yield callReq((mod as PyModule).ns.getStr('_strptime_time')!, a);
      })(),
    ),
  );
  m.ns.setStr('struct_time', structTimeClass());
  m.ns.setStr('timezone', 0);
  m.ns.setStr('altzone', 0);
  m.ns.setStr('daylight', 0);
  m.ns.setStr('tzname', new PyTuple(['UTC', 'UTC']));
  void exc;
  void E;
  return m;
}
