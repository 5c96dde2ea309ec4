import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {gzipSync} from 'node:zlib'

export interface PageWeight {
  path: string
  /** Bytes after gzip, as a visitor downloads them. */
  html: number
  css: number
  js: number
  /** Fonts the page preloads, as stored: woff2 is compressed already, so servers send it as it is. */
  fonts: number
  total: number
  /** JavaScript before compression. */
  jsRaw: number
}

/**
 * The most a page may weigh, fonts included: 30 KB of HTML, CSS and JavaScript (gzip) and the two
 * weights of the site's typeface it preloads (34.7 KB of woff2).
 */
export const PAGE_BUDGET = 65_000

const gzipSize = (bytes: Buffer) => gzipSync(bytes, {level: 9}).length

/**
 * What loading a built page costs a visitor: its HTML, the stylesheets it links, the scripts it
 * loads and every module those import, gzip-compressed, and the fonts it preloads. Files fetched later, on use (Pagefind's
 * index when someone searches), are not part of the page's weight.
 */
export async function pageWeight(site: string, path: string): Promise<PageWeight> {
  const file = path.endsWith('/') ? `${path}index.html` : path
  const html = await readFile(join(site, file))
  const text = html.toString('utf8')
  const css = [...text.matchAll(/<link rel="stylesheet" href="(\/[^"]+)"/g)].map((match) => match[1]!)
  const fonts = [...text.matchAll(/<link\b[^>]*>/g)]
    .map(([tag]) => tag)
    .filter((tag) => /\brel="preload"/.test(tag) && /\bas="font"/.test(tag))
    .map((tag) => /\bhref="(\/[^"]+)"/.exec(tag)?.[1])
    .filter((href) => href !== undefined)
  const scripts = [...text.matchAll(/<script type="module" src="(\/[^"]+)"/g)].map((match) => match[1]!)
  const seen = new Set<string>()
  const queue = [...scripts]
  while (queue.length) {
    const script = queue.shift()!
    if (seen.has(script)) continue
    seen.add(script)
    const source = await readFile(join(site, script), 'utf8')
    for (const match of source.matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+|\/_astro\/[^"']+)["']/g)) {
      queue.push(new URL(match[1]!, `http://site${script}`).pathname)
    }
  }
  const read = (paths: Iterable<string>) => Promise.all([...paths].map((asset) => readFile(join(site, asset))))
  const [cssFiles, jsFiles, fontFiles] = await Promise.all([read(new Set(css)), read(seen), read(new Set(fonts))])
  const weight = {
    path,
    html: gzipSize(html),
    css: cssFiles.reduce((sum, bytes) => sum + gzipSize(bytes), 0),
    js: jsFiles.reduce((sum, bytes) => sum + gzipSize(bytes), 0),
    jsRaw: jsFiles.reduce((sum, bytes) => sum + bytes.length, 0),
    fonts: fontFiles.reduce((sum, bytes) => sum + bytes.length, 0),
  }
  return {...weight, total: weight.html + weight.css + weight.js + weight.fonts}
}
