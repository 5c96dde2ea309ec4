import {appendFile, cp, mkdir, mkdtemp, readFile, rm, stat, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import pino from 'pino'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {Journal} from '../src/service/journal'
import {diskFiles, type JournalFiles, type JournalHandle} from '../src/service/journal-files'
import {Publisher, type BuildFn} from '../src/service/publisher'
import {Releases} from '../src/service/releases'
import {copySeed, setQuestion} from '../src/dataset/working-copy'
import {REBUILD_TOKEN, sendWebhook, settled, startService, status, waitForText} from './support/service'

/**
 * The journal against what disks do: torn last lines, garbage in the middle, writes that fail or
 * fall short, and a file that grows without end. Faults come from a file layer that fails on cue,
 * and, over HTTP, from a real file-size limit (`ulimit -f`) on the service's process.
 */
let work: string

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'cast-journal-'))
})
afterAll(async () => {
  await rm(work, {recursive: true, force: true})
})

let counter = 0
async function freshFile(): Promise<string> {
  const dir = join(work, `unit-${++counter}`)
  await mkdir(dir, {recursive: true})
  return join(dir, 'journal.ndjson')
}

/** A logger whose lines the test can read. */
function capture() {
  const lines: Array<Record<string, unknown>> = []
  const logger = pino({level: 'info'}, {write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>)})
  return {logger, lines}
}

const HOUR = 60 * 60_000
const ago = (ms: number) => new Date(Date.now() - ms).toISOString()
const webhook = (index: number, receivedAt = new Date().toISOString()) => ({
  key: `delivery-${index}`,
  trigger: 'webhook' as const,
  receivedAt,
  documentId: `faq-${index % 7}`,
  documentType: 'faq',
})
const eventLine = (seq: number, receivedAt = ago(2 * HOUR)) => JSON.stringify({kind: 'event', seq, key: `k${seq}`, trigger: 'webhook', receivedAt, documentId: `faq-${seq}`})
const buildLine = (coversSeq: number, result: 'ok' | 'failed' = 'ok') =>
  JSON.stringify({kind: 'build', id: `b${coversSeq}`, trigger: 'webhook', coversSeq, documents: [], startedAt: ago(HOUR), finishedAt: ago(HOUR), durationMs: 1, result, ...(result === 'ok' ? {release: `b${coversSeq}`} : {error: 'x'})})

/** Every line of the file, parsed; throws on a line that is not JSON. */
async function records(file: string): Promise<Array<Record<string, unknown>>> {
  const text = await readFile(file, 'utf8')
  expect(text.endsWith('\n')).toBe(true)
  return text.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>)
}

function errno(code: string, message: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${message}`), {code})
}

/** The real disk, with one operation replaced while `fault` says so. */
function faultyFiles(fault: {write?: (handle: JournalHandle, buffer: Buffer, path: string) => Promise<number>; truncate?: () => Promise<void>; datasync?: () => Promise<void>}): JournalFiles {
  return {
    ...diskFiles,
    async open(path, flags) {
      const handle = await diskFiles.open(path, flags)
      return {
        ...handle,
        write: (buffer) => (fault.write ? fault.write(handle, buffer, path) : handle.write(buffer)),
        truncate: (length) => (fault.truncate ? fault.truncate() : handle.truncate(length)),
        datasync: () => (fault.datasync ? fault.datasync() : handle.datasync()),
      }
    },
  }
}

describe('a torn last line', () => {
  it('is cut off on open and logged, so the next event is a line of its own', async () => {
    const file = await freshFile()
    const first = eventLine(1)
    const fragment = '{"kind":"event","seq":2,"key":"k2","trig'
    await writeFile(file, `${first}\n${fragment}`)
    const {logger, lines} = capture()
    const journal = await Journal.open(file, {logger})
    expect(await readFile(file, 'utf8')).toBe(`${first}\n`)
    expect(lines).toContainEqual(expect.objectContaining({level: 40, event: 'journal-repaired', cutBytes: fragment.length}))
    expect((await journal.accept(webhook(2)))?.seq).toBe(2)
    await journal.close()
    expect((await records(file)).map((record) => record.seq)).toEqual([1, 2])
  })

  it('is cut off when it ends with a newline but is not JSON', async () => {
    const file = await freshFile()
    const good = `${eventLine(1)}\n${eventLine(2)}\n`
    await writeFile(file, `${good}{"kind":"ev\u0000\u0000\n`)
    const journal = await Journal.open(file, {logger: capture().logger})
    expect(await readFile(file, 'utf8')).toBe(good)
    expect(journal.health().damagedLines).toEqual([])
    await journal.close()
  })
})

