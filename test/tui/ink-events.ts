/**
 * Waiting on an ink-testing-library app by its events, not by a count of tries or time:
 * a wait ends when the app writes the frame it waits for (or when `poke()` says that
 * something else it waits for has happened), and keys go in once the app listens to its
 * stdin.
 *
 * A wait fails, with the last frame, only once the app has gone quiet: QUIET polls (1 ms
 * timers) in a row with no frame written and no poke. Load cannot reach that bound:
 * whatever the app does between two frames runs on the event loop the polls run on — a
 * key's redraw comes a turn or two after the key, each slice of a recording (a 0 ms timer,
 * due before the poll scheduled after it) ends in a frame, play's interval is 100 ms — and
 * while the host is slow, its synchronous work holds the polls back with it, so a slower
 * machine makes fewer polls between two frames, never more.
 */
import type { render } from 'ink-testing-library';

type App = ReturnType<typeof render>;

/** Polls with no frame after which a wait fails (3 s at least). */
const QUIET = 3000;

export interface InkEvents {
  /** Resolves with the last frame once `ready()` holds, checked now and after each frame or poke. */
  wait(what: string, ready: () => boolean): Promise<string>;
  /** Resolves with the first frame written after the call (a key's redraw). */
  next(what: string): Promise<string>;
  /** Resolves once the app reads its stdin (Ink attaches its reader in an effect, after the first frame). */
  listening(): Promise<void>;
  /** Makes waits check again: something other than a frame happened (a callback the test gave the app). */
  poke(): void;
}

export function inkEvents(app: App): InkEvents {
  const waiters = new Set<() => void>();
  const last = (): string => app.lastFrame() ?? '';
  const poke = (): void => {
    for (const w of [...waiters]) w();
  };
  const write = app.stdout.write;
  app.stdout.write = (frame: string): void => {
    write(frame);
    poke();
  };
  const wait = (what: string, ready: () => boolean): Promise<string> =>
    new Promise((resolve, reject) => {
      if (ready()) return resolve(last());
      let quiet = 0;
      let timer: NodeJS.Timeout;
      const check = (): void => {
        quiet = 0;
        if (!ready()) return;
        waiters.delete(check);
        clearTimeout(timer);
        resolve(last());
      };
      const poll = (): void => {
        if (++quiet <= QUIET) {
          timer = setTimeout(poll, 1);
          return;
        }
        waiters.delete(check);
        reject(new Error(`the app went quiet (no frame in ${QUIET} polls) before ${what}; its last frame:\n${last()}`));
      };
      waiters.add(check);
      timer = setTimeout(poll, 1);
    });
  return {
    wait,
    poke,
    next: (what) => {
      const n = app.frames.length;
      return wait(what, () => app.frames.length > n);
    },
    listening: () =>
      app.stdin.listenerCount('readable') > 0
        ? Promise.resolve()
        : new Promise((resolve) => {
            const on = (event: string | symbol): void => {
              if (event !== 'readable') return;
              app.stdin.off('newListener', on);
              // 'newListener' comes before the listener is added; the awaiting code runs after the effects that add them.
              resolve();
            };
            app.stdin.on('newListener', on);
          }),
  };
}
