/** The peer for the speed ratio: compromise's quotation finder, in this process, one article at a time. */
import nlp from 'compromise';

/** How fast the peer went. */
export interface PeerResult {
  articles: number;
  seconds: number;
  quotes: number;
}

/** Runs `nlp(text).quotations()` over the texts until done or out of time. */
export function runCompromise(texts: readonly string[], budgetSeconds: number): PeerResult {
  const started = process.hrtime.bigint();
  const elapsed = (): number => Number(process.hrtime.bigint() - started) / 1e9;
  let articles = 0;
  let quotes = 0;
  for (const text of texts) {
    quotes += nlp(text).quotations().length;
    articles += 1;
    if (elapsed() > budgetSeconds) break;
  }
  return { articles, seconds: elapsed(), quotes };
}