describe('garbage in the middle', () => {
  it('keeps every good record, names the bad lines, and rewrites the file clean', async () => {
    const file = await freshFile()
    await writeFile(file, [eventLine(1), buildLine(1), 'garbage \u0000\u0001', eventLine(2), '{"kind":"event"', eventLine(3), ''].join('\n'))
    const {logger, lines} = capture()
    const journal = await Journal.open(file, {logger})
    expect(journal.health()).toMatchObject({damagedLines: [3, 5]})
    expect(journal.pending().map((event) => event.seq)).toEqual([2, 3])
    expect(journal.lastSeq).toBe(3)
    expect(lines).toContainEqual(expect.objectContaining({level: 50, event: 'journal-damaged', lines: [3, 5]}))
    // The rewritten file is all JSON and holds what is still needed.
    const after = await records(file)
    expect(after.filter((record) => record.kind === 'event').map((record) => record.seq)).toEqual([2, 3])
    await journal.close()
  })
})

describe('a write that fails', () => {
  it('rejects on ENOSPC, names the cause, and leaves the file as it was', async () => {
    const file = await freshFile()
    let full = false
    const journal = await Journal.open(file, {
      logger: capture().logger,
      files: faultyFiles({write: (handle, buffer) => (full ? Promise.reject(errno('ENOSPC', 'no space left on device, write')) : handle.write(buffer))}),
    })
    await journal.accept(webhook(1))
    const before = await readFile(file, 'utf8')
    full = true
    await expect(journal.accept(webhook(2))).rejects.toThrow(/ENOSPC: no space left on device/)
    expect(await readFile(file, 'utf8')).toBe(before)
    expect(journal.pending().map((event) => event.key)).toEqual(['delivery-1'])
    full = false
    // Sanity's retry of the same delivery is accepted: the failed write recorded nothing.
    expect((await journal.accept(webhook(2)))?.seq).toBe(2)
    await journal.close()
    expect((await records(file)).map((record) => record.key)).toEqual(['delivery-1', 'delivery-2'])
  })

  it('detects a short write and puts the file back to its last good length', async () => {
    const file = await freshFile()
    let short = false
    const journal = await Journal.open(file, {
      logger: capture().logger,
      files: faultyFiles({write: (handle, buffer) => (short ? handle.write(buffer.subarray(0, 10)) : handle.write(buffer))}),
    })
    await journal.accept(webhook(1))
    const before = await readFile(file, 'utf8')
    short = true
    await expect(journal.accept(webhook(2))).rejects.toThrow(/short write: 10 of \d+ bytes/)
    expect(await readFile(file, 'utf8')).toBe(before)
    short = false
    expect((await journal.accept(webhook(3)))?.seq).toBe(2)
    await journal.close()
    expect((await records(file)).map((record) => record.key)).toEqual(['delivery-1', 'delivery-3'])
  })

  it('rejects when the data cannot be made durable (EIO on fdatasync), and takes the line back', async () => {
    const file = await freshFile()
    let failing = false
    const journal = await Journal.open(file, {
      logger: capture().logger,
      files: faultyFiles({datasync: () => (failing ? Promise.reject(errno('EIO', 'i/o error, fdatasync')) : Promise.resolve())}),
    })
    await journal.accept(webhook(1))
    failing = true
    await expect(journal.accept(webhook(2))).rejects.toThrow(/EIO: i\/o error/)
    failing = false
    await journal.close()
    expect((await records(file)).map((record) => record.key)).toEqual(['delivery-1'])
  })

  it('refuses every later write when the file cannot be put back, and says so', async () => {
    const file = await freshFile()
    let broken = false
    const {logger, lines} = capture()
    const journal = await Journal.open(file, {
      logger,
      files: faultyFiles({
        write: (handle, buffer) => (broken ? handle.write(buffer.subarray(0, 5)) : handle.write(buffer)),
        truncate: () => (broken ? Promise.reject(errno('EIO', 'i/o error, ftruncate')) : Promise.resolve()),
      }),
    })
    await journal.accept(webhook(1))
    broken = true
    await expect(journal.accept(webhook(2))).rejects.toThrow(/short write/)
    broken = false
    await expect(journal.accept(webhook(3))).rejects.toThrow(/refuses writes.*EIO: i\/o error, ftruncate.*restart/)
    expect(journal.health().refusingWrites).toMatch(/EIO/)
    expect(lines).toContainEqual(expect.objectContaining({level: 50, event: 'journal-refusing-writes'}))
    await journal.close()
    // On open, the fragment the failed write left is cut off.
    const reopened = await Journal.open(file, {logger: capture().logger})
    expect(reopened.lastSeq).toBe(1)
    await reopened.close()
    expect((await records(file)).map((record) => record.key)).toEqual(['delivery-1'])
  })
})

