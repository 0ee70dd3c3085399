/**
 * Time travel in the stepping UI (`forkscope step`): how long any jump takes to produce
 * its next frame (the session's seek plus drawing the whole screen), and how much memory
 * a session holds — on a run of about a million events with 1,000 processes, and on the
 * largest documents' example. CPU time, not wall time (the machine is shared).
 */
import { fileURLToPath } from 'node:url';

// React's production build, as `forkscope step` runs it (set before React loads).
process.env.NODE_ENV = 'production';
const { default: React } = await import('react');
const { renderToString } = await import('ink');
const { loadScenario } = await import('../dist/scenario/load.js');
const { Session } = await import('../dist/tui/session/session.js');
const { App } = await import('../dist/tui/App.js');
const cpuMs = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};
const mb = (n) => `${(n / 1048576).toFixed(0)} MB`;

function frame(session) {
  return renderToString(React.createElement(App, { session, cols: 120, rows: 40 }), { columns: 120 });
}

async function one(label, ref) {
  global.gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  let t = cpuMs();
  const session = new Session(await loadScenario(ref), {});
  const record = cpuMs() - t;
  global.gc?.();
  const held = Math.max(0, process.memoryUsage().heapUsed - heap0);
  const N = session.trace.length;
  const jumps = [
    ['G (end)', () => session.seek(session.end)],
    ['one event back', () => session.seek(session.position - 1)],
    ['g (start)', () => session.seek(0)],
    [`:${Math.floor(N / 2)}`, () => session.seek(session.stepOfEvent(Math.floor(N / 2) - 1))],
    ['one event back', () => session.seek(session.position - 1)],
    ['one event forward', () => session.seek(session.position + 1)],
    [`:${Math.floor(N * 0.9)}`, () => session.seek(session.stepOfEvent(Math.floor(N * 0.9) - 1))],
    ['one event back', () => session.seek(session.position - 1)],
  ];
  // Warm up the renderer and the re-execution path (the first jump of a process compiles them).
  for (const p of [session.end >> 1, (session.end >> 1) - 1, 0, session.end]) {
    session.seek(p);
    frame(session);
  }
  console.log(`${label}: ${N.toLocaleString('en-US')} events, ${session.end.toLocaleString('en-US')} steps; recorded in ${(record / 1000).toFixed(1)} s CPU; the session added ${mb(held)} of heap (process now: heap ${mb(process.memoryUsage().heapUsed)}, rss ${mb(process.memoryUsage().rss)})`);
  let worst = 0;
  for (const [name, jump] of jumps) {
    t = cpuMs();
    jump();
    const seek = cpuMs() - t;
    frame(session);
    const total = cpuMs() - t;
    worst = Math.max(worst, total);
    console.log(`  ${name.padEnd(18)} seek ${seek.toFixed(1).padStart(6)} ms, seek + frame ${total.toFixed(1).padStart(6)} ms`);
  }
  console.log(`  worst jump to its next frame: ${worst.toFixed(1)} ms (target: 50 ms)`);
  return session;
}

export default async function benchSession() {
  console.log('time travel (forkscope step): CPU ms per jump, the frame drawn at 120x40');
  await one('1,000 processes (bench/scenarios/thousand.ts)', fileURLToPath(new URL('./scenarios/thousand.ts', import.meta.url)));
  global.gc?.();
  await one('documents: docs/manager/dict-race (101 Python processes)', 'docs/manager/dict-race');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchSession();
