import {describe, expect, inject, it} from 'vitest'
import {PAGE_BUDGET, pageWeight} from 'scripts/measure/page-weight'
import {PAGE_FILES} from './support/page-types'

const site = inject('fixtureSite')

/** JavaScript a page other than /search/ may load, gzip. */
const JS_BUDGET = 3_000

describe('page weight budgets', () => {
  // Every page type, from its file: HTML + CSS + JS (gzip) and the preloaded fonts, images and PDFs aside.
  it.each(PAGE_FILES)(`%s weighs at most ${PAGE_BUDGET} bytes, fonts included`, async (path) => {
    const weight = await pageWeight(site, path)
    expect(weight.total, JSON.stringify(weight)).toBeLessThanOrEqual(PAGE_BUDGET)
    expect(weight.css, 'one stylesheet').toBeGreaterThan(0)
    if (path !== '/search/') expect(weight.js, JSON.stringify(weight)).toBeLessThanOrEqual(JS_BUDGET)
  })
})
