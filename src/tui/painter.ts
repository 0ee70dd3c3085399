/**
 * Draws the screen's rows (screen.ts) on the terminal itself, rewriting only the rows that
 * changed since the last frame, each at its own position. Ink's renderer would lay the
 * same rows out again cell by cell (about 2.5 µs a cell: 12 ms and more for a 120×40
 * frame, most of a step's cost) and, in its incremental mode, loses its place by a row
 * when a frame is shorter than the terminal. The rows are already exactly as wide as the
 * terminal, so absolute cursor positions are all it takes. Ink still reads the keys.
 */

/** Where the frames go: a terminal's output stream. */
export interface Sink {
  write(data: string): unknown;
}

const CSI = '\u001b[';
/** Synchronised output (terminals that know it show the frame at once; others ignore it). */
const BEGIN = `${CSI}?2026h`;
const END = `${CSI}?2026l`;

export class Painter {
  private shown: string[] = [];
  private size = '';

  constructor(private readonly out: Sink) {}

  /** Draws `rows` (each as wide as the terminal, `cols` × `height`): only those that differ from what is on the screen. */
  paint(rows: readonly string[], cols: number, height: number): void {
    let data = '';
    if (`${cols}x${height}` !== this.size) {
      // A resized terminal re-wraps or scrolls whatever it showed: start from a clear screen.
      data += `${CSI}H${CSI}2J`;
      this.shown = [];
      this.size = `${cols}x${height}`;
    }
    for (let i = 0; i < Math.max(rows.length, this.shown.length); i++) {
      const row = rows[i];
      if (row === this.shown[i]) continue;
      // A row fills its line (no erase after it: at the last column that would erase the last character).
      data += row === undefined ? `${CSI}${i + 1};1H${CSI}K` : `${CSI}${i + 1};1H${row}${CSI}0m`;
    }
    this.shown = rows.slice();
    if (data !== '') this.out.write(`${BEGIN}${CSI}?25l${data}${END}`);
  }

  /** Forgets what is on the screen (the next paint draws every row). */
  reset(): void {
    this.size = '';
  }
}
