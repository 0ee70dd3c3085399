/** Where commands write: the process's streams, or a buffer in tests. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stderr is a terminal (progress lines are drawn only then). */
  readonly stderrIsTTY?: boolean;
  /** Resolves once what was written has been taken by the reader (a slow pipe holds the run back instead of our memory). */
  drained?(): Promise<void>;
  /**
   * The wall-clock watchdog's default for runs through this Io (`--watchdog`'s value, such
   * as '10s' or 'off'); unset: WATCHDOG_DEFAULT.
   */
  readonly watchdog?: string;
}

const drain = (s: NodeJS.WriteStream): Promise<void> =>
  s.writableNeedDrain ? new Promise((resolve) => s.once('drain', () => resolve())) : Promise.resolve();

export const processIo: Io = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  stderrIsTTY: process.stderr.isTTY === true,
  drained: async () => {
    await drain(process.stdout);
    await drain(process.stderr);
  },
};

/**
 * An Io that keeps what was written, merged (as a terminal shows it) and per stream: the
 * test suite's. Its runs have no watchdog unless they ask for one (`--watchdog`): a suite
 * shares its machine, and a step that a loaded host stretches past the wall-clock default
 * would fail a run that is correct.
 */
export function bufferIo(stderrIsTTY = false): Io & { out: string; err: string; all: string } {
  const io = {
    stderrIsTTY,
    watchdog: 'off',
    out: '',
    err: '',
    all: '',
    stdout(text: string) {
      io.out += text;
      io.all += text;
    },
    stderr(text: string) {
      io.err += text;
      io.all += text;
    },
  };
  return io;
}

/**
 * An Io that gathers small writes and passes them on in order: when the stream changes,
 * when a chunk is large, and on `flush()` (the run's driver flushes after each slice, so
 * output appears while the run goes, at a fraction of the cost of a write per print).
 */
export function bufferedIo(io: Io, chunk = 1 << 16): Io & { flush(): void } {
  let pending = '';
  let to: 'stdout' | 'stderr' = 'stdout';
  const flush = (): void => {
    if (pending === '') return;
    const text = pending;
    pending = '';
    io[to](text);
  };
  const put = (stream: 'stdout' | 'stderr', text: string): void => {
    if (stream !== to) {
      flush();
      to = stream;
    }
    pending += text;
    if (pending.length >= chunk) flush();
  };
  return { stdout: (t) => put('stdout', t), stderr: (t) => put('stderr', t), flush };
}
