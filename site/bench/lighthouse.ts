/**
 * Lighthouse on every page type of the site built from the embedded dataset and served as the
 * rebuild service serves it, with Lighthouse's default mobile emulation and simulated slow-4G
 * throttling. Reports all four scores and the lab timings; the tests assert accessibility, best
 * practices and SEO, this reports performance.
 *
 *   pnpm bench:lighthouse
 *
 * Writes docs/benchmarks/lighthouse.json and .md.
 */
import {runLighthouse} from 'scripts/measure/lighthouse'
import {machineLine, thisMachine, writeReport} from 'scripts/measure/report'
import {DATASET_PAGE_TYPES} from '../test/support/page-types'
import {withEmbeddedSite} from './embedded-site'

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo']

await withEmbeddedSite('lighthouse', async (url) => {
  console.error(`Running Lighthouse on ${DATASET_PAGE_TYPES.length} pages…`)
  const results = await runLighthouse(DATASET_PAGE_TYPES.map((path) => `${url}${path}`), CATEGORIES)
  const score = (result: (typeof results)[number], category: string) => Math.round((result.scores[category] ?? 0) * 100)
  const rows = results.map((result) => ({
    path: result.url.slice(url.length),
    performance: score(result, 'performance'),
    accessibility: score(result, 'accessibility'),
    bestPractices: score(result, 'best-practices'),
    seo: score(result, 'seo'),
    fcpMs: Math.round(result.metrics['first-contentful-paint'] ?? NaN),
    lcpMs: Math.round(result.metrics['largest-contentful-paint'] ?? NaN),
    tbtMs: Math.round(result.metrics['total-blocking-time'] ?? NaN),
    cls: Number((result.metrics['cumulative-layout-shift'] ?? NaN).toFixed(3)),
  }))
  const machine = thisMachine()
  const date = new Date().toISOString()
  const table = [
    '| page | performance | accessibility | best practices | SEO | FCP (ms) | LCP (ms) | TBT (ms) | CLS |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((row) => `| \`${row.path}\` | ${row.performance} | ${row.accessibility} | ${row.bestPractices} | ${row.seo} | ${row.fcpMs} | ${row.lcpMs} | ${row.tbtMs} | ${row.cls} |`),
  ].join('\n')
  await writeReport(
    'lighthouse',
    {date, machine, throttling: 'Lighthouse default: mobile, simulated slow 4G', rows},
    `# Lighthouse\n\nThe site built from the embedded dataset, served locally as the rebuild service serves it (compressed, with its \`_headers\` rules), Lighthouse with its default mobile emulation and simulated slow-4G throttling, offline, in Debian's Chromium.\n\n${machineLine(machine, date)}\n\n${table}\n`,
  )
  console.log(table)
})
