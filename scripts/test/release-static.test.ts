import {randomBytes} from 'node:crypto'
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {gzipSync} from 'node:zlib'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {serveDist, type ServedSite} from '../src/measure/serve-dist'

/**
 * The release static plugin on its own, over a plain folder, as the benchmarks use it: which files
 * are compressed on the fly, and that the folder's `_headers`, redirects and 404 page apply.
 */
const text = (word: string) => `${word} `.repeat(600)
/** Files as a build leaves them; binary ones are already compressed, or random, so incompressible. */
const FILES: Record<string, string | Buffer> = {
  'index.html': `<!doctype html><html><body>${text('home')}</body></html>`,
  'faq/index.html': `<!doctype html><html><body>${text('faq')}</body></html>`,
  '404.html': `<!doctype html><html><body>Page not found ${text('missing')}</body></html>`,
  'es/index.html': `<!doctype html><html lang="es"><body>${text('inicio')}</body></html>`,
  'es/404.html': `<!doctype html><html lang="es"><body>Página no encontrada</body></html>`,
  '_astro/site.css': `body{color:#111}${text('/* rule */')}`,
  '_astro/page.js': `console.log(1);${text('//')}`,
  'pagefind/pagefind-entry.json': JSON.stringify({words: text('entry')}),
  'sitemap-index.xml': `<?xml version="1.0"?><urlset>${text('<url/>')}</urlset>`,
  'logo.svg': `<svg xmlns="http://www.w3.org/2000/svg">${text('<g/>')}</svg>`,
  'pagefind/pagefind.en_0123abcd.pf_meta': gzipSync(randomBytes(4096)),
  'pagefind/index/en_0123abc.pf_index': gzipSync(randomBytes(4096)),
  'pagefind/fragment/en_0123abc.pf_fragment': gzipSync(randomBytes(4096)),
  'pagefind/wasm.en.pagefind': gzipSync(randomBytes(4096)),
  'media/engine.wasm': randomBytes(4096),
  'media/photo.webp': randomBytes(4096),
  'media/photo.jpg': randomBytes(4096),
  'favicon.ico': randomBytes(4096),
  'files/report.pdf': randomBytes(4096),
  _headers: '/*\n  X-Served-From: the folder\n  Cache-Control: public, max-age=0, must-revalidate\n/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n',
}
const COMPRESSED_ON_THE_FLY = ['/', '/faq/', '/_astro/site.css', '/_astro/page.js', '/pagefind/pagefind-entry.json', '/sitemap-index.xml', '/logo.svg']
const SENT_AS_THEY_ARE = ['/pagefind/pagefind.en_0123abcd.pf_meta', '/pagefind/index/en_0123abc.pf_index', '/pagefind/fragment/en_0123abc.pf_fragment', '/pagefind/wasm.en.pagefind', '/media/engine.wasm', '/media/photo.webp', '/media/photo.jpg', '/favicon.ico', '/files/report.pdf']

let work: string
let site: ServedSite
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'cast-release-static-'))
  for (const [path, content] of Object.entries(FILES)) {
    await mkdir(dirname(join(work, path)), {recursive: true})
    await writeFile(join(work, path), content)
  }
  site = await serveDist(work)
})
afterAll(async () => {
  await site?.close()
  await rm(work, {recursive: true, force: true})
})

describe('the release static plugin over a folder', () => {
  it.each(COMPRESSED_ON_THE_FLY)('compresses %s, which is text', async (path) => {
    const response = await fetch(`${site.url}${path}`, {headers: {'accept-encoding': 'gzip'}})
    expect(response.status).toBe(200)
    expect(response.headers.get('content-encoding')).toBe('gzip')
  })

  it.each(SENT_AS_THEY_ARE)('sends %s byte for byte, without compressing it again', async (path) => {
    const response = await fetch(`${site.url}${path}`, {headers: {'accept-encoding': 'gzip, br, zstd'}})
    expect(response.status).toBe(200)
    expect(response.headers.get('content-encoding')).toBeNull()
    expect(Buffer.from(await response.arrayBuffer()).equals(Buffer.from(FILES[path.slice(1)]!))).toBe(true)
  })

  it("applies the folder's _headers rules, a later rule overriding an earlier one", async () => {
    const page = await fetch(`${site.url}/faq/`)
    expect(page.headers.get('x-served-from')).toBe('the folder')
    expect(page.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate')
    const asset = await fetch(`${site.url}/_astro/site.css`)
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
  })

  it('redirects a folder without its slash and answers a missing path with the 404 page, never cached', async () => {
    const redirect = await fetch(`${site.url}/faq`, {redirect: 'manual'})
    expect(redirect.status).toBe(301)
    expect(redirect.headers.get('location')).toBe('/faq/')
    const missing = await fetch(`${site.url}/_astro/gone.js`)
    expect(missing.status).toBe(404)
    expect(missing.headers.get('cache-control')).toBe('no-store')
    expect(await missing.text()).toContain('Page not found')
  })

  it('answers a missing path under a language’s folder with that language’s 404 page', async () => {
    const missing = await fetch(`${site.url}/es/faq/no-existe/`)
    expect(missing.status).toBe(404)
    expect(await missing.text()).toContain('Página no encontrada')
    // A folder without its own 404 page, or a name that is not a language code, gets the site's.
    for (const path of ['/fr/missing/', '/esx/missing/', '/es']) {
      const other = await fetch(`${site.url}${path}missing`)
      expect(other.status, path).toBe(404)
      expect(await other.text(), path).toContain('Page not found')
    }
  })
})
