/** Problems reported to the user: one line each on stderr, `path: error: message`; they set the exit code. */

export class Diagnostics {
  errors = 0;
  warnings = 0;

  constructor(private readonly quiet = false) {}

  error(path: string, message: string): void {
    this.errors++;
    process.stderr.write(`${path}: error: ${message}\n`);
  }

  warning(path: string, message: string): void {
    this.warnings++;
    if (!this.quiet) process.stderr.write(`${path}: warning: ${message}\n`);
  }
}

/** A mistake in how the command was called: exit 2. */
export class UsageError extends Error {}

/** Shows a path as the user would type it: stdin as '<stdin>'. */
export function displayPath(p: string): string {
  return p === '-' ? '<stdin>' : p;
}
