/** Generic academic prose, written for the style matrix: sentences that carry a citation, and sentences that do not. */
import { Random } from './random';

const SUBJECTS = [
  'Field surveys of small catchments', 'Long instrumental records', 'Sediment cores from the lower terraces',
  'Repeated aerial photographs', 'Interviews with land managers', 'Laboratory flume experiments',
  'Regional inventories of wetlands', 'Simple water-balance models', 'Isotope measurements in shallow wells',
  'Archival maps of the river corridor', 'Seasonal transects across the marsh', 'Comparisons between neighbouring valleys',
  'Estimates based on rainfall alone', 'Measurements taken after the floods', 'Most of the earlier monitoring programmes',
];
const PREDICATES = [
  'suggest that the drainage network adjusts within a few decades', 'show a clear break in the record around the middle of the century',
  'point to grazing as the main driver of the change', 'have been read as evidence of a slow recovery',
  'underestimate the role of winter storms', 'agree on the direction of the trend but not on its size',
  'depend heavily on where the sampling sites were placed', 'rarely cover more than one hydrological year',
  'leave the question of timing open', 'are difficult to compare across climatic zones',
  'indicate that local practice matters more than policy', 'reveal large differences between wet and dry years',
  'have shaped how the problem is framed in planning documents', 'were long treated as the reference case',
  'remain the most direct way to observe the process',
];
const OPENERS = ['', '', '', 'In general, ', 'By contrast, ', 'At the same time, ', 'Taken together, ', 'As a rule, ', 'Even so, ', 'Not surprisingly, '];
const NARRATIVE_VERBS = [
  'argued that', 'showed that', 'found that', 'noted that', 'concluded that', 'questioned whether', 'reported that', 'proposed that',
];
const NARRATIVE_CLAIMS = [
  'the effect fades once vegetation returns', 'the older maps exaggerate the extent of open water',
  'sampling in spring biases the estimates upward', 'the same pattern holds in the northern valleys',
  'a single station cannot capture the variability', 'management plans rarely use the available data',
  'the decline began earlier than usually assumed', 'the method works only where the soils are deep',
];
const PLAIN = [
  'The study area lies in a region of low hills and broad, poorly drained valleys.',
  'We return to this point in the discussion.', 'The remaining uncertainty is mostly a matter of scale.',
  'Table 2 summarises the sites and the period each one covers.', 'Three questions guide the analysis that follows.',
  'None of these approaches is free of assumptions.', 'Our own data cover the years for which all stations report.',
  'This section sets out the main lines of argument.', 'The distinction matters for how results are reported.',
  'Several practical constraints shaped the sampling design.',
];
export const SECTION_TITLES = ['Introduction', 'Background', 'Study area and data', 'Methods', 'Results', 'Discussion', 'Conclusions'];
export const PAPER_TITLES = [
  'Slow water: a reassessment of drainage change in small upland catchments',
  'Counting what remains: wetland loss and its records',
  'Between flood and drought: field evidence from three valleys',
  'Reading the terraces: sediment, land use and memory',
];

/** A claim with no final stop, to which a citation or a note call can be attached. */
export function claim(rnd: Random): string {
  const opener = rnd.pick(OPENERS);
  const subject = rnd.pick(SUBJECTS);
  return opener + (opener ? subject[0].toLowerCase() + subject.slice(1) : subject) + ' ' + rnd.pick(PREDICATES);
}

/** The rest of a sentence whose subject is a narrative citation ("Smith (2019) ..."). */
export function narrativeRest(rnd: Random): string {
  return `${rnd.pick(NARRATIVE_VERBS)} ${rnd.pick(NARRATIVE_CLAIMS)}.`;
}

export function plainSentence(rnd: Random): string {
  return rnd.pick(PLAIN);
}
