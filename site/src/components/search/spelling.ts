/**
 * Spelling correction from the site's own words. Pagefind finds nothing for "traficking" or
 * "labour"; the build writes each language's vocabulary (`search-vocabulary.ts`) and this
 * corrects a query's unknown words to the nearest, most frequent word the site uses.
 */

/** Where the build writes each language's vocabulary in the site: `<folder>/<language>.txt`. */
export const VOCABULARY_FOLDER = 'pagefind-vocabulary'

/** A word, as the vocabulary and the correction both cut text into words. */
export const WORD = /[\p{L}\p{M}]+/gu

/** Words this short are never corrected: one letter off turns them into any other word. */
const SHORTEST = 4

/** A vocabulary: its words, most frequent first, and the same words folded for comparison. */
export interface Vocabulary {
  locale: string
  words: string[]
  folded: string[]
  known: Set<string>
}

/** A word as the vocabulary keeps it: Unicode-composed, in lower case. */
export const normalWord = (word: string, locale: string) => word.normalize('NFC').toLocaleLowerCase(locale)

/** Without accents, so "trafico" meets "tráfico" (a keyboard without accents is common). */
const fold = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '')

/** Whether two queries differ only in case and accents ("trafico", "tráfico"). */
const sameLetters = (a: string, b: string, locale: string) => fold(normalWord(a, locale)) === fold(normalWord(b, locale))

/** Reads a vocabulary file: one word a line, most frequent first. */
export function readVocabulary(text: string, locale: string): Vocabulary {
  const words = text.split('\n').filter(Boolean)
  return {locale, words, folded: words.map(fold), known: new Set(words)}
}

/** Edits allowed by a word's length: one up to seven letters, two from eight. */
const allowedEdits = (length: number) => (length < SHORTEST ? 0 : length < 8 ? 1 : 2)

/**
 * Optimal string alignment distance (insertions, deletions, substitutions and swaps of
 * neighbours, the usual typing slips), giving up as soon as it must exceed `max`.
 */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  let before: number[] = []
  let previous = Array.from({length: b.length + 1}, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    let least = i
    for (let j = 1; j <= b.length; j++) {
      let cost = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) cost = Math.min(cost, before[j - 2]! + 1)
      row.push(cost)
      least = Math.min(least, cost)
    }
    if (least > max) return max + 1
    before = previous
    previous = row
  }
  return previous[b.length]!
}

/** The vocabulary's word nearest to `word` (ties go to the more frequent), or `word` itself. */
function correctWord(word: string, vocabulary: Vocabulary): string {
  const normal = normalWord(word, vocabulary.locale)
  const max = allowedEdits(normal.length)
  if (max === 0 || vocabulary.known.has(normal)) return word
  const folded = fold(normal)
  let best = word
  let bestDistance = max + 1
  vocabulary.folded.forEach((candidate, index) => {
    if (bestDistance === 0) return
    const edits = distance(folded, candidate, Math.min(max, bestDistance - 1))
    if (edits < bestDistance) {
      best = vocabulary.words[index]!
      bestDistance = edits
    }
  })
  return best
}

/** The query with each unknown word corrected; everything between words is kept as typed. */
export function correctQuery(query: string, vocabulary: Vocabulary): string {
  return query.replace(WORD, (word) => correctWord(word, vocabulary))
}

const vocabularies = new Map<string, Promise<Vocabulary>>()

/** The vocabulary at `url`, fetched once; a failed download is tried again by the next search. */
function vocabularyAt(url: string, locale: string): Promise<Vocabulary> {
  let loaded = vocabularies.get(url)
  if (!loaded) {
    loaded = fetch(url).then(async (response) => {
      if (!response.ok) throw new Error(`Search: the spelling vocabulary ${url} answered ${response.status}; the site build writes it after Pagefind's index, so rebuild the site.`)
      return readVocabulary(await response.text(), locale)
    })
    vocabularies.set(url, loaded)
    loaded.catch(() => vocabularies.delete(url))
  }
  return loaded
}

/**
 * The query with its misspellings corrected from the vocabulary at `url`, or else with the words
 * the site does not have left out, and what `search` finds for it, when that is more than the
 * query as typed found (as many, for a correction of accents alone, which is the same word);
 * otherwise the query as typed and its `results`.
 */
export async function corrected<Result>(
  query: string,
  results: Result[],
  url: string,
  locale: string,
  search: (query: string) => Promise<Result[]>,
): Promise<{results: Result[]; shown: string}> {
  const vocabulary = await vocabularyAt(url, locale)
  // Pagefind finds only pages with every word: in a query of several (“my boss took my
  // passport”), words the site never uses are left out, if correcting them finds nothing.
  const words = query.split(/\s+/)
  const known = words.filter((word) => (word.match(WORD) ?? []).every((part) => vocabulary.known.has(normalWord(part, locale))))
  for (const shown of new Set([correctQuery(query, vocabulary), known.length ? known.join(' ') : query])) {
    if (shown === query) continue
    const better = await search(shown)
    const enough = sameLetters(shown, query, locale) ? Math.max(results.length, 1) : results.length + 1
    if (better.length >= enough) return {results: better, shown}
  }
  return {results, shown: query}
}
