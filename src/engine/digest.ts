/**
 * Canonical JSON and its SHA-256 digest, so an exported result can be checked for changes: the
 * same result always gives the same text (keys sorted, no spaces), whatever order its object keys
 * were built in. Uses Web Crypto (`crypto.subtle`), present in browsers and in Node 24.
 */

/**
 * JSON with object keys sorted by code unit at every level, no whitespace. `undefined` properties
 * are left out and non-finite numbers become null, as `JSON.stringify` does.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) return 'null';
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) {
    return `[${value.map((v) => (v === undefined || typeof v === 'function' ? 'null' : canonicalJson(v))).join(',')}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((k) => record[k] !== undefined && typeof record[k] !== 'function')
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`).join(',')}}`;
}

/** SHA-256 of a text's UTF-8 bytes, as lower-case hex. */
export async function sha256Hex(text: string): Promise<string> {
  const bytes = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The digest of a value's canonical JSON: what an exam stores beside an exported result. */
export function digest(value: unknown): Promise<string> {
  return sha256Hex(canonicalJson(value));
}
