import {describe, expect, inject, it} from 'vitest'
import {pageWeight} from 'scripts/measure/page-weight'

const site = inject('fixtureSite')

/** Every page type, with the most it may weigh (HTML + CSS + JS, gzip, and the preloaded fonts), images and PDFs aside. */
const BUDGETS: Array<[string, number]> = [
  ['/', 30_000],
  ['/get-help/', 30_000],
  ['/faq/', 30_000],
  ['/faq/what-is-human-trafficking/', 30_000],
  ['/reports/', 30_000],
  ['/reports/sample-annual-report-2025/', 30_000],
  ['/careers/', 30_000],
  ['/careers/future-position/', 30_000],
  ['/search/', 30_000],
  ['/safety/', 30_000],
  ['/about/', 30_000],
  ['/404.html', 30_000],
  ['/es/', 30_000],
  ['/es/get-help/', 30_000],
  ['/es/faq/', 30_000],
  ['/es/faq/que-es-la-trata-de-personas/', 30_000],
  ['/es/reports/', 30_000],
  ['/es/careers/', 30_000],
  ['/es/search/', 30_000],
  ['/es/safety/', 30_000],
  ['/es/404.html', 30_000],
]
/** The two weights of Atkinson Hyperlegible (Latin, woff2) every page preloads, counted since they came. */
const FONT_BYTES = 17_208 + 17_524
/** JavaScript a page other than /search/ may load, gzip. */
const JS_BUDGET = 3_000

describe('page weight budgets', () => {
  it.each(BUDGETS)('%s weighs at most %i bytes', async (path, budget) => {
    const weight = await pageWeight(site, path)
    expect(weight.total, JSON.stringify(weight)).toBeLessThanOrEqual(budget + FONT_BYTES)
    expect(weight.css, 'one stylesheet').toBeGreaterThan(0)
    if (path !== '/search/') expect(weight.js, JSON.stringify(weight)).toBeLessThanOrEqual(JS_BUDGET)
  })
})
