/**
 * How the platform's cost grows with its content. For each size (default 100, 1,000 and 10,000
 * documents): generates a dataset, builds the site from it, and reports build time and pages per
 * second, where the time goes (our content loading and page rendering, Astro's own work,
 * Pagefind), peak memory, output and index size, what a first search downloads and how fast
 * later searches answer in Chromium, in each language (`/search/`, `/es/search/`, each with
 * words of its own language), and each page type's weight. A bare Astro project renders
 * the same pages from precomputed HTML as a baseline, so our overhead shows as a ratio.
 *
 *   pnpm bench [size ...]
 *
 * Writes docs/benchmarks/sizes.json, sizes.md and sizes.svg.
 */
import {formatNdjson} from '@cast/schemas/dataset'
import {DEFAULT_LANGUAGE, LANGUAGE_IDS} from '@cast/schemas/routing/languages'
import {mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join, relative} from 'node:path'
import {machineLine, REPORTS_DIR, thisMachine} from '../src/measure/report'
import {PAGE_BUDGET, pageWeight, type PageWeight} from '../src/measure/page-weight'
import {generateDataset} from '../src/dataset/generate'
import {sizeChart} from './chart'
import {measureBuild} from './measure-build'
import {measureSearch, type SearchMeasurement} from './search-in-browser'

const ROOT = join(import.meta.dirname, '..', '..')
const SITE_DIR = join(ROOT, 'site')
const BASELINE_DIR = join(import.meta.dirname, 'baseline')
const OUT = REPORTS_DIR
const REPORT_ONLY = process.argv.includes('--report')
const SIZES = process.argv.slice(2).map(Number).filter((size) => size > 0)
if (!SIZES.length) SIZES.push(100, 1000, 10_000)

const SITE_PHASES = {
  syncStart: /\[content\] Syncing content/,
  syncEnd: /\[content\] Synced content/,
  routesStart: /generating static routes/,
  sitemap: /\[@astrojs\/sitemap\]/,
  pagefind: /\[pagefind\] Indexed/,
}
const BASELINE_PHASES = {routesStart: /generating static routes/, done: /\[build\] \d+ page\(s\) built/}

const PAGE_TYPES: Array<[string, string]> = [
  ['home', '/'],
  ['get help', '/get-help/'],
  ['FAQ list', '/faq/'],
  ['FAQ question', '/faq/question-0/'],
  ['reports list', '/reports/'],
  ['report', '/reports/report-0/'],
  ['careers', '/careers/'],
  ['job', '/careers/position-1/'],
  ['search', '/search/'],
  ['page', '/page-0/'],
  ['404', '/404.html'],
  ['home (es)', '/es/'],
  ['FAQ list (es)', '/es/faq/'],
  ['FAQ question (es)', '/es/faq/pregunta-0/'],
  ['search (es)', '/es/search/'],
]

/** A site path in `language`: the default language's pages have no language folder. */
const inLanguage = (path: string, language: string) => (language === DEFAULT_LANGUAGE ? path : `/${language}${path}`)

const progress = (size: number, step: string) => console.error(`[${size.toLocaleString('en-US')} documents] ${step}`)

async function folderBytes(dir: string): Promise<{bytes: number; files: number}> {
  let bytes = 0
  let files = 0
  for (const entry of await readdir(dir, {withFileTypes: true, recursive: true})) {
    if (!entry.isFile()) continue
    bytes += (await stat(join(entry.parentPath, entry.name))).size
    files++
  }
  return {bytes, files}
}

/** Words that occur in the answers in `language`, for searches that find something on that language's search page. */
function searchWords(documents: Array<Record<string, unknown>>, language: string, count: number): string[] {
  const words = new Set<string>()
  for (const doc of documents) {
    if (doc._type !== 'faq' || (doc.language ?? DEFAULT_LANGUAGE) !== language || words.size >= count) continue
    const text = (doc.answer as Array<{children?: Array<{text?: string}>}>).flatMap((block) => block.children ?? []).map((span) => span.text ?? '').join(' ')
    // Letters of any script: Spanish words keep their accents.
    const candidate = text.split(/[^\p{L}\p{N}]+/u).find((word) => word.length >= 7 && !words.has(word.toLowerCase()))
    if (candidate) words.add(candidate.toLowerCase())
  }
  return [...words]
}

