import { OtherPapers } from '../analysis';

/**
 * Hover texts already written, per view of the workspace from one paper. A text depends only on the
 * model and the view, and a view lasts until a paper changes, so a reader hovering the same citation,
 * organisation or term again gets a lookup.
 */
const written = new WeakMap<OtherPapers, WeakMap<object, string[]>>();

/** The text for `thing` (a model object; `variant` tells apart texts of one thing), written by `write` the first time. */
export function hoverText(others: OtherPapers, thing: object, variant: number, write: () => string): string {
  let byThing = written.get(others);
  if (!byThing) written.set(others, (byThing = new WeakMap()));
  let texts = byThing.get(thing);
  if (!texts) byThing.set(thing, (texts = []));
  return (texts[variant] ??= write());
}