describe('a disk that fails at start-up', () => {
  it('rewrites the file when the torn last line cannot be cut off, and goes on taking events', async () => {
    const file = await freshFile()
    await writeFile(file, `${eventLine(1)}\n{"kind":"ev`)
    const journal = await Journal.open(file, {
      logger: capture().logger,
      files: faultyFiles({truncate: () => Promise.reject(errno('EIO', 'i/o error, ftruncate'))}),
    })
    expect(journal.health()).toMatchObject({refusingWrites: null, compactions: 1})
    expect((await journal.accept(webhook(2)))?.seq).toBe(2)
    await journal.close()
    expect((await records(file)).filter((record) => record.kind === 'event').map((record) => record.seq)).toEqual([1, 2])
  })

  it('opens, but refuses writes, when neither cutting nor rewriting works', async () => {
    const file = await freshFile()
    await writeFile(file, `${eventLine(1)}\n{"kind":"ev`)
    const {logger, lines} = capture()
    const journal = await Journal.open(file, {
      logger,
      files: faultyFiles({
        truncate: () => Promise.reject(errno('EIO', 'i/o error, ftruncate')),
        write: () => Promise.reject(errno('ENOSPC', 'no space left on device, write')),
      }),
    })
    expect(journal.pending().map((event) => event.seq)).toEqual([1])
    await expect(journal.accept(webhook(2))).rejects.toThrow(/refuses writes.*torn last record could not be cut off/)
    expect(lines).toContainEqual(expect.objectContaining({level: 50, event: 'journal-refusing-writes'}))
    await journal.close()
  })
})

describe('the publisher on a failing disk', () => {
  it('logs a build or a scheduled rebuild it cannot record, and does not crash', async () => {
    const dir = join(work, 'publisher-disk')
    let full = false
    const journal = await Journal.open(join(dir, 'journal.ndjson'), {
      files: faultyFiles({write: (handle, buffer) => (full ? Promise.reject(errno('ENOSPC', 'no space left on device, write')) : handle.write(buffer))}),
    })
    let nextChangeAt: string | null = null
    const build: BuildFn = async (outDir) => {
      await mkdir(outDir, {recursive: true})
      await writeFile(join(outDir, 'build.json'), JSON.stringify({nextChangeAt}))
      return {ok: true, logTail: []}
    }
    const {logger, lines} = capture()
    const publisher = new Publisher({QUIET_MS: 0, MAX_DELAY_MS: 1000, KEEP_RELEASES: 2}, journal, new Releases(dir), build, logger)
    await publisher.start()
    await publisher.accept(webhook(1))
    // The disk fills while the build runs: its record cannot be written.
    full = true
    nextChangeAt = new Date(Date.now() + 300).toISOString()
    await expect.poll(() => lines.find((line) => line.event === 'build-unrecorded'), {timeout: 5000}).toMatchObject({level: 50, error: expect.stringMatching(/ENOSPC/)})
    expect((await publisher.status()).building).toBeNull()
    expect(journal.pending()).toEqual([])
    // The release it made says the content changes by itself soon; that rebuild cannot be recorded either.
    await expect.poll(() => lines.find((line) => line.event === 'scheduled-rebuild-unrecorded'), {timeout: 5000}).toMatchObject({level: 50})
    await publisher.stop()
    await journal.close()
  })
})

