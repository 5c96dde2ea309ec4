import {describe, expect, inject, it} from 'vitest'
import {PAGE_BUDGET, pageWeight} from 'scripts/measure/page-weight'

const site = inject('fixtureSite')

/** Every page type: each weighs at most `PAGE_BUDGET` (HTML + CSS + JS, gzip, and the preloaded fonts), images and PDFs aside. */
const PAGES = [
  '/',
  '/get-help/',
  '/faq/',
  '/faq/what-is-human-trafficking/',
  '/reports/',
  '/reports/sample-annual-report-2025/',
  '/careers/',
  '/careers/future-position/',
  '/search/',
  '/safety/',
  '/about/',
  '/404.html',
  '/es/',
  '/es/get-help/',
  '/es/faq/',
  '/es/faq/que-es-la-trata-de-personas/',
  '/es/reports/',
  '/es/careers/',
  '/es/search/',
  '/es/safety/',
  '/es/404.html',
]
/** JavaScript a page other than /search/ may load, gzip. */
const JS_BUDGET = 3_000

describe('page weight budgets', () => {
  it.each(PAGES)(`%s weighs at most ${PAGE_BUDGET} bytes, fonts included`, async (path) => {
    const weight = await pageWeight(site, path)
    expect(weight.total, JSON.stringify(weight)).toBeLessThanOrEqual(PAGE_BUDGET)
    expect(weight.css, 'one stylesheet').toBeGreaterThan(0)
    if (path !== '/search/') expect(weight.js, JSON.stringify(weight)).toBeLessThanOrEqual(JS_BUDGET)
  })
})
