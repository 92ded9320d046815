/** Rewrites a text piece by piece while keeping, for every source offset, where it went in the result. */
export class Rewriter {
  private out = '';
  private readonly map: number[] = [];

  constructor(private readonly source: string) {}

  copy(from: number, to: number): void {
    for (let i = from; i < to; i++) this.map[i] = this.out.length + (i - from);
    this.out += this.source.slice(from, to);
  }

  /** Source characters [from, to) become `text`; all of them map to its start. */
  replace(from: number, to: number, text: string): void {
    for (let i = from; i < to; i++) this.map[i] = this.out.length;
    this.out += text;
  }

  insert(text: string): void {
    this.out += text;
  }

  finish(): { text: string; at: (offset: number) => number } {
    this.map[this.source.length] = this.out.length;
    const map = this.map;
    return { text: this.out, at: (offset) => map[offset] };
  }
}
