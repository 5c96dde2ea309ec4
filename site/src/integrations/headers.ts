import type {AstroIntegration} from 'astro'
import {studioOriginProblem} from '@cast/schemas/routing/studio-origin'
import {writeFile} from 'node:fs/promises'
import {SECURITY_HEADERS} from '../lib/csp'

/**
 * Writes `_headers`, the file Cloudflare Pages and Netlify read for response headers, with the
 * same Content-Security-Policy the pages carry in `<meta>`, plus the headers only HTTP can set.
 * Hashed assets under /_astro/ never change, so they may be cached for a year; HTML is revalidated.
 * `build.json` changes with every build and is revalidated on every read; with `STUDIO_ORIGIN`
 * set, the Studio (served from that origin) may read it, to show staff what is live.
 */
export function headersIntegration(): AstroIntegration {
  const studioOrigin = process.env.STUDIO_ORIGIN?.trim() || undefined
  const problem = studioOrigin && studioOriginProblem(studioOrigin)
  if (problem) throw new Error(`STUDIO_ORIGIN ${problem}; or unset it when no Studio reads this site's build.json.`)
  return {
    name: 'cast-headers',
    hooks: {
      'astro:build:done': async ({dir}) => {
        const security = Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`)
        const lines = [
          '/*',
          ...security,
          '  Cache-Control: public, max-age=0, must-revalidate',
          '',
          '/_astro/*',
          '  Cache-Control: public, max-age=31536000, immutable',
          '',
          '/build.json',
          '  Cache-Control: no-cache',
          ...(studioOrigin ? [`  Access-Control-Allow-Origin: ${studioOrigin}`, '  Vary: Origin'] : []),
          '',
        ]
        await writeFile(new URL('_headers', dir), lines.join('\n'))
      },
    },
  }
}