const mib = (bytes: number) => bytes / 2 ** 20
const round = (value: number, digits = 0) => Number(value.toFixed(digits))

async function measureSize(size: number, work: string) {
  const dir = join(work, String(size))
  await mkdir(dir, {recursive: true})
  progress(size, 'generating the dataset')
  const documents = await generateDataset({size, seed: 1})
  const dataset = join(dir, 'dataset.ndjson')
  await writeFile(dataset, formatNdjson(documents))

  progress(size, 'building the site')
  const dist = join(dir, 'dist')
  let pages = 0
  const site = await measureBuild(
    {command: [process.execPath, '--import', 'tsx', join(SITE_DIR, 'src', 'build', 'build-cli.ts'), '--out', dist], cwd: SITE_DIR, env: {CONTENT_FILE: dataset}, phases: SITE_PHASES},
    (line) => {
      if (/[├└]─ \//.test(line) && ++pages % 2000 === 0) progress(size, `building the site: ${pages.toLocaleString('en-US')} pages`)
    },
  )
  if (!site.ok) throw new Error(`The site build failed at ${size} documents:\n${site.output.slice(-4000)}`)
  const pageCount = Number(/\[build\] (\d+) page\(s\) built/.exec(site.output)?.[1] ?? NaN)
  const pagefindMs = Number(/\[pagefind\] Indexed \d+ pages in (\d+) ms/.exec(site.output)?.[1] ?? NaN)
  const {syncStart = 0, syncEnd = 0, routesStart = 0, sitemap = site.wallMs} = site.marks
  // Our loader logs how long each collection took; collections load concurrently, so the
  // longest is our share of the content phase, and the rest of it is Astro's data store.
  const loaderMs = Math.max(0, ...[...site.output.matchAll(/\[cast-sanity-loader\] .* in (\d+) ms/g)].map((match) => Number(match[1])))

  progress(size, 'measuring the output')
  const distSize = await folderBytes(dist)
  const indexSize = await folderBytes(join(dist, 'pagefind'))
  const weights: Record<string, PageWeight> = {}
  for (const [name, path] of PAGE_TYPES) weights[name] = await pageWeight(dist, path)

  progress(size, 'building the bare Astro baseline')
  const htmlFiles = (await readdir(dist, {recursive: true, withFileTypes: true}))
    .filter((entry) => entry.isFile() && entry.name === 'index.html')
    .map((entry) => ({path: relative(dist, entry.parentPath), file: join(entry.parentPath, entry.name)}))
  const manifest = join(dir, 'baseline-pages.json')
  await writeFile(manifest, JSON.stringify(htmlFiles))
  const baseline = await measureBuild({
    command: [join(import.meta.dirname, '..', 'node_modules', '.bin', 'astro'), 'build', '--outDir', join(dir, 'baseline-dist')],
    cwd: BASELINE_DIR,
    env: {BASELINE_PAGES: manifest},
    phases: BASELINE_PHASES,
  })
  if (!baseline.ok) throw new Error(`The baseline build failed at ${size} documents:\n${baseline.output.slice(-4000)}`)

  progress(size, 'searching in Chromium')
  const searches: Record<string, SearchMeasurement> = {}
  for (const language of LANGUAGE_IDS) searches[language] = await measureSearch(dist, inLanguage('/search/', language), searchWords(documents, language, 21))
  await rm(join(dir, 'baseline-dist'), {recursive: true, force: true})

  const result = {
    documents: size,
    pages: pageCount,
    build: {
      wallSeconds: round(site.wallMs / 1000, 2),
      pagesPerSecond: round(pageCount / (site.wallMs / 1000)),
      peakRssMiB: round(mib(site.peakRssBytes)),
      peakRssMiBByProgram: Object.fromEntries(Object.entries(site.peakRssByProgram).filter(([, bytes]) => bytes > 2 ** 20).map(([name, bytes]) => [name, round(mib(bytes))])),
      startupMs: round(syncStart),
      contentLoadingMs: round(syncEnd - syncStart),
      ourLoadersMs: loaderMs,
      astroBundlingMs: round(routesStart - syncEnd),
      renderingMs: round(sitemap - routesStart),
      pagefindMs: pagefindMs,
    },
    baseline: {
      wallSeconds: round(baseline.wallMs / 1000, 2),
      peakRssMiB: round(mib(baseline.peakRssBytes)),
      renderingMs: round((baseline.marks.done ?? baseline.wallMs) - (baseline.marks.routesStart ?? 0)),
    },
    overhead: {
      total: round(site.wallMs / baseline.wallMs, 2),
      withoutIndex: round((site.wallMs - pagefindMs) / baseline.wallMs, 2),
    },
    output: {distMiB: round(mib(distSize.bytes), 1), files: distSize.files, indexMiB: round(mib(indexSize.bytes), 2), indexFiles: indexSize.files},
    search: Object.fromEntries(
      Object.entries(searches).map(([language, search]) => [
        language,
        {
          pageKB: round(search.pageBytes / 1000, 1),
          firstSearchKB: round(search.firstSearchBytes / 1000, 1),
          searchFilesKB: round(search.searchFilesBytes / 1000, 1),
          totalFirstSearchKB: round((search.pageBytes + search.firstSearchBytes) / 1000, 1),
          firstSearchMs: round(search.firstSearchMs),
          firstSearchKBByKind: Object.fromEntries(Object.entries(search.firstSearchBytesByKind).map(([kind, bytes]) => [kind, round(bytes / 1000, 1)])),
          laterSearchMedianMs: round(search.laterSearchMedianMs, 1),
        },
      ]),
    ),
    pageWeightsKB: Object.fromEntries(Object.entries(weights).map(([name, weight]) => [name, {total: round(weight.total / 1000, 1), html: round(weight.html / 1000, 1), css: round(weight.css / 1000, 1), js: round(weight.js / 1000, 1), fonts: round(weight.fonts / 1000, 1)}])),
  }
  await rm(dir, {recursive: true, force: true})
  return result
}

type SizeResult = Awaited<ReturnType<typeof measureSize>>
let results: SizeResult[] = []
let machine = thisMachine()
let date = new Date().toISOString()
if (REPORT_ONLY) {
  // Rewrites the report from the last measurements, without measuring again.
  ;({results, machine, date} = JSON.parse(await readFile(join(OUT, 'sizes.json'), 'utf8')) as {results: SizeResult[]; machine: typeof machine; date: string})
} else {
  const work = await mkdtemp(join(tmpdir(), 'cast-bench-sizes-'))
  try {
    for (const size of SIZES) {
      const result = await measureSize(size, work)
      results.push(result)
      progress(size, `done: ${result.build.wallSeconds} s, ${result.build.peakRssMiB} MiB, ${result.overhead.total}× the baseline`)
    }
  } finally {
    await rm(work, {recursive: true, force: true})
  }
}

await mkdir(OUT, {recursive: true})
await writeFile(join(OUT, 'sizes.json'), JSON.stringify({date, machine, results}, null, 2) + '\n')
await writeFile(join(OUT, 'sizes.svg'), sizeChart(results.map((r) => ({size: r.documents, buildSeconds: r.build.wallSeconds, baselineSeconds: r.baseline.wallSeconds, peakMiB: r.build.peakRssMiB}))))

const n = (value: number) => value.toLocaleString('en-US')

/** The budgets this platform is held to, checked against the figures, with whose cost each miss is. */
function budgets(all: SizeResult[]): string {
  const at10k = all.find((r) => r.documents === 10_000)
  const at50k = all.find((r) => r.documents === 50_000)
  if (!at10k) return ''
  const mark = (ok: boolean) => (ok ? 'met' : '**missed**')
  const node = at10k.build.peakRssMiBByProgram.MainThread ?? at10k.build.peakRssMiBByProgram.node ?? 0
  const pagefind = Object.entries(at10k.build.peakRssMiBByProgram).find(([name]) => name.startsWith('pagefind'))?.[1] ?? 0
  const weights = all.flatMap((r) => Object.entries(r.pageWeightsKB).map(([name, weight]) => ({name, documents: r.documents, ...weight})))
  const heaviest = weights.reduce((most, page) => (page.total > most.total ? page : most))
  const rows = [
    ['build plus index at 10,000 documents', 'within 30 s', `${at10k.build.wallSeconds} s`, mark(at10k.build.wallSeconds <= 30), `Astro's start-up, content phase and bundling take ${n(at10k.build.startupMs + at10k.build.contentLoadingMs + at10k.build.astroBundlingMs)} ms (our loaders ${n(at10k.build.ourLoadersMs)} ms of it), rendering ${n(at10k.build.renderingMs)} ms (ours and Astro's), Pagefind ${n(at10k.build.pagefindMs)} ms.`],
    ['peak memory at 10,000 documents, the whole process tree', 'within 2 GB', `${n(at10k.build.peakRssMiB)} MiB`, mark(at10k.build.peakRssMiB <= 2048), `Astro's process (our code included) peaks at ${n(node)} MiB; Pagefind's indexer peaks at ${n(pagefind)} MiB. The indexer runs in its own process after Astro's has exited, so the peak is the larger of the two (plus the small process that starts them), not their sum.`],
    ['overhead over bare Astro', 'under 1.3×', `${at10k.overhead.total}× (${at10k.overhead.withoutIndex}× without the index)`, mark(at10k.overhead.total < 1.3), `Without Pagefind, ${at10k.overhead.withoutIndex}×: our rendering takes ${n(at10k.build.renderingMs)} ms against the baseline's ${n(at10k.baseline.renderingMs)} ms, our loaders ${n(at10k.build.ourLoadersMs)} ms, and the rest is Astro's data store and bundling. Pagefind's indexing (${n(at10k.build.pagefindMs)} ms) is what the baseline, by design, does not do.`],
    ...Object.entries(at10k.search).flatMap(([language, search]) => {
      const kinds = search.firstSearchKBByKind
      const kb = (kind: string) => kinds[kind] ?? 0
      return [
        [
          `search files a first search downloads on ${inLanguage('/search/', language)} at 10,000 documents`,
          'at most 150 KB',
          `${search.searchFilesKB} KB`,
          mark(search.searchFilesKB <= 150),
          `Pagefind's: its runtime ${kb('runtime')} KB and ${language}'s metadata index ${kb('metadata')} KB (the same for every query), the word's index chunk ${kb('word index')} KB; ours: the result fragments the first batch shows, ${kb('result fragments')} KB. The page itself (${search.pageKB} KB) and the favicon the browser fetches meanwhile (${kb('other')} KB) are not counted.`,
        ],
        [`later searches on ${inLanguage('/search/', language)} at 10,000 documents, median`, 'under 50 ms', `${search.laterSearchMedianMs} ms`, mark(search.laterSearchMedianMs < 50), ''],
      ]
    }),
    [
      'every page type, HTML + CSS + JS gzip and the preloaded fonts, at every size',
      `at most ${PAGE_BUDGET / 1000} KB`,
      `${heaviest.total} KB at most`,
      mark(heaviest.total * 1000 <= PAGE_BUDGET),
      `The heaviest is the ${heaviest.name} page at ${n(heaviest.documents)} documents: HTML ${heaviest.html} KB, CSS ${heaviest.css} KB, JS ${heaviest.js} KB, and the fonts it preloads ${heaviest.fonts} KB (${heaviest.total} KB in all).`,
    ],
    ['50,000 documents', 'completes without running out of memory', at50k ? `${at50k.build.wallSeconds} s, ${n(at50k.build.peakRssMiB)} MiB` : 'not run', at50k ? 'met' : 'not measured', ''],
  ]
  return `## Budgets\n\n| budget | limit | figure | | whose cost |\n| --- | --- | --- | --- | --- |\n${rows.map((row) => `| ${row.join(' | ')} |`).join('\n')}\n`
}
const rows = (fn: (r: (typeof results)[number]) => string) => results.map((r) => `| ${n(r.documents)} | ${fn(r)} |`).join('\n')
type SearchResult = SizeResult['search'][string]
/** One row per size and search page, languages in the list's order. */
const bySearchPage = (fn: (r: SizeResult, search: SearchResult) => string) =>
  results
    .flatMap((r) => Object.entries(r.search).map(([language, search]) => `| ${n(r.documents)} | ${inLanguage('/search/', language)} | ${fn(r, search)} |`))
    .join('\n')
const SEARCH_KINDS = ['runtime', 'metadata', 'word index', 'filters', 'result fragments', 'other']
const markdown = `# Figures by dataset size

Synthetic datasets (\`pnpm --filter scripts generate\`): mostly FAQ entries of 100 to 400 words over 10 to 50 categories, with reports, job openings (a third closed), pages and a few drafts. Half the questions, topics and pages are Spanish (nine in ten grouped with an English original as translations, the rest Spanish only); one report in ten has a Spanish version; job openings are English only. Measured by \`pnpm bench\`; each language's search is measured on its own search page with words of that language.

${machineLine(machine, date)}

![Build time and peak memory by dataset size](sizes.svg)

${budgets(results)}

## Build

| documents | pages | build + index (s) | pages/s | peak RSS (MiB) | of which, per program | baseline (s) | overhead | without index |
| ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |
${results.map((r) => `| ${n(r.documents)} | ${n(r.pages)} | ${r.build.wallSeconds} | ${n(r.build.pagesPerSecond)} | ${n(r.build.peakRssMiB)} | ${Object.entries(r.build.peakRssMiBByProgram).map(([name, value]) => `${name} ${n(value)}`).join(', ')} | ${r.baseline.wallSeconds} | ${r.overhead.total}× | ${r.overhead.withoutIndex}× |`).join('\n')}

Peak RSS is the most the build's processes held in memory at one moment, sampled every 50 ms from /proc; per program, each program's own highest.

Where the time goes (ms): start-up; the content phase (our loaders read the dataset, run GROQ and check every document; Astro then stores the entries); Astro's type generation and bundling; page rendering (ours and Astro's, with report files); Pagefind. The baseline's rendering is Astro writing the same pages from precomputed HTML.

| documents | start-up | content phase | of which our loaders | Astro bundling | rendering | baseline rendering | Pagefind |
| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${rows((r) => `${n(r.build.startupMs)} | ${n(r.build.contentLoadingMs)} | ${n(r.build.ourLoadersMs)} | ${n(r.build.astroBundlingMs)} | ${n(r.build.renderingMs)} | ${n(r.baseline.renderingMs)} | ${n(r.build.pagefindMs)}`)}

## Output and search

| documents | dist (MiB) | files | index, all languages (MiB) | index files |
| ---: | ---: | ---: | ---: | ---: |
${rows((r) => `${r.output.distMiB} | ${n(r.output.files)} | ${r.output.indexMiB} | ${n(r.output.indexFiles)}`)}

| documents | search page | page (KB) | first search adds (KB) | of which search files (KB) | total for a first search (KB) | later searches, median (ms) |
| ---: | --- | ---: | ---: | ---: | ---: | ---: |
${bySearchPage((r, search) => `${search.pageKB} | ${search.firstSearchKB} | ${search.searchFilesKB} | ${search.totalFirstSearchKB} | ${search.laterSearchMedianMs}`)}

Bytes are as transferred with gzip. Later searches are timed in the page, from the query to the top five results' data.

What a first search downloads, by kind (KB): Pagefind's runtime (its script and WebAssembly) and its metadata index are the same for every query and grow only with the number of pages; the word index chunk depends on the word; result fragments are the first batch of results shown; other is what the browser fetched meanwhile that is not a search file (the favicon), outside the budget.

| documents | search page | ${SEARCH_KINDS.join(' | ')} |
| ---: | --- | ${SEARCH_KINDS.map(() => '---:').join(' | ')} |
${bySearchPage((r, search) => SEARCH_KINDS.map((kind) => String(search.firstSearchKBByKind[kind] ?? 0)).join(' | '))}

## Page weight (HTML + CSS + JS, gzip, KB)

| documents | ${PAGE_TYPES.map(([name]) => name).join(' | ')} |
| ---: | ${PAGE_TYPES.map(() => '---:').join(' | ')} |
${rows((r) => PAGE_TYPES.map(([name]) => String(r.pageWeightsKB[name]?.total)).join(' | '))}
`
await writeFile(join(OUT, 'sizes.md'), markdown)
console.log(markdown)
