/**
 * The response cache of a read-mostly server: whole replies to GET requests kept by URL, the least
 * recently used dropped first, bounded in bytes, and emptied whenever the store's data version moves
 * (a write through this server or a commit by another process). Every kept reply carries an ETag made
 * from its body, so a client that already has it gets 304 Not Modified.
 */
import { createHash } from 'node:crypto';
import type { Reply } from './http.js';

/** A reply as kept: its body as bytes, and its ETag. */
export interface KeptReply {
  status: number;
  type: string;
  body: Buffer;
  headers: Record<string, string>;
  etag: string;
}

/** The default size of the cache: 64 MB of replies. */
export const DEFAULT_CACHE_BYTES = 64 * 1024 * 1024;

// What a kept entry costs beyond its body (key, headers, map entry), roughly.
const ENTRY_OVERHEAD = 512;

/** True for a reply the cache made (it has an ETag), false for one it passed on (an error). */
export function isKept(reply: KeptReply | Reply): reply is KeptReply {
  return 'etag' in reply;
}

/** True when the `If-None-Match` header names this ETag (or is `*`). */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  return header.split(',').some((tag) => {
    const bare = tag.trim().replace(/^W\//, '');
    return bare === etag || bare === '*';
  });
}

/** Replies kept by key (a URL), for as long as the store's data version stays the same. */
export class ReplyCache {
  private readonly entries = new Map<string, KeptReply>();
  // Replies being made: a burst of the same request is answered by one run of its handler.
  private readonly pending = new Map<string, Promise<KeptReply | Reply>>();
  private version: string | null = null;
  private bytes = 0;

  /** `maxBytes` bounds the replies kept; one reply larger than an eighth of it is never kept. */
  constructor(readonly maxBytes: number = DEFAULT_CACHE_BYTES) {
    if (!Number.isFinite(maxBytes) || maxBytes <= 0) throw new Error(`ReplyCache: maxBytes must be a positive number, got ${maxBytes}`);
  }

  /** How many replies and bytes are kept. */
  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  /**
   * The reply for `key` at the store's data `version`: the kept one, else `make`'s, kept when it is a
   * 200. Everything kept is forgotten first when `version` is not the one it was made at.
   */
  async reply(key: string, version: string, make: () => Promise<Reply> | Reply): Promise<KeptReply | Reply> {
    const kept = this.get(key, version);
    if (kept !== undefined) return kept;
    const waiting = this.pending.get(key);
    if (waiting !== undefined) return waiting;
    const made = Promise.resolve()
      .then(make)
      .then((reply) => this.keep(key, version, reply))
      .finally(() => {
        if (this.pending.get(key) === made) this.pending.delete(key);
      });
    this.pending.set(key, made);
    return made;
  }

  /** The reply kept for `key` at `version`, if any: the way of a request answered from memory, without waiting. */
  get(key: string, version: string): KeptReply | undefined {
    if (version !== this.version) this.clear(version);
    const kept = this.entries.get(key);
    if (kept !== undefined) {
      // Most recently used last: the map's first entry is the one to drop.
      this.entries.delete(key);
      this.entries.set(key, kept);
    }
    return kept;
  }

  private clear(version: string): void {
    this.entries.clear();
    this.pending.clear();
    this.bytes = 0;
    this.version = version;
  }

  private keep(key: string, version: string, reply: Reply): KeptReply | Reply {
    if ((reply.status ?? 200) !== 200) return reply;
    const body = typeof reply.body === 'string' ? Buffer.from(reply.body, 'utf8') : reply.body;
    const etag = `"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`;
    const kept: KeptReply = { status: 200, type: reply.type, body, headers: { 'Cache-Control': 'no-cache', ...reply.headers, ETag: etag }, etag };
    const cost = body.length + key.length * 2 + ENTRY_OVERHEAD;
    // A reply made from what the store held before a change is served once, never kept.
    if (version !== this.version || cost > this.maxBytes / 8) return kept;
    this.entries.set(key, kept);
    this.bytes += cost;
    for (const [oldKey, old] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldKey);
      this.bytes -= old.body.length + oldKey.length * 2 + ENTRY_OVERHEAD;
    }
    return kept;
  }
}
