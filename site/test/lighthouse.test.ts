import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest'
import {runLighthouse, type LighthouseScores} from 'scripts/measure/lighthouse'
import {serveDist, type ServedSite} from 'scripts/measure/serve-dist'
import {isNotFound, PAGE_TYPES} from './support/page-types'

/**
 * Lighthouse's accessibility, best-practice and SEO scores on every page type
 * (`support/page-types.ts`). Performance is a measurement, not a pass mark: the benchmark reports
 * it. The not-found pages are left out: served with status 404, they are rightly marked down by
 * Lighthouse's SEO category; axe checks them.
 */
const PAGES = PAGE_TYPES.filter((path) => !isNotFound(path))
const CATEGORIES = ['accessibility', 'best-practices', 'seo']

let server: ServedSite
let results: LighthouseScores[]

beforeAll(async () => {
  server = await serveDist(inject('fixtureSite'))
  results = await runLighthouse(PAGES.map((path) => `${server.url}${path}`), CATEGORIES)
}, 600_000)
afterAll(async () => {
  await server?.close()
})

describe('Lighthouse', () => {
  it.each(PAGES)('scores 100 for accessibility, best practices and SEO on %s', (path) => {
    const result = results.find((entry) => entry.url === `${server.url}${path}`)!
    for (const category of CATEGORIES) {
      expect(result.scores[category], `${category}: ${result.failing[category]!.join('; ')}`).toBe(1)
    }
  })
})
