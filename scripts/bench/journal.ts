/**
 * The rebuild service's journal at length: a journal of 10,000 to 100,000 events (with a build
 * every 50 events, as a busy site would have) is written directly, then opened as the service
 * does at start-up. Measures the first open, which compacts the file, and the open after that,
 * each in a fresh process: time, heap kept and peak memory, and the file's size before and after.
 *
 *   pnpm bench:journal [events…]
 *
 * Writes docs/benchmarks/journal.json and .md.
 */
import {execFile} from 'node:child_process'
import {mkdir, mkdtemp, rm, stat, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {machineLine, thisMachine, writeReport} from '../src/measure/report'
import {promisify} from 'node:util'
import {Journal} from '../src/service/journal'

const BUILD_EVERY = 50
/** Events the last build did not cover yet. */
const PENDING = 40

interface Measurement {
  openMs: number
  /** Heap still in use after open, over the same process's heap before it (after a full GC each time). */
  heapKeptMiB: number
  /** Peak resident memory of the process, Journal.open included. */
  peakRssMiB: number
  bytesAfter: number
  pendingEvents: number
  buildsTotal: number
}

const run = promisify(execFile)
const mib = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10

/** Opens the journal in this process and prints what it cost; run in a child process. */
async function measure(file: string): Promise<Measurement> {
  const gc = (globalThis as {gc?: () => void}).gc
  if (!gc) throw new Error('Run the measurement with node --expose-gc.')
  gc()
  const heapBefore = process.memoryUsage().heapUsed
  const started = performance.now()
  const journal = await Journal.open(file)
  const openMs = performance.now() - started
  gc()
  const heapKept = process.memoryUsage().heapUsed - heapBefore
  const result = {
    openMs: Math.round(openMs),
    heapKeptMiB: mib(heapKept),
    peakRssMiB: mib(process.resourceUsage().maxRSS * 1024),
    bytesAfter: (await stat(file)).size,
    pendingEvents: journal.pending().length,
    buildsTotal: journal.buildsTotal,
  }
  await journal.close()
  return result
}

/** A journal as months of publishing leave it, written without the service. */
async function writeJournal(file: string, events: number): Promise<{bytes: number; builds: number}> {
  const start = Date.now() - 30 * 24 * 60 * 60_000
  const step = (30 * 24 * 60 * 60_000) / events
  const lines: string[] = []
  let builds = 0
  for (let seq = 1; seq <= events; seq++) {
    const receivedAt = new Date(start + seq * step).toISOString()
    const id = `faq-${seq % 500}`
    lines.push(JSON.stringify({kind: 'event', seq, key: `delivery-${seq}`, signature: `t=${start + seq * step},v1=${seq.toString(16).padStart(43, '0')}`, trigger: 'webhook', receivedAt, documentId: id, documentType: 'faq'}))
    if (seq % BUILD_EVERY === 0 && seq <= events - PENDING) {
      builds++
      const ok = builds % 10 !== 0
      const documents = Array.from({length: 10}, (_, index) => ({id: `faq-${(seq - index) % 500}`, type: 'faq'}))
      lines.push(
        JSON.stringify({
          kind: 'build',
          id: `build-${builds}`,
          trigger: 'webhook',
          coversSeq: seq,
          documents,
          startedAt: receivedAt,
          finishedAt: receivedAt,
          durationMs: 4000,
          result: ok ? 'ok' : 'failed',
          ...(ok ? {release: `build-${builds}`} : {error: 'Document faq-1 (faq) does not fit the site: answer: the answer is empty', logTail: ['[build] 1 error']}),
        }),
      )
    }
  }
  const text = `${lines.join('\n')}\n`
  await writeFile(file, text)
  return {bytes: Buffer.byteLength(text), builds}
}

async function child(file: string): Promise<Measurement> {
  const {stdout} = await run(process.execPath, ['--expose-gc', '--import', 'tsx', import.meta.filename, '--measure', file], {cwd: join(import.meta.dirname, '..')})
  return JSON.parse(stdout) as Measurement
}

if (process.argv[2] === '--measure') {
  console.log(JSON.stringify(await measure(process.argv[3]!)))
} else {
  const sizes = process.argv.slice(2).map(Number).filter((size) => size > 0)
  const work = await mkdtemp(join(tmpdir(), 'cast-bench-journal-'))
  try {
    const rows = []
    for (const events of sizes.length ? sizes : [10_000, 50_000, 100_000]) {
      const file = join(work, `${events}`, 'journal.ndjson')
      await mkdir(join(work, `${events}`), {recursive: true})
      const written = await writeJournal(file, events)
      const first = await child(file)
      const restart = await child(file)
      rows.push({events, builds: written.builds, bytesBefore: written.bytes, first, restart})
      console.error(`${events} events: first open ${first.openMs} ms, ${mib(written.bytes)} MiB → ${Math.round(first.bytesAfter / 1024)} KiB; restart ${restart.openMs} ms`)
    }
    const result = {
      date: new Date().toISOString(),
      machine: thisMachine(),
      journal: {buildEvery: BUILD_EVERY, pendingEvents: PENDING, failedBuilds: '1 in 10', spread: '30 days'},
      rows,
    }
    const table = [
      '| events | file before | first open (compacts) | heap kept | peak RSS | file after | restart open | heap kept | peak RSS |',
      '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...rows.map(
        ({events, bytesBefore, first, restart}) =>
          `| ${events.toLocaleString('en-US')} | ${mib(bytesBefore)} MiB | ${first.openMs} ms | ${first.heapKeptMiB} MiB | ${first.peakRssMiB} MiB | ${(first.bytesAfter / 1024).toFixed(1)} KiB | ${restart.openMs} ms | ${restart.heapKeptMiB} MiB | ${restart.peakRssMiB} MiB |`,
      ),
    ].join('\n')
    await writeReport(
      'journal',
      result,
      `# Journal at length\n\nA journal of N events, with a build every ${BUILD_EVERY} events (1 in 10 failed) and the last ${PENDING} events not built yet, written directly, then opened as the rebuild service does at start-up, each open in a fresh process. The first open finds the file past \`JOURNAL_COMPACT_BYTES\` (4 MiB) and compacts it: events already live and older than the replay window are dropped, the last 20 builds kept. The restart opens the compacted file.\n\n${machineLine(result.machine, result.date)}\n\n${table}\n\nHeap kept is what the journal holds after open (pending events, recent builds, replay keys); peak RSS is the whole process, Node and tsx included. The file is read a chunk at a time, so reading does not hold the file in memory; a service that compacts as it goes never sees a file much larger than the limit.\n`,
    )
    console.log(table)
  } finally {
    await rm(work, {recursive: true, force: true})
  }
}
