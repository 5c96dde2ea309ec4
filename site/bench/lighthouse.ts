/**
 * Lighthouse on every page type of the site built from the embedded dataset, with Lighthouse's
 * default mobile emulation and simulated slow-4G throttling. Reports all four scores and the lab
 * timings; the tests assert accessibility, best practices and SEO, this reports performance.
 *
 *   pnpm bench:lighthouse
 *
 * Writes docs/benchmarks/lighthouse.json and .md.
 */
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises'
import {cpus, platform, release, tmpdir, totalmem} from 'node:os'
import {join} from 'node:path'
import {buildSite} from '../test/support/build'
import {SITE_ROOT} from '../test/support/fixture'
import {runLighthouse} from '../test/support/lighthouse'
import {serveStatic} from '../test/support/serve'

const PAGE_TYPES = ['/', '/get-help/', '/faq/', '/faq/what-is-human-trafficking/', '/reports/', '/reports/sample-annual-report-2025/', '/careers/', '/careers/sample-case-manager/', '/search/', '/safety/', '/about/']
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo']
const OUT = join(SITE_ROOT, '..', 'docs', 'benchmarks')

const work = await mkdtemp(join(tmpdir(), 'cast-bench-lighthouse-'))
try {
  console.error('Building the site from the embedded dataset…')
  const dist = join(work, 'dist')
  const build = await buildSite(dist, {})
  if (!build.ok) throw new Error(`The build failed:\n${build.output}`)
  const server = await serveStatic(dist)
  try {
    console.error(`Running Lighthouse on ${PAGE_TYPES.length} pages…`)
    const results = await runLighthouse(PAGE_TYPES.map((path) => `${server.url}${path}`), CATEGORIES)
    const score = (result: (typeof results)[number], category: string) => Math.round((result.scores[category] ?? 0) * 100)
    const rows = results.map((result) => ({
      path: new URL(result.url).pathname,
      performance: score(result, 'performance'),
      accessibility: score(result, 'accessibility'),
      bestPractices: score(result, 'best-practices'),
      seo: score(result, 'seo'),
      fcpMs: Math.round(result.metrics['first-contentful-paint'] ?? NaN),
      lcpMs: Math.round(result.metrics['largest-contentful-paint'] ?? NaN),
      tbtMs: Math.round(result.metrics['total-blocking-time'] ?? NaN),
      cls: Number((result.metrics['cumulative-layout-shift'] ?? NaN).toFixed(3)),
    }))
    const machine = {platform: `${platform()} ${release()}`, cpus: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version}
    const table = [
      '| page | performance | accessibility | best practices | SEO | FCP (ms) | LCP (ms) | TBT (ms) | CLS |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...rows.map((row) => `| \`${row.path}\` | ${row.performance} | ${row.accessibility} | ${row.bestPractices} | ${row.seo} | ${row.fcpMs} | ${row.lcpMs} | ${row.tbtMs} | ${row.cls} |`),
    ].join('\n')
    await mkdir(OUT, {recursive: true})
    await writeFile(join(OUT, 'lighthouse.json'), JSON.stringify({date: new Date().toISOString(), machine, throttling: 'Lighthouse default: mobile, simulated slow 4G', rows}, null, 2) + '\n')
    await writeFile(
      join(OUT, 'lighthouse.md'),
      `# Lighthouse\n\nThe site built from the embedded dataset, served locally, Lighthouse with its default mobile emulation and simulated slow-4G throttling, offline, in Debian's Chromium.\n\nMachine: ${machine.cpus}, ${machine.memoryGiB} GiB, ${machine.platform}, Node ${machine.node}. Run: ${new Date().toISOString().slice(0, 10)}.\n\n${table}\n`,
    )
    console.log(table)
  } finally {
    await server.close()
  }
} finally {
  await rm(work, {recursive: true, force: true})
}
