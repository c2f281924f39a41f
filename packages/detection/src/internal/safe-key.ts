/**
 * Profiles are plain JSON objects keyed by values that come from telemetry (tool names, hosts,
 * addresses). A key such as `__proto__` or `constructor` would read or write Object.prototype
 * instead of an entry, so such keys get a suffix before they are used as map keys.
 */
export function safeKey(key: string): string {
  return Object.prototype.hasOwnProperty.call(Object.prototype, key) || key === '__proto__' ? `${key}#` : key;
}
