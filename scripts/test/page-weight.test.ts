import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {pageWeight} from '../src/measure/page-weight'

let site: string
/** Stand-ins for font files: random bytes, as incompressible as a real woff2. */
const regular = Buffer.from(Array.from({length: 3000}, (_, index) => (index * 7919) % 251))
const bold = Buffer.from(Array.from({length: 2000}, (_, index) => (index * 104729) % 241))

beforeAll(async () => {
  site = await mkdtemp(join(tmpdir(), 'page-weight-'))
  await mkdir(join(site, '_astro'))
  await writeFile(join(site, '_astro', 'style.css'), 'body { color: black; }')
  await writeFile(join(site, '_astro', 'regular.woff2'), regular)
  await writeFile(join(site, '_astro', 'bold.woff2'), bold)
  await writeFile(join(site, '_astro', 'unused.woff2'), Buffer.alloc(50_000, 1))
  await writeFile(
    join(site, 'index.html'),
    [
      '<!doctype html><html><head>',
      '<link rel="preload" href="/_astro/regular.woff2" as="font" type="font/woff2" crossorigin>',
      '<link rel="preload" href="/_astro/bold.woff2" as="font" type="font/woff2" crossorigin>',
      '<link rel="stylesheet" href="/_astro/style.css">',
      '</head><body><p>Hello</p></body></html>',
    ].join('\n'),
  )
})
afterAll(async () => {
  await rm(site, {recursive: true, force: true})
})

describe('page weight', () => {
  it('counts the fonts a page preloads, as they travel (woff2 is already compressed), and no other font', async () => {
    const weight = await pageWeight(site, '/')
    expect(weight.fonts).toBe(regular.length + bold.length)
    expect(weight.total).toBe(weight.html + weight.css + weight.js + regular.length + bold.length)
  })
})
