/** Stage: paragraphs, as the runs of text between line breaks. */
import type { Span } from '../doc/document.js';
import type { Stage } from '../pipeline/stage.js';

/** The non-blank lines of a text, trimmed of surrounding white space. */
export function findParagraphs(text: string): Span[] {
  const paragraphs: Span[] = [];
  const line = /[^\n]+/g;
  for (let m = line.exec(text); m; m = line.exec(text)) {
    let start = m.index;
    let end = start + m[0].length;
    while (start < end && /\s/.test(text[start] ?? '')) start++;
    while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
    if (end > start) paragraphs.push({ start, end });
  }
  return paragraphs;
}

/** Splits the text into paragraphs. */
export const paragraphsStage: Stage = {
  name: 'paragraphs',
  reads: [],
  writes: ['paragraphs'],
  run(doc) {
    doc.paragraphs = findParagraphs(doc.text);
  },
};
