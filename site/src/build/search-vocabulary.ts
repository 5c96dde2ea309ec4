import {mkdir, readdir, readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {gunzipSync, gzipSync} from 'node:zlib'
import {TERMS_META} from '../components/search/query'
import {normalWord, VOCABULARY_FOLDER, WORD} from '../components/search/spelling'

/**
 * The most words a language's vocabulary keeps, most frequent first: it bounds the file at about
 * 10 bytes a word (≈35 KB gzipped) however many documents the site has.
 */
const MAX_WORDS = 10_000

/** Words shorter than this are never a correction (`spelling.ts` corrects words of four letters and up). */
const SHORTEST = 3

/** Pagefind's fragment files: gzipped JSON after this signature, named `<language>_<hash>.pf_fragment`. */
const FRAGMENT_SIGNATURE = 'pagefind_dcd'

/**
 * Writes each language's vocabulary from exactly the text Pagefind indexed (its fragments), so
 * a correction is always a word search can find. Returns a line per language for the build log.
 */
export async function writeVocabularies(site: string, pagefindFolder: string, languageIds: string[]): Promise<string[]> {
  const fragments = join(pagefindFolder, 'fragment')
  const counts = new Map<string, Map<string, number>>(languageIds.map((id) => [id, new Map()]))
  for (const name of await readdir(fragments)) {
    const language = name.slice(0, name.indexOf('_'))
    const words = counts.get(language)
    if (!words) throw new Error(`Search vocabulary: ${join(fragments, name)} is not named <language>_<hash>.pf_fragment for a language of this build (${languageIds.join(', ')}); has Pagefind's output format changed?`)
    for (const word of fragmentText(join(fragments, name), await readFile(join(fragments, name))).match(WORD) ?? []) {
      if (word.length < SHORTEST) continue
      const normal = normalWord(word, language)
      words.set(normal, (words.get(normal) ?? 0) + 1)
    }
  }
  const folder = join(site, VOCABULARY_FOLDER)
  await mkdir(folder, {recursive: true})
  const lines: string[] = []
  for (const [language, words] of counts) {
    const text = [...words]
      .sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : 1))
      .slice(0, MAX_WORDS)
      .map(([word]) => word)
      .join('\n')
    await writeFile(join(folder, `${language}.txt`), text)
    lines.push(`[pagefind] Vocabulary ${language}: ${Math.min(words.size, MAX_WORDS)} words, ${Buffer.byteLength(text)} bytes (${gzipSync(text).length} gzipped).`)
  }
  return lines
}

/** A fragment's indexed text: its title, content and an FAQ's other words people use. */
function fragmentText(file: string, bytes: Buffer): string {
  const text = gunzipSync(bytes).toString('utf8')
  if (!text.startsWith(FRAGMENT_SIGNATURE)) throw new Error(`Search vocabulary: ${file} does not start with Pagefind's "${FRAGMENT_SIGNATURE}"; has Pagefind's output format changed?`)
  const fragment = JSON.parse(text.slice(FRAGMENT_SIGNATURE.length)) as {content?: string; meta?: Record<string, string>}
  if (typeof fragment.content !== 'string') throw new Error(`Search vocabulary: ${file} has no "content" text; has Pagefind's output format changed?`)
  return `${fragment.meta?.title ?? ''} ${fragment.meta?.[TERMS_META] ?? ''} ${fragment.content}`
}
