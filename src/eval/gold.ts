/**
 * The gold standard as the scorer sees it, whatever file format it came from: one document per
 * (article, annotator), each with the attributions or quotations an annotator marked in it.
 */

/** A half-open range of UTF-16 offsets into the document's text: `[start, end)`. */
export type Range = readonly [number, number];

/** One annotated attribution or quotation. */
export interface GoldItem {
  /** The content (what was said or held), possibly in several pieces around its attribution. */
  content: Range[];
  /** Where the source is mentioned; null when the annotation has no located source. */
  source: Range[] | null;
  /** The source as written ("he", "the source"); empty when unknown. */
  sourceText: string;
  /** Where the cue is; null when the annotation gives no cue offsets. */
  cue: Range[] | null;
  /** The cue as written ("said", "according to", ":"); empty when unknown. */
  cueText: string;
  /** The speaker's full name, when the gold set resolves speakers. */
  reference: string | null;
  /** Whether the cue is an act of saying or writing (see speech-cue.ts), i.e. the item is a quotation. */
  speech: boolean;
}

/** One scored document: an article as seen by one annotator. */
export interface GoldDocument {
  /** The article's id. */
  id: string;
  /** Who annotated it, when the gold set says so (PolNeAR has some articles once per annotator). */
  annotator?: string;
  text: string;
  date?: string;
  /** The corpus's own partition (GUM's train, dev, test), when the line says it. */
  split?: string;
  items: GoldItem[];
}

/** Which file format a gold line was read as. */
export type GoldFormat = 'polnear' | 'quotes';
