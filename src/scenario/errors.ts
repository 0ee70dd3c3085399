/**
 * Errors about the user's input (a scenario file, a flag, a snapshot): one clear
 * message, with file:line:col where there is one. The CLI prints the message alone
 * and exits non-zero; `--debug` adds the stack.
 */
import { EXIT_STUCK } from '../kernel/types.js';

export class UserError extends Error {
  constructor(
    message: string,
    /** file:line:col, when the error points into a file. */
    readonly where: string | null = null,
    /** The process exit status (EXIT.usage for a usage error). */
    readonly status = 1,
  ) {
    super(message);
    this.name = 'UserError';
  }

  /** The line the CLI prints. */
  get text(): string {
    return this.where ? `${this.where}: ${this.message}` : this.message;
  }
}


/** Exit statuses forkscope itself gives (a finished run exits with the program's own status). */
export const EXIT = {
  /** A usage error: a bad flag or option value. */
  usage: 2,
  /** The run deadlocked or exhausted its --max-time / --max-steps budget. */
  stuck: EXIT_STUCK,
  /** Our bug (sysexits' EX_SOFTWARE). */
  internal: 70,
  /** Interrupted with Ctrl-C (128 + SIGINT, as shells report it). */
  interrupted: 130,
} as const;

export const usageError = (message: string): UserError => new UserError(message, null, EXIT.usage);

/**
 * Our bug surfaced while running a scenario: carries the command that replays the run,
 * so the report can be reproduced. The CLI prints one line, the replay command, and the
 * stack only with --debug.
 */
export class InternalError extends Error {
  constructor(
    override readonly cause: unknown,
    readonly replay: string | null,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'InternalError';
  }
}
