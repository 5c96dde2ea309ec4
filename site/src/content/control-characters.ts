/**
 * Characters no visitor should get from content: C0 controls other than tab, newline and carriage
 * return, DEL, C1 controls, and the bidi embeddings, overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069), which can make text read differently from what it says. The marks U+200E and
 * U+200F stay: Arabic and Hebrew text needs them.
 */
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g

/** The value with those characters removed from every string in it, at any depth. */
export function withoutControlCharacters<T>(value: T): T {
  if (typeof value === 'string') return value.replace(UNSAFE, '') as T
  if (Array.isArray(value)) return value.map(withoutControlCharacters) as T
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withoutControlCharacters(item)])) as T
  }
  return value
}
