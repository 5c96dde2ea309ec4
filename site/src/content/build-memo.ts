/**
 * What a build reads, it reads once: the content source, each collection in page order, each
 * report file's bytes. Content does not change during a build, and every page asks for the same
 * settings and footer. Each build runs in a process of its own, so nothing outlives it.
 *
 * Astro renders pages from a bundle of its own: in the same process as the content loaders, but
 * with its own copy of every module. The memo lives on globalThis, so that both find one.
 */
const MEMO: unique symbol = Symbol.for('cast.buildMemo')
const global = globalThis as typeof globalThis & {[MEMO]?: Map<string, Promise<unknown>>}

function memo(): Map<string, Promise<unknown>> {
  global[MEMO] ??= new Map()
  return global[MEMO]
}

/** The value read under `key` in this build; `read` runs only the first time. */
export function once<T>(key: string, read: () => Promise<T>): Promise<T> {
  const kept = memo().get(key) as Promise<T> | undefined
  if (kept) return kept
  const value = read()
  memo().set(key, value)
  return value
}

/** The value read under `key`, if something has read it in this build. */
export function alreadyRead<T>(key: string): Promise<T> | undefined {
  return memo().get(key) as Promise<T> | undefined
}
