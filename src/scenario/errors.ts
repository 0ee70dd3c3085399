/**
 * Errors about the user's input (a scenario file, a flag, a snapshot): one clear
 * message, with file:line:col where there is one. The CLI prints the message alone
 * and exits non-zero; `--debug` adds the stack.
 */
export class UserError extends Error {
  constructor(
    message: string,
    /** file:line:col, when the error points into a file. */
    readonly where: string | null = null,
    /** The process exit status (2: usage error). */
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

export const usageError = (message: string): UserError => new UserError(message, null, 2);
