/** Our bugs end a run as one line, the replay command and exit 70 — never as the guest's output. */
import { describe, expect, it } from 'vitest';
import { KernelPanic } from '../../src/kernel/panic.js';
import { explainFailure } from '../../src/cli/main.js';
import { simulateOrExplain } from '../../src/cli/run.js';
import { EXIT, InternalError, UserError } from '../../src/scenario/errors.js';
import { makeScenario } from '../../src/scenario/load.js';

const broken = makeScenario({
  id: 'broken',
  file: 'broken.ts',
  lang: 'ts',
  title: 'a program whose address space fails',
  about: '',
  options: { seed: 7 },
  variants: {},
  stdin: '',
  files: {},
  main: { kind: 'ts', label: 'broken', data: '{}' },
  source: '',
  frontends: {
    ts: () => ({
      run: () => {
        throw new KernelPanic('an invariant of the test');
      },
      fork: () => {
        throw new Error('unused');
      },
      where: () => '',
    }),
  },
});

describe('internal errors', () => {
  it('a panic inside a run becomes an InternalError that carries the replay command', () => {
    let caught: unknown;
    try {
      simulateOrExplain(broken, { cpus: 2 }, { tracing: false });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(InternalError);
    expect((caught as InternalError).cause).toBeInstanceOf(KernelPanic);
    expect((caught as InternalError).replay).toBe('forkscope run broken --seed 7 --cpus 2');
  });

  it('is printed as one line and the replay command, with the stack only under --debug', () => {
    const e = new InternalError(new KernelPanic('x'), 'forkscope run broken --seed 7');
    const plain = explainFailure(e, false);
    expect(plain.status).toBe(EXIT.internal);
    expect(plain.text).toBe(
      'forkscope: internal error: kernel panic: x\n  replay: forkscope run broken --seed 7\n  (this is a bug in forkscope; run with --debug for the stack trace)\n',
    );
    const debug = explainFailure(e, true);
    expect(debug.text).toContain('at ');
    expect(debug.text).not.toContain('run with --debug');
  });

  it('a user error is its own line and status', () => {
    expect(explainFailure(new UserError('bad', 'f.py:1:2', 2), false)).toEqual({ text: 'forkscope: f.py:1:2: bad\n', status: 2 });
  });
});
