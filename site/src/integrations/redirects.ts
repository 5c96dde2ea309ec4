import type {AstroIntegration} from 'astro'
import {SLUG_PREFIXES} from '@cast/schemas/routing/reserved-paths'
import {existsSync} from 'node:fs'
import {writeFile} from 'node:fs/promises'
import {fileURLToPath} from 'node:url'
import {addressesQuery} from '../content/queries'
import {contentSource} from '../content/source'
import {redirectsFor, type AddressedDocument} from '../lib/redirects'

/**
 * Writes `_redirects`, the file Cloudflare Pages and Netlify read for redirects (the rebuild
 * service honours it too): each earlier web address of a document leads to its current one.
 * It reads the build's one content source, so the addresses are those the pages were built from.
 */
export function redirectsIntegration(): AstroIntegration {
  let root: URL
  return {
    name: 'cast-redirects',
    hooks: {
      'astro:config:done': ({config}) => {
        root = config.root
      },
      'astro:build:done': async ({dir, logger}) => {
        const source = await contentSource(fileURLToPath(root))
        const documents = await source.fetch<AddressedDocument[]>(addressesQuery, {types: Object.keys(SLUG_PREFIXES)})
        // A page, or a folder of the site's own (`/faq/topics/`): a redirect there would shadow or be shadowed.
        const built = (address: string) => existsSync(new URL(`.${address}`, dir))
        const {file, warnings} = redirectsFor(documents, built)
        for (const warning of warnings) logger.warn(warning)
        await writeFile(new URL('_redirects', dir), file)
      },
    },
  }
}
