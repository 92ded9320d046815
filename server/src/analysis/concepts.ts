import { Concept } from './model';
import { Layout } from './layout';
import { Line } from './text';

/** Concepts the paper defines (the concepts-and-organisations work fills this in). */
export function findConcepts(_text: string, _lines: Line[], _layout: Layout): Concept[] {
  return [];
}
