/** Where commands write: the process's streams, or a buffer in tests. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stderr is a terminal (progress lines are drawn only then). */
  readonly stderrIsTTY?: boolean;
}

export const processIo: Io = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  stderrIsTTY: process.stderr.isTTY === true,
};

/** An Io that keeps what was written, merged (as a terminal shows it) and per stream. */
export function bufferIo(stderrIsTTY = false): Io & { out: string; err: string; all: string } {
  const io = {
    stderrIsTTY,
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
