import type {AstroIntegration} from 'astro'
import {fileURLToPath} from 'node:url'
import * as pagefind from 'pagefind'

/**
 * Indexes the built site with Pagefind's Node API once Astro has written it. Only pages that
 * mark their content with `data-pagefind-body` are indexed (question, report, job, hotline and
 * organisation pages); lists and the home page would only repeat them.
 */
export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'cast-pagefind',
    hooks: {
      'astro:build:done': async ({dir, logger}) => {
        const log = logger.fork('pagefind')
        const site = fileURLToPath(dir)
        const started = performance.now()
        try {
          const {index, errors} = await pagefind.createIndex({forceLanguage: 'en'})
          if (!index) throw new Error(errors.join('; '))
          const added = await index.addDirectory({path: site})
          if (added.errors.length) throw new Error(added.errors.join('; '))
          const written = await index.writeFiles({outputPath: `${site}pagefind`})
          if (written.errors.length) throw new Error(written.errors.join('; '))
          log.info(`Indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms.`)
        } catch (cause) {
          throw new Error('Failed to run Pagefind.', {cause})
        } finally {
          await pagefind.close()
        }
      },
    },
  }
}
