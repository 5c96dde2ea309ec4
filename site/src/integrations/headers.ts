import type {AstroIntegration} from 'astro'
import {writeFile} from 'node:fs/promises'
import {SECURITY_HEADERS} from '../lib/csp'

/**
 * Writes `_headers`, the file Cloudflare Pages and Netlify read for response headers, with the
 * same Content-Security-Policy the pages carry in `<meta>`, plus the headers only HTTP can set.
 * Hashed assets under /_astro/ never change, so they may be cached for a year; HTML is revalidated.
 */
export function headersIntegration(): AstroIntegration {
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
        ]
        await writeFile(new URL('_headers', dir), lines.join('\n'))
      },
    },
  }
}
