/**
 * A pattern that must reach the end of the text, tried only where it can start. `exec` on such a pattern
 * tries every position of the text in turn; the positions `starts` finds are the only ones where it can
 * succeed, so trying them in order finds the same leftmost match, for a fraction of the work.
 */
export class EndAnchored {
  private readonly sticky: RegExp;
  private readonly starts: RegExp;
  private readonly required: RegExp | null;
  /** By character code, the ASCII characters no match holds. */
  private readonly breaks = new Uint8Array(128);

  /**
   * `source` ends in `$`; `starts` matches (empty or not) at every position where `source` can start;
   * `required`, when given, matches within every match of `source` (a word it cannot do without);
   * `breaks` are ASCII characters no match holds, so a match starts after the last of them.
   */
  constructor(source: string, starts: string, required?: string, breaks = '') {
    this.sticky = new RegExp(source, 'uy');
    this.starts = new RegExp(starts, 'gu');
    this.required = required ? new RegExp(required, 'u') : null;
    for (let i = 0; i < breaks.length; i++) this.breaks[breaks.charCodeAt(i)] = 1;
  }

  exec(text: string): RegExpExecArray | null {
    let from = text.length;
    while (from > 0 && !this.isBreak(text.charCodeAt(from - 1))) from--;
    if (this.required && !this.required.test(from ? text.slice(from) : text)) return null;
    this.starts.lastIndex = from;
    for (let s = this.starts.exec(text); s; s = this.starts.exec(text)) {
      this.sticky.lastIndex = s.index;
      const m = this.sticky.exec(text);
      if (m) return m;
      if (s[0] === '') this.starts.lastIndex++;
    }
    return null;
  }

  private isBreak(code: number): boolean {
    return code < 128 && this.breaks[code] === 1;
  }
}
