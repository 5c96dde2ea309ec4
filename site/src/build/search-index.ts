import {readFile} from 'node:fs/promises'
import * as pagefind from 'pagefind'
import {languages} from '../lib/languages'
import {writeVocabularies} from './search-vocabulary'

/**
 * Indexes a built site with Pagefind's Node API. Only pages that mark their content with
 * `data-pagefind-body` are indexed (question, report, job, hotline and organisation pages); lists
 * and the home page would only repeat them. It runs in its own process after Astro's has exited
 * (see `build-site.ts`), so the two never hold their memory at the same time.
 *
 * Pagefind makes one index per `<html lang>`, and a search page loads the index of its own
 * language. Every language of the build must get one: without it, Pagefind would quietly search
 * another language's. Each language also gets its vocabulary for spelling correction
 * (`search-vocabulary.ts`).
 */
export async function indexSite(site: string, log: (line: string) => void): Promise<void> {
  const started = performance.now()
  try {
    const {index, errors} = await pagefind.createIndex({})
    if (!index) throw new Error(errors.join('; '))
    const added = await index.addDirectory({path: site})
    if (added.errors.length) throw new Error(added.errors.join('; '))
    const written = await index.writeFiles({outputPath: `${site.replace(/\/$/, '')}/pagefind`})
    if (written.errors.length) throw new Error(written.errors.join('; '))
    const made = await checkLanguages(written.outputPath)
    for (const line of await writeVocabularies(site, written.outputPath, made)) log(line)
    log(`[pagefind] Indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms.`)
  } catch (cause) {
    throw new Error('Failed to run Pagefind.', {cause})
  } finally {
    await pagefind.close()
  }
}

/** Stops the build unless Pagefind wrote exactly one index per language of the build; returns them. */
async function checkLanguages(outputPath: string): Promise<string[]> {
  const entry = JSON.parse(await readFile(`${outputPath}/pagefind-entry.json`, 'utf8')) as {languages: Record<string, unknown>}
  const made = Object.keys(entry.languages)
  const wanted = languages().map(({id}) => id.toLowerCase())
  const missing = wanted.filter((id) => !made.includes(id))
  const extra = made.filter((id) => !wanted.includes(id))
  if (missing.length || extra.length) {
    throw new Error(
      [
        missing.length ? `Pagefind made no search index for ${missing.join(', ')}: no page in that language marks content for search (data-pagefind-body).` : '',
        extra.length ? `Pagefind made a search index for ${extra.join(', ')}, which is not a language of this build: a page has another <html lang>.` : '',
      ]
        .filter(Boolean)
        .join(' '),
    )
  }
  return made
}
