/**
 * A pattern that must reach the end of the text, tried only where it can start. `exec` on such a pattern
 * tries every position of the text in turn; the positions `starts` finds are the only ones where it can
 * succeed, so trying them in order finds the same leftmost match, for a fraction of the work.
 */
export class EndAnchored {
  private readonly sticky: RegExp;
  private readonly starts: RegExp;
  private readonly required: RegExp | null;

  /**
   * `source` ends in `$`; `starts` matches (empty or not) at every position where `source` can start;
   * `required`, when given, matches in every text that `source` matches in (a word it cannot do without).
   */
  constructor(source: string, starts: string, required?: string) {
    this.sticky = new RegExp(source, 'uy');
    this.starts = new RegExp(starts, 'gu');
    this.required = required ? new RegExp(required, 'u') : null;
  }

  exec(text: string): RegExpExecArray | null {
    if (this.required && !this.required.test(text)) return null;
    this.starts.lastIndex = 0;
    for (let s = this.starts.exec(text); s; s = this.starts.exec(text)) {
      this.sticky.lastIndex = s.index;
      const m = this.sticky.exec(text);
      if (m) return m;
      if (s[0] === '') this.starts.lastIndex++;
    }
    return null;
  }
}
