import { Organisation } from './model';
import { Layout } from './layout';
import { Line } from './text';

/** Organisations and their abbreviations (the concepts-and-organisations work fills this in). */
export function findOrganisations(_text: string, _lines: Line[], _layout: Layout): Organisation[] {
  return [];
}