describe('duplicates', () => {
  it('treats a repeated signature like a repeated idempotency key, also after a restart', async () => {
    const file = await freshFile()
    const journal = await Journal.open(file)
    const signature = `t=${Date.now()},v1=abc`
    expect(await journal.accept({...webhook(1), key: null, signature})).not.toBeNull()
    expect(await journal.accept({...webhook(2), key: null, signature})).toBeNull()
    expect(await journal.accept({...webhook(3), key: null, signature: `${signature}d`})).not.toBeNull()
    await journal.close()
    const reopened = await Journal.open(file)
    expect(await reopened.accept({...webhook(4), key: null, signature})).toBeNull()
    expect(reopened.lastSeq).toBe(2)
    await reopened.close()
  })
})

describe('compaction', () => {
  it('keeps the file under its limit while events and builds go on, without losing what is needed', async () => {
    const file = await freshFile()
    const limit = 16 * 1024
    const journal = await Journal.open(file, {logger: capture().logger, compactBytes: limit})
    let largest = 0
    for (let index = 1; index <= 600; index++) {
      // Old deliveries, except the last few: only those must still be recognised as repeats.
      await journal.accept(webhook(index, index > 590 ? new Date().toISOString() : ago(2 * HOUR)))
      if (index % 10 === 0 && index < 595) {
        await journal.recordBuild({id: `b${index}`, trigger: 'webhook', coversSeq: index, documents: [{id: 'faq-1', type: 'faq'}], startedAt: ago(0), finishedAt: ago(0), durationMs: 5, result: 'ok', release: `b${index}`})
      }
      largest = Math.max(largest, (await stat(file)).size)
    }
    await journal.close()
    expect(largest).toBeLessThanOrEqual(limit + 1024)
    expect(journal.health().compactions).toBeGreaterThan(5)

    const reopened = await Journal.open(file, {logger: capture().logger, compactBytes: limit})
    expect(reopened.lastSeq).toBe(600)
    expect(reopened.coveredSeq).toBe(590)
    expect(reopened.pending().map((event) => event.seq)).toEqual([591, 592, 593, 594, 595, 596, 597, 598, 599, 600])
    expect(reopened.buildsTotal).toBe(59)
    expect(reopened.builds.slice(-20).map((build) => build.id)).toEqual(Array.from({length: 20}, (_, index) => `b${(index + 40) * 10}`))
    expect(await reopened.accept(webhook(595))).toBeNull()
    expect((await reopened.accept(webhook(601)))?.seq).toBe(601)
    await reopened.close()
  })

  it('never lets seq numbers restart, even when every event was built and compacted away', async () => {
    const file = await freshFile()
    const journal = await Journal.open(file, {compactBytes: 4096})
    for (let index = 1; index <= 100; index++) {
      await journal.accept(webhook(index, ago(2 * HOUR)))
      await journal.recordBuild({id: `b${index}`, trigger: 'webhook', coversSeq: index, documents: [], startedAt: ago(0), finishedAt: ago(0), durationMs: 5, result: 'ok', release: `b${index}`})
    }
    await journal.compact()
    await journal.close()
    const reopened = await Journal.open(file)
    expect(reopened.pending()).toEqual([])
    expect((await reopened.accept(webhook(101)))?.seq).toBe(101)
    expect(reopened.pending().map((event) => event.seq)).toEqual([101])
    await reopened.close()
  })

  it('leaves the old file whole when writing the compacted one fails', async () => {
    const file = await freshFile()
    const {logger, lines} = capture()
    const journal = await Journal.open(file, {
      logger,
      compactBytes: 2048,
      files: faultyFiles({write: (handle, buffer, path) => (path.endsWith('.tmp') ? Promise.reject(errno('ENOSPC', 'no space left on device, write')) : handle.write(buffer))}),
    })
    for (let index = 1; index <= 40; index++) await journal.accept(webhook(index, ago(2 * HOUR)))
    await journal.close()
    expect(lines).toContainEqual(expect.objectContaining({level: 50, event: 'journal-compaction-failed'}))
    expect((await records(file)).map((record) => record.seq)).toEqual(Array.from({length: 40}, (_, index) => index + 1))
  })

  it('opens a journal of 100,000 events and compacts it to what is still needed', async () => {
    const file = await freshFile()
    const lines: string[] = []
    for (let seq = 1; seq <= 100_000; seq++) {
      lines.push(eventLine(seq))
      if (seq % 50 === 0 && seq < 99_990) lines.push(buildLine(seq))
    }
    await writeFile(file, `${lines.join('\n')}\n`)
    expect((await stat(file)).size).toBeGreaterThan(10 * 1024 * 1024)
    const journal = await Journal.open(file, {logger: capture().logger})
    expect(journal.pending()).toHaveLength(50)
    expect(journal.buildsTotal).toBe(1999)
    expect(journal.lastSeq).toBe(100_000)
    await journal.close()
    expect((await stat(file)).size).toBeLessThan(24 * 1024)
  })
})

