import type {AstroIntegration} from 'astro'
import {rename, rmdir} from 'node:fs/promises'
import {languages} from '../lib/languages'

/**
 * Moves each other language's 404 page to `<lang>/404.html`, where hosts look for it: Cloudflare
 * Pages picks the nearest `404.html` above a missing address, and the rebuild service and
 * `_redirects` (Netlify) serve it for addresses under `/<lang>/`. Astro writes only the root
 * `404.astro` as `404.html`.
 */
export function notFoundIntegration(): AstroIntegration {
  return {
    name: 'cast-not-found',
    hooks: {
      'astro:build:done': async ({dir}) => {
        for (const {id} of languages().slice(1)) {
          await rename(new URL(`${id}/404/index.html`, dir), new URL(`${id}/404.html`, dir))
          await rmdir(new URL(`${id}/404/`, dir))
        }
      },
    },
  }
}
