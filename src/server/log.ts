/** The server's log of failures it cannot tell a client about: one line each, the frequent ones rate-limited. */

/** A log that writes the first message of each kind per interval and counts the rest, said with the next one. */
export function rateLimited(log: (message: string) => void, intervalMs = 10_000, now: () => number = Date.now): (kind: string, message: string) => void {
  const last = new Map<string, { at: number; dropped: number }>();
  return (kind, message) => {
    const seen = last.get(kind);
    const time = now();
    if (seen !== undefined && time - seen.at < intervalMs) {
      seen.dropped += 1;
      return;
    }
    const more = seen !== undefined && seen.dropped > 0 ? ` (and ${seen.dropped} more since the last one)` : '';
    last.set(kind, { at: time, dropped: 0 });
    log(`${message}${more}`);
  };
}
