/**
 * The progress line: only when stderr is a terminal. It is one line, cut to the terminal's width (a
 * wrapped line could not be cleared), redrawn at most every 100 ms, and cleared before any other
 * line goes to stderr, at the end, and when the run is interrupted (SIGINT, SIGTERM; the terminal's
 * echoed ^C is cleared with it).
 */
const CLEAR = '\r\x1b[K';
const EVERY_MS = 100;

export class Progress {
  private shown = false;
  private lastDraw = 0;
  private readonly onSignal = (signal: NodeJS.Signals) => {
    this.clear();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  private readonly onExit = () => this.clear();

  constructor(
    private readonly stream: NodeJS.WriteStream,
    readonly enabled: boolean,
  ) {
    if (!enabled) return;
    process.on('SIGINT', this.onSignal);
    process.on('SIGTERM', this.onSignal);
    process.on('exit', this.onExit);
  }

  /** Shows `text` (throttled unless `force`). */
  update(text: string, force = false): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (!force && this.shown && now - this.lastDraw < EVERY_MS) return;
    this.lastDraw = now;
    const width = Math.max(20, (this.stream.columns || 80) - 1);
    const chars = Array.from(text);
    const line = chars.length > width ? `${chars.slice(0, width - 1).join('')}…` : text;
    this.stream.write(CLEAR + line);
    this.shown = true;
  }

  /** Removes the line, so that what follows starts on a clean line. */
  clear(): void {
    if (!this.shown) return;
    this.stream.write(CLEAR);
    this.shown = false;
  }

  /** Clears the line and stops listening for signals. */
  close(): void {
    this.clear();
    if (!this.enabled) return;
    process.off('SIGINT', this.onSignal);
    process.off('SIGTERM', this.onSignal);
    process.off('exit', this.onExit);
  }
}
