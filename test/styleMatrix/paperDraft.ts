/** A generated paper with everything the gold needs, as offsets into its text (both variants share this shape). */

export type GoldKind = 'parenthetical' | 'narrative' | 'numeric' | 'footnote-marker';
export type GoldStatus = 'resolved' | 'ambiguous' | 'unresolved';

export interface DraftCitation {
  start: number;
  end: number;
  kind: GoldKind;
  status: GoldStatus;
  /** Reference entry ids, or note ids ("note-3") for a note call. */
  targets: string[];
  /** Every entry of a numeric range whose endpoint this is ("[3]–[5]"). */
  rangeTargets: string[];
  /** What a careful reader can tell was meant, for a deliberate error. */
  intended: string[];
  why?: string;
}

/** A citation inside a note ("Halvorsen, Rivers of Salt, 12.") and the bibliography entry it names. */
export interface NoteCitation {
  start: number;
  end: number;
  target: string;
}

export interface PaperDraft {
  name: string;
  style: string;
  locale: string;
  family: string;
  variant: 'plain' | 'pdf';
  text: string;
  entries: Array<{ id: string; start: number; key: string }>;
  notes: Array<{ id: string; number: number; start: number }>;
  citations: DraftCitation[];
  noteCitations: NoteCitation[];
}
