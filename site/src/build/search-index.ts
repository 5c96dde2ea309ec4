import * as pagefind from 'pagefind'

/**
 * Indexes a built site with Pagefind's Node API. Only pages that mark their content with
 * `data-pagefind-body` are indexed (question, report, job, hotline and organisation pages); lists
 * and the home page would only repeat them. It runs in its own process after Astro's has exited
 * (see `build-site.ts`), so the two never hold their memory at the same time.
 */
export async function indexSite(site: string, log: (line: string) => void): Promise<void> {
  const started = performance.now()
  try {
    const {index, errors} = await pagefind.createIndex({forceLanguage: 'en'})
    if (!index) throw new Error(errors.join('; '))
    const added = await index.addDirectory({path: site})
    if (added.errors.length) throw new Error(added.errors.join('; '))
    const written = await index.writeFiles({outputPath: `${site.replace(/\/$/, '')}/pagefind`})
    if (written.errors.length) throw new Error(written.errors.join('; '))
    log(`[pagefind] Indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms.`)
  } catch (cause) {
    throw new Error('Failed to run Pagefind.', {cause})
  } finally {
    await pagefind.close()
  }
}
