/**
 * What the search box sends to Pagefind. Pagefind finds only pages that have every word of a
 * query, and matches a word's start, so a one-letter word (the “T” of “T-visa”, “I”) matches
 * almost any page, and the small words of a sentence (“how do I…”, “¿tengo que…?”) leave it no
 * page at all. This keeps the words that carry meaning.
 */

/**
 * The small words of a sentence in the page's language (the interface string `search.smallWords`,
 * separated by spaces), so the script carries no language's words of its own.
 */
export function smallWords(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter(Boolean))
}

/** The query's meaningful words, lower case, or the query as typed when none would be left. */
export function searchQuery(query: string, small: ReadonlySet<string>): string {
  const words = query
    .toLowerCase()
    .replace(/'/g, '’')
    .split(/\s+/)
    // Punctuation around a word (¿…?, “…”) is not part of it.
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}’]+$/gu, ''))
    // “T-visa”: a one-letter part of a hyphenated word goes with the other one-letter words.
    .flatMap((word) => (/^\p{L}-|-\p{L}$/u.test(word) ? word.split('-') : [word]))
    .filter((word) => word && !(word.length === 1 && /\p{L}/u.test(word)) && !small.has(word))
  return words.length ? words.join(' ') : query.trim()
}

/** The Pagefind metadata field that holds an FAQ's other words people use. */
export const TERMS_META = 'terms'

/**
 * An FAQ's other words people use, as the page gives them to Pagefind: without one-letter words,
 * which Pagefind's metadata search would match with any word that starts with that letter ("T visa"
 * would answer "tejedoras").
 */
export function indexedTerms(terms: readonly string[]): string[] {
  const none = new Set<string>()
  return terms.map((term) => searchQuery(term, none)).filter((term) => !/^\p{L}$/u.test(term))
}
