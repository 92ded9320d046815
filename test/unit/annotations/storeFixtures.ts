/** Annotations built the same way by a test and by the child processes it spawns. */
import { Annotation, createAnnotation } from '../../../server/src/protocol/annotations';

export const FIXTURE_TEXT = 'The charter of the organisation commits its members to mutual trust, equality and non-interference. '.repeat(20);

/** `count` annotations with ids and times that depend only on `series` and the index, so two processes build identical ones. */
export function fixtureAnnotations(series: number, count: number): Annotation[] {
  const annotations: Annotation[] = [];
  for (let i = 0; i < count; i++) {
    const start = (i * 7) % 1500;
    const annotation = createAnnotation(
      FIXTURE_TEXT,
      { start, end: start + 40 },
      { note: `Note ${series}/${i}: ${'a long remark about this passage '.repeat(3)}`, tags: [`series-${series}`, `n${i % 10}`] },
      new Date(Date.UTC(2024, 0, 1, 0, 0, i % 60)),
    );
    annotations.push({ ...annotation, id: `urn:uuid:00000000-0000-4000-8000-${series.toString(16).padStart(4, '0')}${i.toString(16).padStart(8, '0')}` });
  }
  return annotations;
}