describe('build records', () => {
  it('name each document once, however many events it had', async () => {
    const dir = join(work, 'publisher')
    const journal = await Journal.open(join(dir, 'journal.ndjson'))
    const build: BuildFn = async (outDir) => {
      await mkdir(outDir, {recursive: true})
      await writeFile(join(outDir, 'build.json'), '{}')
      return {ok: true, logTail: []}
    }
    const publisher = new Publisher({QUIET_MS: 50, MAX_DELAY_MS: 1000, KEEP_RELEASES: 2}, journal, new Releases(dir), build, pino({level: 'silent'}))
    await publisher.start()
    for (let index = 0; index < 6; index++) await publisher.accept({key: null, trigger: 'webhook', receivedAt: new Date().toISOString(), documentId: index % 2 ? 'faq-a' : 'faq-b', documentType: 'faq'})
    await expect.poll(() => journal.builds.length, {timeout: 5000}).toBe(2)
    await publisher.stop()
    await journal.close()
    expect(journal.builds.at(-1)!.documents).toEqual([{id: 'faq-b', type: 'faq'}, {id: 'faq-a', type: 'faq'}])
  })
})

describe('the service and its journal on disk', () => {
  /** A data folder with one live release, made once and copied for each test. */
  let seeded: {dataDir: string; contentFile: string}
  beforeAll(async () => {
    const contentFile = await copySeed(join(work, 'seed', 'content'))
    const dataDir = join(work, 'seed', 'data')
    const service = await startService({CONTENT_FILE: contentFile, DATA_DIR: dataDir})
    await service.stop()
    seeded = {dataDir, contentFile}
  })

  async function copyOfSeed(name: string) {
    const dataDir = join(work, name, 'data')
    await cp(seeded.dataDir, dataDir, {recursive: true, verbatimSymlinks: true})
    const contentFile = await copySeed(join(work, name, 'content'))
    return {dataDir, contentFile, journalFile: join(dataDir, 'journal.ndjson')}
  }

  it('cuts a torn last line at start-up, and the next webhook is recorded on a line of its own', async () => {
    const {dataDir, contentFile, journalFile} = await copyOfSeed('torn')
    const good = await readFile(journalFile, 'utf8')
    await appendFile(journalFile, '{"kind":"event","seq":7,"key":"half-writ')
    const service = await startService({CONTENT_FILE: contentFile, DATA_DIR: dataDir})
    try {
      expect(await service.waitForLog((line) => line.event === 'journal-repaired')).toMatchObject({level: 40})
      expect(await readFile(journalFile, 'utf8')).toBe(good)
      expect((await sendWebhook(service.url, {_id: 'faq-what-is-cast', _type: 'faq'})).status).toBe(202)
      const after = await records(journalFile)
      expect(after.at(-1)).toMatchObject({kind: 'event', documentId: 'faq-what-is-cast'})
      await settled(service.url)
    } finally {
      await service.stop()
    }
  })

  it('starts despite garbage in the middle, serves the live release, reports the damage and rebuilds from the content', async () => {
    const {dataDir, contentFile, journalFile} = await copyOfSeed('damaged')
    const lines = (await readFile(journalFile, 'utf8')).split('\n').filter(Boolean)
    await writeFile(journalFile, ['\u0000\u0000\u0000 not a record', ...lines, ''].join('\n'))
    // Published while the journal was damaged: only a rebuild from the content source shows it.
    await setQuestion(contentFile, 'faq-what-is-cast', 'What is Cast, rebuilt after damage?')
    const service = await startService({CONTENT_FILE: contentFile, DATA_DIR: dataDir})
    try {
      expect(service.logs.some((line) => line.event === 'first-build')).toBe(false)
      expect((await fetch(`${service.url}/faq/`)).status).toBe(200)
      expect(await service.waitForLog((line) => line.event === 'journal-damaged')).toMatchObject({level: 50, lines: [1]})
      await waitForText(`${service.url}/faq/what-is-cast/`, 'What is Cast, rebuilt after damage?')
      const after = await settled(service.url)
      expect(after.builds[0]).toMatchObject({trigger: 'recovery', result: 'ok'})
      const view = (await (await fetch(`${service.url}/status`, {headers: {authorization: `Bearer ${REBUILD_TOKEN}`}})).json()) as {journal?: {damagedLines: number[]}}
      expect(view.journal?.damagedLines).toEqual([1])
      await records(journalFile)
    } finally {
      await service.stop()
    }
  })

  it('answers 503 when the disk refuses the write, acknowledges nothing it did not write, and takes the event once it can', async () => {
    const {dataDir, contentFile, journalFile} = await copyOfSeed('full')
    // Grow the journal to just under a file-size limit, with events a build already covered.
    const limitKiB = 256
    const existing = await records(journalFile)
    const covered = existing.filter((record) => record.kind === 'build').at(-1)!
    const filler: string[] = []
    let bytes = (await stat(journalFile)).size
    let seq = Number(covered.coversSeq)
    while (bytes < limitKiB * 1024 - 400) {
      const line = `${eventLine(++seq)}\n`
      if (bytes + line.length > limitKiB * 1024 - 200) break
      filler.push(line)
      bytes += line.length
    }
    const build = `${JSON.stringify({...covered, coversSeq: seq})}\n`
    await appendFile(journalFile, filler.join('') + build)
    const before = await readFile(journalFile, 'utf8')

    const service = await startService({CONTENT_FILE: contentFile, DATA_DIR: dataDir}, {fileSizeLimitKiB: limitKiB})
    try {
      const refused = await sendWebhook(service.url, {_id: 'faq-what-is-cast', _type: 'faq'}, {idempotencyKey: 'while-full'})
      expect(refused.status).toBe(503)
      expect(refused.headers.get('retry-after')).toBeTruthy()
      expect(((await refused.json()) as {error: string}).error).toMatch(/^The event could not be recorded \((short write|EFBIG).*\); try again\.$/)
      const rebuild = await fetch(`${service.url}/rebuild`, {method: 'POST', headers: {authorization: `Bearer ${REBUILD_TOKEN}`}})
      expect(rebuild.status).toBe(503)
      await service.waitForLog((line) => line.event === 'journal-write-failed' && line.level === 50)
      expect(await readFile(journalFile, 'utf8')).toBe(before)
      expect((await status(service.url)).queue.pendingEvents).toBe(0)
    } finally {
      await service.stop()
    }
    // Once there is room again, Sanity's retry of the same delivery is recorded.
    const restarted = await startService({CONTENT_FILE: contentFile, DATA_DIR: dataDir, JOURNAL_COMPACT_BYTES: String(64 * 1024)})
    try {
      const retried = await sendWebhook(restarted.url, {_id: 'faq-what-is-cast', _type: 'faq'}, {idempotencyKey: 'while-full'})
      expect(retried.status).toBe(202)
      expect(await retried.json()).toMatchObject({accepted: true, seq: seq + 1})
      await settled(restarted.url)
      expect((await stat(journalFile)).size).toBeLessThan(64 * 1024)
    } finally {
      await restarted.stop()
    }
  })
})
