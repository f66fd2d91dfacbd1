/** Problems reported to the user: one line each on stderr, `path: error: message`; they set the exit code. */

export class Diagnostics {
  errors = 0;
  warnings = 0;
  /** Called before a line is written (the progress display clears itself there). */
  beforeWrite: () => void = () => undefined;

  constructor(private readonly quiet = false) {}

  error(path: string, message: string): void {
    this.errors++;
    this.beforeWrite();
    process.stderr.write(`${path}: error: ${message}\n`);
  }

  warning(path: string, message: string): void {
    this.warnings++;
    if (this.quiet) return;
    this.beforeWrite();
    process.stderr.write(`${path}: warning: ${message}\n`);
  }
}

/** A mistake in how the command was called: exit 2. */
export class UsageError extends Error {}

/** Shows a path as the user would type it: stdin as '<stdin>'. */
export function displayPath(p: string): string {
  return p === '-' ? '<stdin>' : p;
}
