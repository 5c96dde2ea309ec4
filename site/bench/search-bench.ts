/**
 * Search quality as visitors meet it: the site built from the embedded dataset, each query of
 * `search-queries.ts` typed into the real search box of its language's search page in Chromium,
 * the results read off the page. Reports hit@1, hit@3 and MRR (over the results shown) per group,
 * per half (tune, held-out) and overall, and lists the misses with what came first.
 *
 *   pnpm bench:search                 writes docs/benchmarks/search.json and .md
 *   pnpm bench:search --tune-only     prints the tune half's misses only, writes nothing
 *
 * `--tune-only` is what to read while choosing synonyms and weights: the held-out half stays unseen.
 */
import {parseArgs} from 'node:util'
import type {Page} from 'playwright-core'
import {launchBrowser} from 'scripts/measure/browser'
import {machineLine, thisMachine, writeReport} from 'scripts/measure/report'
import {withEmbeddedSite} from './embedded-site'
import {QUERIES, type QueryGroup} from './search-queries'
import {halves, rankOf, score, type Half, type QueryResult} from './search-scores'

const {values} = parseArgs({options: {'tune-only': {type: 'boolean', default: false}}})
const GROUPS: QueryGroup[] = ['exact', 'misspelled', 'synonym', 'sentence']
const HALVES: Half[] = ['tune', 'held-out']
const SEARCH_PAGES = {en: '/search/', es: '/es/search/'}

/** Types the query, waits for the status line, and reads the results once they stop changing. */
async function search(page: Page, query: string): Promise<{found: string[]; status: string}> {
  const box = page.getByRole('searchbox')
  const status = page.locator('[data-search-status]')
  await box.fill('')
  await page.waitForFunction(() => !document.querySelector('[data-search-status]')?.textContent)
  await box.fill(query)
  await page.waitForFunction(() => Boolean(document.querySelector('[data-search-status]')?.textContent), undefined, {timeout: 30_000})
  const read = async () => ({
    status: (await status.textContent()) ?? '',
    found: (await page.locator('[data-search-results] li > a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href))).map((href) => new URL(href).pathname),
  })
  // A search may be followed by another (a corrected query): read until two readings agree.
  let last = await read()
  for (;;) {
    await page.waitForTimeout(250)
    const next = await read()
    if (JSON.stringify(next) === JSON.stringify(last)) return next
    last = next
  }
}

const results = await withEmbeddedSite('search', async (url) => {
  const browser = await launchBrowser()
  try {
    const context = await browser.newContext()
    // Nothing leaves the machine: a request for another host fails the bench.
    await context.route(
      (address) => address.hostname !== '127.0.0.1',
      (route) => {
        throw new Error(`The search page asked for ${route.request().url()}: the site must not request other hosts.`)
      },
    )
    const page = await context.newPage()
    const out: QueryResult[] = []
    for (const [lang, path] of Object.entries(SEARCH_PAGES)) {
      await page.goto(`${url}${path}`)
      for (const query of halves(QUERIES).filter((item) => item.lang === lang)) {
        out.push({...query, ...(await search(page, query.query))})
      }
    }
    return out
  } finally {
    await browser.close()
  }
})

const line = (label: string, group: QueryResult[]) => {
  const {queries, hit1, hit3, mrr} = score(group)
  return `| ${label} | ${queries} | ${hit1.toFixed(2)} | ${hit3.toFixed(2)} | ${mrr.toFixed(2)} |`
}
const miss = (result: QueryResult) =>
  `- “${result.query}” (${result.lang}, ${result.group}, ${result.half}): ${rankOf(result) ? `answer at ${rankOf(result)}` : 'no answer shown'}; first: ${result.found.slice(0, 3).map((path) => `\`${path}\``).join(', ') || 'nothing'}; wanted ${result.answers.map((path) => `\`${path}\``).join(' or ')}`
const missed = (result: QueryResult) => rankOf(result) === 0 || rankOf(result) > 3

if (values['tune-only']) {
  const tune = results.filter((result) => result.half === 'tune')
  console.log(['| tune half | queries | hit@1 | hit@3 | MRR |', '| --- | ---: | ---: | ---: | ---: |', ...GROUPS.map((group) => line(group, tune.filter((result) => result.group === group))), line('all', tune)].join('\n'))
  console.log(tune.filter((result) => rankOf(result) !== 1).map(miss).join('\n'))
} else {
  const rows = [
    ...GROUPS.flatMap((group) => HALVES.map((half) => ({group, half, ...score(results.filter((result) => result.group === group && result.half === half))}))),
    ...GROUPS.map((group) => ({group, half: 'both', ...score(results.filter((result) => result.group === group))})),
    ...HALVES.map((half) => ({group: 'all', half, ...score(results.filter((result) => result.half === half))})),
    ...(['en', 'es'] as const).map((lang) => ({group: `all (${lang})`, half: 'both', ...score(results.filter((result) => result.lang === lang))})),
    {group: 'all', half: 'both', ...score(results)},
  ]
  const table = [
    '| group | half | queries | hit@1 | hit@3 | MRR |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
    ...rows.map((row) => `| ${row.group} | ${row.half} | ${row.queries} | ${row.hit1.toFixed(2)} | ${row.hit3.toFixed(2)} | ${row.mrr.toFixed(2)} |`),
  ].join('\n')
  const machine = thisMachine()
  const date = new Date().toISOString()
  const misses = results.filter(missed)
  await writeReport(
    'search',
    {date, machine, rows, queries: results.map(({query, lang, group, half, answers, found, status}) => ({query, lang, group, half, answers, found, rank: rankOf({found, answers}), status}))},
    `# Search quality

${QUERIES.length} queries as visitors type them (\`site/bench/search-queries.ts\`), each with the pages that answer it, typed into the search box of \`/search/\` or \`/es/search/\` of the site built from the embedded dataset, in Chromium. A hit is an answering page among the results shown; hit@3 counts the first three, MRR is the mean of 1 / the first answer's rank (0 when none is shown). Every other query of each group is held out: synonyms and weights were chosen looking at the tune half only.

${machineLine(machine, date)}

${table}

## Answers not in the first three

${misses.map(miss).join('\n') || 'None.'}
`,
  )
  console.log(table)
}
