/**
 * Publish-to-live latency: the time from a webhook's arrival at the rebuild service to the new
 * text being served, on the embedded dataset. Ten publishes, one after another, each changing
 * one FAQ question; reports the median and the worst.
 *
 *   pnpm bench:publish
 *
 * Writes docs/benchmarks/publish-latency.json and .md.
 */
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises'
import {cpus, platform, release, tmpdir, totalmem} from 'node:os'
import {join} from 'node:path'
import {copySeed, setQuestion} from '../test/support/dataset'
import {sendWebhook, settled, startService, waitForText} from '../test/support/service'

const RUNS = Number(process.argv[2] ?? 10)
const OUT = join(import.meta.dirname, '..', '..', 'docs', 'benchmarks')
const QUIET_MS = 1000

const work = await mkdtemp(join(tmpdir(), 'cast-bench-publish-'))
try {
  const contentFile = await copySeed(join(work, 'content'))
  console.error('Starting the rebuild service (it builds a first release)…')
  const service = await startService({CONTENT_FILE: contentFile, DATA_DIR: join(work, 'data'), QUIET_MS: String(QUIET_MS)})
  const latencies: number[] = []
  const builds: number[] = []
  try {
    for (let run = 1; run <= RUNS; run++) {
      const question = `What is Cast? (publish ${run} of ${RUNS}, ${Date.now()})`
      await setQuestion(contentFile, 'faq-what-is-cast', question)
      const started = performance.now()
      const response = await sendWebhook(service.url, {_id: 'faq-what-is-cast', _type: 'faq'})
      if (response.status !== 202) throw new Error(`The webhook was refused: ${response.status}`)
      await waitForText(`${service.url}/faq/what-is-cast/`, question.replace(/[<>&]/g, ''))
      latencies.push(performance.now() - started)
      builds.push((await settled(service.url)).builds[0]!.durationMs)
      console.error(`publish ${run}/${RUNS}: ${Math.round(latencies.at(-1)!)} ms`)
    }
  } finally {
    await service.stop()
  }
  const sorted = [...latencies].sort((a, b) => a - b)
  const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2
  const result = {
    date: new Date().toISOString(),
    machine: {platform: `${platform()} ${release()}`, cpus: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version},
    dataset: 'embedded (studio/seed/production.ndjson)',
    quietWindowMs: QUIET_MS,
    runs: RUNS,
    latencyMs: {median: Math.round(median), worst: Math.round(sorted.at(-1)!), best: Math.round(sorted[0]!), all: latencies.map(Math.round)},
    buildMs: {median: Math.round([...builds].sort((a, b) => a - b)[Math.floor(builds.length / 2)]!), all: builds},
  }
  await mkdir(OUT, {recursive: true})
  await writeFile(join(OUT, 'publish-latency.json'), JSON.stringify(result, null, 2) + '\n')
  await writeFile(
    join(OUT, 'publish-latency.md'),
    `# Publish to live\n\nTime from a signed webhook reaching the rebuild service to the changed text being served, ${RUNS} publishes one after another on the embedded dataset, with a ${QUIET_MS} ms quiet window.\n\nMachine: ${result.machine.cpus}, ${result.machine.memoryGiB} GiB, ${result.machine.platform}, Node ${result.machine.node}. Run: ${result.date.slice(0, 10)}.\n\n| | ms |\n| --- | ---: |\n| median | ${result.latencyMs.median} |\n| worst | ${result.latencyMs.worst} |\n| best | ${result.latencyMs.best} |\n| build alone (median) | ${result.buildMs.median} |\n\nOf each publish, the quiet window takes ${QUIET_MS} ms (waiting for more publishes to arrive), the site build most of the rest.\n`,
  )
  console.log(`publish-to-live: median ${result.latencyMs.median} ms, worst ${result.latencyMs.worst} ms over ${RUNS} publishes`)
} finally {
  await rm(work, {recursive: true, force: true})
}
