/** A Map or Set: both iterate their keys in insertion order. */
export interface InsertionOrdered<K> {
  readonly size: number;
  keys(): IterableIterator<K>;
  delete(key: K): boolean;
}

/**
 * Bounds a Map or Set kept in insertion order by dropping its oldest entries until at most `max`
 * remain; returns how many went, for the caller's drop counter. Every bounded cache of session,
 * agent or delivery state in Warden forgets this way, so memory stays flat under any key churn. A
 * caller that must act on the entry it evicts (retire a session, keep the current incident) walks
 * the keys itself.
 */
export function dropOldest<K>(entries: InsertionOrdered<K>, max: number): number {
  let dropped = 0;
  while (entries.size > max) {
    const oldest = entries.keys().next();
    if (oldest.done === true) break;
    entries.delete(oldest.value);
    dropped += 1;
  }
  return dropped;
}
