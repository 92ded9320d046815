/**
 * The mentions of a paper's organisations and concepts as one array of offsets: kept as span objects, the
 * mentions of a thousand papers on disk were a quarter of the workspace index's memory. They are read back
 * (as new spans) only when a feature asks for them.
 */
import { Span } from '../analysis';

/** An organisation or concept with its mentions left out and counted: they stand in the paper's packed offsets. */
export type Packed<T extends { mentions: Span[] }> = Omit<T, 'mentions'> & { mentionCount: number };

/** Each item without its mentions, whose start and end offsets are appended to `offsets` in item order. */
export function packMentions<T extends { mentions: Span[] }>(items: readonly T[], offsets: number[]): Packed<T>[] {
  return items.map(({ mentions, ...rest }) => {
    for (const m of mentions) offsets.push(m.start, m.end);
    return { ...rest, mentionCount: mentions.length };
  });
}

/**
 * The items again, their mentions read from `offsets` from pair number `from` on, in item order; `next` is the
 * pair after the last item's. Each read of `mentions` gives new spans: the paper keeps only the offsets.
 */
export function unpackMentions<T extends { mentions: Span[] }>(items: readonly Packed<T>[], offsets: Uint32Array, from: number): { items: T[]; next: number } {
  let pair = from;
  const unpacked = items.map(({ mentionCount, ...rest }) => {
    const item = new WithPackedMentions(rest, offsets, pair, mentionCount);
    pair += mentionCount;
    return item as unknown as T;
  });
  return { items: unpacked, next: pair };
}

/**
 * An item whose `mentions` are read from the packed offsets. The getter is the class's, one for all items: a
 * getter defined on each object made it a dictionary with a closure of its own, 0.9 KB an item (a third of the
 * index of a thousand papers).
 */
class WithPackedMentions {
  readonly #offsets: Uint32Array;
  readonly #from: number;
  readonly #to: number;

  constructor(fields: object, offsets: Uint32Array, fromPair: number, count: number) {
    Object.assign(this, fields);
    this.#offsets = offsets;
    this.#from = fromPair;
    this.#to = fromPair + count;
  }

  get mentions(): Span[] {
    const spans: Span[] = [];
    for (let p = this.#from; p < this.#to; p++) spans.push({ start: this.#offsets[2 * p], end: this.#offsets[2 * p + 1] });
    return spans;
  }

  /** As the item was, with its mentions. */
  toJSON(): object {
    return { ...this, mentions: this.mentions };
  }
}
