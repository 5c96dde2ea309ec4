import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {afterAll, describe, expect, inject, it} from 'vitest'
import {SITE_URL} from '../src/lib/site-url'
import {brokenLinks} from './support/links'

const site = inject('fixtureSite')
const temporary: string[] = []
afterAll(() => Promise.all(temporary.map((dir) => rm(dir, {recursive: true, force: true}))))

async function tinySite(pages: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'cast-links-'))
  temporary.push(dir)
  for (const [path, body] of Object.entries(pages)) {
    await mkdir(dirname(join(dir, path)), {recursive: true})
    await writeFile(join(dir, path), body)
  }
  return dir
}

describe('internal links', () => {
  it('finds no broken link on any built page, in any language', async () => {
    expect(await brokenLinks(site, SITE_URL)).toEqual([])
  })

  it('reports a missing page, a missing file and a missing fragment, and follows the site’s own absolute addresses', async () => {
    const dir = await tinySite({
      'index.html': `<a href="/about/">About</a> <a href="/about/#team">Team</a> <a href="/gone/">Gone</a>
        <img src="/media/missing.png" alt=""> <a href="https://www.castla.org/nowhere/">Nowhere</a>
        <a href="https://elsewhere.example/">Elsewhere</a> <a href="mailto:info@castla.org">Mail</a> <a href="#top">Top</a>`,
      'about/index.html': '<h1 id="about">About</h1>',
    })
    expect(await brokenLinks(dir, 'https://www.castla.org/')).toEqual([
      {page: 'index.html', href: '/about/#team', reason: 'about/index.html has no element with id "team"'},
      {page: 'index.html', href: '/gone/', reason: 'no file for /gone/'},
      {page: 'index.html', href: '/media/missing.png', reason: 'no file for /media/missing.png'},
      {page: 'index.html', href: 'https://www.castla.org/nowhere/', reason: 'no file for /nowhere/'},
      {page: 'index.html', href: '#top', reason: 'index.html has no element with id "top"'},
    ])
  })
})
