import {mkdir} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {guardedContext, siteInBrowser} from './support/browser-pages'
import {PAGE_TYPES} from './support/page-types'
import {SITE_ROOT} from './support/fixture'

/** Written only on request, so an ordinary run leaves the repository as it was. */
const UPDATE = process.env.UPDATE_SCREENSHOTS === '1'
const FOLDER = join(SITE_ROOT, '..', 'docs', 'screenshots')
/** A phone and a laptop; each shot is the first screen and a bit, to keep the files small. */
const SIZES = [
  {width: 375, height: 812},
  {width: 1280, height: 900},
]
/** A page's file name: `/es/faq/` becomes `es-faq`, the home page `home`. */
const fileName = (path: string) => path.replace(/\?.*$/, '').replace(/^\/|\/$/g, '').replace(/\//g, '-') || 'home'

const served = siteInBrowser()

describe('screenshots', () => {
  it.each(SIZES)('draws every page type at $width px, into docs/screenshots/ when UPDATE_SCREENSHOTS=1', async (viewport) => {
    const {ctx, outside} = await guardedContext(served.browser, {viewport})
    const page = await ctx.newPage()
    if (UPDATE) await mkdir(FOLDER, {recursive: true})
    for (const path of PAGE_TYPES) {
      await page.goto(`${served.server.url}${path}`, {waitUntil: 'networkidle'})
      // The site's own typeface, served from the site, is what the page is drawn in.
      expect(await page.evaluate(async () => (await document.fonts.ready, document.fonts.check('700 16px "Atkinson Hyperlegible"'))), path).toBe(true)
      const shot = await page.screenshot({path: UPDATE ? join(FOLDER, `${fileName(path)}-${viewport.width}.png`) : undefined, clip: {x: 0, y: 0, ...viewport}})
      expect(shot.subarray(1, 4).toString(), path).toBe('PNG')
    }
    expect(outside).toEqual([])
    await ctx.close()
  })
})
