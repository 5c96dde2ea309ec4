/**
 * Publish-to-live latency: the time from a webhook's arrival at the rebuild service to the new
 * text being served, on the embedded dataset. Ten publishes, one after another, each changing
 * one FAQ question; reports the median and the worst.
 *
 *   pnpm bench:publish
 *
 * Writes docs/benchmarks/publish-latency.json and .md.
 */
import {randomBytes} from 'node:crypto'
import {mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {machineLine, thisMachine, writeReport} from '../src/measure/report'
import {copySeed, setQuestion} from '../src/dataset/working-copy'
import {sendWebhook, settled, startService, waitForText} from '../src/service/driver'

const RUNS = Number(process.argv[2] ?? 10)
const QUIET_MS = 1000
// This run's own secret and token: the service lives only as long as the benchmark.
const SECRET = randomBytes(24).toString('hex')
const TOKEN = randomBytes(24).toString('hex')

const work = await mkdtemp(join(tmpdir(), 'cast-bench-publish-'))
try {
  const contentFile = await copySeed(join(work, 'content'))
  console.error('Starting the rebuild service (it builds a first release)…')
  const service = await startService({SANITY_WEBHOOK_SECRET: SECRET, REBUILD_TOKEN: TOKEN, CONTENT_FILE: contentFile, DATA_DIR: join(work, 'data'), QUIET_MS: String(QUIET_MS)})
  const latencies: number[] = []
  const builds: number[] = []
  try {
    for (let run = 1; run <= RUNS; run++) {
      const question = `What is Cast? (publish ${run} of ${RUNS}, ${Date.now()})`
      await setQuestion(contentFile, 'faq-what-is-cast', question)
      const started = performance.now()
      const response = await sendWebhook(service.url, {_id: 'faq-what-is-cast', _type: 'faq'}, {secret: SECRET})
      if (response.status !== 202) throw new Error(`The webhook was refused: ${response.status}`)
      await waitForText(`${service.url}/faq/what-is-cast/`, question.replace(/[<>&]/g, ''))
      latencies.push(performance.now() - started)
      builds.push((await settled(service.url, TOKEN)).builds[0]!.durationMs)
      console.error(`publish ${run}/${RUNS}: ${Math.round(latencies.at(-1)!)} ms`)
    }
  } finally {
    await service.stop()
  }
  const sorted = [...latencies].sort((a, b) => a - b)
  const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2
  const result = {
    date: new Date().toISOString(),
    machine: thisMachine(),
    dataset: 'embedded (studio/seed/production.ndjson)',
    quietWindowMs: QUIET_MS,
    runs: RUNS,
    latencyMs: {median: Math.round(median), worst: Math.round(sorted.at(-1)!), best: Math.round(sorted[0]!), all: latencies.map(Math.round)},
    buildMs: {median: Math.round([...builds].sort((a, b) => a - b)[Math.floor(builds.length / 2)]!), all: builds},
  }
  await writeReport(
    'publish-latency',
    result,
    `# Publish to live\n\nTime from a signed webhook reaching the rebuild service to the changed text being served, ${RUNS} publishes one after another on the embedded dataset, with a ${QUIET_MS} ms quiet window.\n\n${machineLine(result.machine, result.date)}\n\n| | ms |\n| --- | ---: |\n| median | ${result.latencyMs.median} |\n| worst | ${result.latencyMs.worst} |\n| best | ${result.latencyMs.best} |\n| build alone (median) | ${result.buildMs.median} |\n\nOf each publish, the quiet window takes ${QUIET_MS} ms (waiting for more publishes to arrive), the site build most of the rest.\n`,
  )
  console.log(`publish-to-live: median ${result.latencyMs.median} ms, worst ${result.latencyMs.worst} ms over ${RUNS} publishes`)
} finally {
  await rm(work, {recursive: true, force: true})
}
