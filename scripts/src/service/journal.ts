import {dirname} from 'node:path'
import pino, {type BaseLogger} from 'pino'
import {diskFiles, type JournalFiles, type JournalHandle} from './journal-files'
import {readLines} from './journal-lines'

/** A webhook (or a rebuild request) the service accepted. */
export interface AcceptedEvent {
  kind: 'event'
  seq: number
  /** Sanity's `idempotency-key`; a second delivery with the same key is not recorded again. */
  key: string | null
  /** The webhook's signature header (`t=…,v1=…`); a second delivery of it is a replay, not recorded again. */
  signature?: string
  trigger: 'webhook' | 'rebuild' | 'schedule' | 'reconcile' | 'recovery'
  receivedAt: string
  documentId?: string
  documentType?: string
}

/** A finished build, successful or not. */
export interface BuildRecord {
  kind: 'build'
  id: string
  trigger: string
  /** Every event up to this sequence number was in the content this build read. */
  coversSeq: number
  documents: Array<{id: string; type?: string}>
  startedAt: string
  finishedAt: string
  durationMs: number
  result: 'ok' | 'failed'
  release?: string
  error?: string
  logTail?: string[]
}

/** The first line of a compacted journal: what the records it dropped leave behind. */
interface JournalHeader {
  kind: 'header'
  /** The highest sequence number given so far, so numbers never restart. */
  lastSeq: number
  coveredSeq: number
  /** Builds recorded before the first build record in this file, for the running total. */
  earlierBuilds: number
  compactedAt: string
}

type JournalRecord = AcceptedEvent | BuildRecord | JournalHeader

export type JournalLogger = Pick<BaseLogger, 'info' | 'warn' | 'error'>

export interface JournalOptions {
  logger?: JournalLogger
  /** Once the file passes this size, records no longer needed are dropped. */
  compactBytes?: number
  /** Keys and signatures of events this recent survive compaction, so a replay is still recognised. */
  dedupeWindowMs?: number
  /** Build records kept through compaction: this many of the latest, and this many of the latest successful ones. */
  keepBuilds?: number
  /** The file operations; the real disk unless a test brings its own faults. */
  files?: JournalFiles
}

const DEFAULT_COMPACT_BYTES = 4 * 1024 * 1024
const DEFAULT_DEDUPE_WINDOW_MS = 10 * 60_000
const DEFAULT_KEEP_BUILDS = 20
/** Line numbers of damage kept for status and the log; the count goes on. */
const MAX_DAMAGED_LINES_LISTED = 100

/** A record could not be written durably, so nothing was recorded; the caller may try again. */
export class JournalWriteError extends Error {
  override name = 'JournalWriteError'
  constructor(
    /** What went wrong, without the file's path, fit to show to the sender. */
    readonly reason: string,
    file: string,
    options?: ErrorOptions,
  ) {
    super(`Could not record in ${file}: ${reason}.`, options)
  }
}

/**
 * The service's memory, as a file of JSON lines. Each record is written and fdatasync'ed before
 * the caller goes on, so an event acknowledged with 202 survives a crash; a write that fails or
 * falls short is taken back, so the file only ever holds whole records. On start-up the file is
 * read back: a torn last line is cut off, damaged lines are skipped and reported, and the events
 * no successful build covers are still pending. Past a size, the file is rewritten with only what
 * is still needed, so memory and start-up time stay flat however long the service runs.
 */
export class Journal {
  private handle!: JournalHandle
  /** Bytes of whole records in the file: where the next record starts. */
  private size = 0
  private nextCompactionAt: number
  private seq = 0
  private covered = 0
  private totalBuilds = 0
  /** Events still pending, and those recent enough that a repeat must be recognised. */
  private events: AcceptedEvent[] = []
  private keptBuilds: BuildRecord[] = []
  private keys = new Set<string>()
  private signatures = new Set<string>()
  private writes: Promise<unknown> = Promise.resolve()
  /** While a long file is read, events already built are let go once there are this many. */
  private pruneAt = 1000
  private readonly log: JournalLogger
  private readonly compactBytes: number
  private readonly dedupeWindowMs: number
  private readonly keepBuilds: number
  private readonly files: JournalFiles
  private readonly state = {
    compactions: 0,
    compactedAt: null as string | null,
    repairedAt: null as string | null,
    cutBytes: 0,
    damagedLines: [] as number[],
    damagedLineCount: 0,
    lastWriteFailure: null as {at: string; error: string} | null,
    refusingWrites: null as string | null,
  }

  private constructor(
    readonly file: string,
    options: JournalOptions,
  ) {
    this.log = options.logger ?? pino({level: 'silent'})
    this.compactBytes = options.compactBytes ?? DEFAULT_COMPACT_BYTES
    this.dedupeWindowMs = options.dedupeWindowMs ?? DEFAULT_DEDUPE_WINDOW_MS
    this.keepBuilds = options.keepBuilds ?? DEFAULT_KEEP_BUILDS
    this.files = options.files ?? diskFiles
    this.nextCompactionAt = this.compactBytes
  }

  static async open(file: string, options: JournalOptions = {}): Promise<Journal> {
    const journal = new Journal(file, options)
    await journal.load()
    return journal
  }

  /** Reads the file back, repairs its tail, and rewrites it when it is damaged or too large. */
  private async load() {
    await this.files.mkdir(dirname(this.file))
    // A compaction cut short by a crash leaves its half-written file; the journal itself is whole.
    await this.files.unlink(`${this.file}.tmp`).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error
    })
    const {goodBytes, fileBytes} = await this.read()
    this.handle = await this.files.open(this.file, 'a')
    this.size = goodBytes
    if (fileBytes > goodBytes) {
      // Only the last record can be torn, by a crash or a failed write; it was never acknowledged.
      try {
        await this.handle.truncate(goodBytes)
        await this.handle.datasync()
        this.state.cutBytes = fileBytes - goodBytes
        this.state.repairedAt = new Date().toISOString()
        this.log.warn({event: 'journal-repaired', file: this.file, cutBytes: this.state.cutBytes}, `Cut a torn last record (${this.state.cutBytes} bytes) off the journal`)
      } catch (error) {
        // The live site can still be served; new records must not glue onto the fragment.
        this.refuse(`the journal refuses writes, because its torn last record could not be cut off (${(error as Error).message}); restart the service once the disk is fixed`, error)
      }
    }
    this.dropUnneeded()
    if (this.state.damagedLineCount) {
      this.state.repairedAt = new Date().toISOString()
      this.log.error(
        {event: 'journal-damaged', file: this.file, lines: this.state.damagedLines, count: this.state.damagedLineCount},
        `The journal has ${this.state.damagedLineCount} damaged lines; the good records are kept, the file is rewritten, and the site is rebuilt from the content source`,
      )
    }
    // A rewritten file holds only whole records: no damage, no fragment to refuse writes over.
    if (this.state.damagedLineCount || this.state.refusingWrites || this.size > this.compactBytes) await this.compactOrLog()
  }

  private async read(): Promise<{goodBytes: number; fileBytes: number}> {
    const handle = await this.files.open(this.file, 'r').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null
      throw error
    })
    if (!handle) return {goodBytes: 0, fileBytes: 0}
    try {
      const fileBytes = await handle.size()
      // A line is judged once the next one is seen: an unreadable last line is a torn write
      // and is cut off, an unreadable line before it is damage.
      let held: {number: number; start: number; record: JournalRecord | null; blank: boolean} | null = null
      for await (const line of readLines(handle)) {
        if (held) this.take(held)
        held = null
        if (!line.complete) return {goodBytes: line.start, fileBytes}
        const blank = !line.text.trim()
        held = {number: line.number, start: line.start, record: blank ? null : parseRecord(line.text), blank}
      }
      if (held && !held.record && !held.blank) return {goodBytes: held.start, fileBytes}
      if (held) this.take(held)
      return {goodBytes: fileBytes, fileBytes}
    } finally {
      await handle.close()
    }
  }

  private take(line: {number: number; record: JournalRecord | null; blank: boolean}) {
    if (line.record) return this.remember(line.record)
    if (line.blank) return
    this.state.damagedLineCount++
    if (this.state.damagedLines.length < MAX_DAMAGED_LINES_LISTED) this.state.damagedLines.push(line.number)
  }

  private remember(record: JournalRecord) {
    if (record.kind === 'event') {
      this.events.push(record)
      this.seq = Math.max(this.seq, record.seq)
    } else if (record.kind === 'build') {
      this.keptBuilds.push(record)
      this.totalBuilds++
      if (record.result === 'ok') this.covered = Math.max(this.covered, record.coversSeq)
      if (this.keptBuilds.length > 3 * this.keepBuilds) this.keptBuilds = selectBuilds(this.keptBuilds, this.keepBuilds)
      if (this.events.length > this.pruneAt) {
        this.dropUnneeded()
        this.pruneAt = Math.max(1000, 2 * this.events.length)
      }
    } else {
      this.seq = Math.max(this.seq, record.lastSeq)
      this.covered = Math.max(this.covered, record.coveredSeq)
      this.totalBuilds += record.earlierBuilds
    }
  }

  /** Lets go of events already built and too old to be repeated, and indexes the rest. */
  private dropUnneeded() {
    const since = Date.now() - this.dedupeWindowMs
    this.events = this.events.filter((event) => event.seq > this.covered || Date.parse(event.receivedAt) >= since)
    this.keptBuilds = selectBuilds(this.keptBuilds, this.keepBuilds)
    this.keys = new Set(this.events.flatMap((event) => (event.key ? [event.key] : [])))
    this.signatures = new Set(this.events.flatMap((event) => (event.signature ? [event.signature] : [])))
  }

  /** Writes one record durably, or puts the file back as it was and throws. */
  private async write(record: JournalRecord): Promise<void> {
    if (this.state.refusingWrites) throw new JournalWriteError(this.state.refusingWrites, this.file)
    const line = Buffer.from(`${JSON.stringify(record)}\n`)
    try {
      const written = await this.handle.write(line)
      if (written !== line.length) throw new Error(`short write: ${written} of ${line.length} bytes written`)
      await this.handle.datasync()
    } catch (error) {
      const reason = (error as Error).message
      this.state.lastWriteFailure = {at: new Date().toISOString(), error: reason}
      this.log.error({event: 'journal-write-failed', file: this.file, error: reason}, 'A journal write failed; nothing was recorded, and the file is put back to its last good length')
      await this.putBack()
      throw new JournalWriteError(reason, this.file, {cause: error})
    }
    this.size += line.length
  }

  /**
   * Cuts a failed write's fragment off, so the next record does not glue onto it. If even that
   * fails, the file's end is unknown: every later write is refused rather than risk a corrupt file.
   */
  private async putBack() {
    try {
      await this.handle.truncate(this.size)
      await this.handle.datasync()
    } catch (error) {
      this.refuse(`the journal refuses writes since ${new Date().toISOString()}, because a failed write could not be taken back (${(error as Error).message}); restart the service once the disk is fixed`, error)
    }
  }

  /** From now on every write fails with `reason`: the file's end is not known to be whole. */
  private refuse(reason: string, error: unknown) {
    this.state.refusingWrites = reason
    this.log.error({event: 'journal-refusing-writes', file: this.file, error: (error as Error).message}, `The journal refuses writes: ${reason}`)
  }

  /** Runs `step` after every earlier write; a failed step does not stop the ones after it. */
  private serially<T>(step: () => Promise<T>): Promise<T> {
    const done = this.writes.then(step)
    this.writes = done.then(
      () => this.compactIfDue(),
      () => undefined,
    )
    return done
  }

  get lastSeq(): number {
    // A build may cover an event whose line was lost to damage: never give its number again.
    return Math.max(this.seq, this.covered)
  }

  /** The highest event a successful build has published. */
  get coveredSeq(): number {
    return this.covered
  }

  /** Recent build records, oldest first: at least the last `keepBuilds`, and as many successful ones. */
  get builds(): readonly BuildRecord[] {
    return this.keptBuilds
  }

  /** Every build ever recorded, including those compaction dropped. */
  get buildsTotal(): number {
    return this.totalBuilds
  }

  /** Events not yet on the live site. */
  pending(): AcceptedEvent[] {
    return this.events.filter((event) => event.seq > this.covered)
  }

  /**
   * Records an event durably. Returns null for a repeated idempotency key or signature. Writes
   * run one after another, so a key is checked only after every earlier write has finished; a
   * failed write records nothing and throws a JournalWriteError, and Sanity's retry of that
   * delivery is accepted normally.
   */
  accept(event: Omit<AcceptedEvent, 'kind' | 'seq'>): Promise<AcceptedEvent | null> {
    return this.serially(async () => {
      if (event.key && this.keys.has(event.key)) return null
      if (event.signature && this.signatures.has(event.signature)) return null
      const accepted: AcceptedEvent = {kind: 'event', seq: this.lastSeq + 1, ...event}
      await this.write(accepted)
      this.events.push(accepted)
      this.seq = accepted.seq
      if (accepted.key) this.keys.add(accepted.key)
      if (accepted.signature) this.signatures.add(accepted.signature)
      return accepted
    })
  }

  /**
   * Records a finished build. The build happened whether or not its record can be written, so it
   * is remembered either way (and written with the next compaction); a failed write still throws.
   */
  recordBuild(build: Omit<BuildRecord, 'kind'>): Promise<void> {
    const record: BuildRecord = {kind: 'build', ...build}
    return this.serially(async () => {
      try {
        await this.write(record)
      } finally {
        this.remember(record)
      }
    })
  }

  /** Rewrites the file with only what is still needed; throws if it could not. */
  compact(): Promise<void> {
    return this.serially(() => this.rewrite())
  }

  private async compactIfDue() {
    if (this.size > this.nextCompactionAt && !this.state.refusingWrites) await this.compactOrLog()
  }

  private async compactOrLog() {
    try {
      await this.rewrite()
    } catch (error) {
      // The old file is still whole and in use; try again once it has grown as much again.
      this.nextCompactionAt = 2 * Math.max(this.size, this.compactBytes)
      this.log.error({event: 'journal-compaction-failed', file: this.file, error: (error as Error).message}, `Could not compact the journal; it keeps growing until the next attempt: ${(error as Error).message}`)
    }
  }

  /**
   * Keeps pending events, events recent enough to be repeated, the recent builds, and a header
   * with the numbers that must never go back. Written to a new file, synced, and renamed over
   * the old one, so a crash leaves either the old journal or the new one.
   */
  private async rewrite() {
    this.dropUnneeded()
    const header: JournalHeader = {
      kind: 'header',
      lastSeq: this.lastSeq,
      coveredSeq: this.covered,
      earlierBuilds: this.totalBuilds - this.keptBuilds.length,
      compactedAt: new Date().toISOString(),
    }
    const text = Buffer.from([header, ...this.events, ...this.keptBuilds].map((record) => `${JSON.stringify(record)}\n`).join(''))
    const temporary = `${this.file}.tmp`
    const out = await this.files.open(temporary, 'w')
    try {
      const written = await out.write(text)
      if (written !== text.length) throw new Error(`short write: ${written} of ${text.length} bytes written to ${temporary}`)
      await out.sync()
    } catch (error) {
      await out.close()
      await this.files.unlink(temporary).catch((unlinkError: Error) =>
        this.log.warn({event: 'journal-temporary-left', file: temporary, error: unlinkError.message}, 'Could not remove the unfinished compacted journal; it is removed at the next start'),
      )
      throw error
    }
    await out.close()
    await this.files.rename(temporary, this.file)
    await this.files.syncDir(dirname(this.file))
    const before = this.size
    const previous = this.handle
    try {
      this.handle = await this.files.open(this.file, 'a')
    } catch (error) {
      // The old handle writes to the replaced file; nothing more may be written through it.
      this.refuse(`the journal refuses writes, because it could not be reopened after compaction (${(error as Error).message}); restart the service`, error)
      throw error
    } finally {
      await previous.close()
    }
    this.size = text.length
    // The new file holds only whole records, and its end is known.
    this.state.refusingWrites = null
    this.nextCompactionAt = Math.max(this.compactBytes, 2 * this.size)
    this.state.compactions++
    this.state.compactedAt = header.compactedAt
    this.log.info({event: 'journal-compacted', file: this.file, bytesBefore: before, bytesAfter: this.size, events: this.events.length, builds: this.keptBuilds.length}, 'Compacted the journal')
  }

  /** For status: the file's size, its repairs and damage, and whether it takes writes. */
  health() {
    return {bytes: this.size, ...this.state, damagedLines: [...this.state.damagedLines]}
  }

  async close(): Promise<void> {
    await this.writes
    await this.handle.close()
  }
}

/** The latest `keep` builds and the latest `keep` successful ones, oldest first. */
function selectBuilds(builds: BuildRecord[], keep: number): BuildRecord[] {
  const kept: BuildRecord[] = []
  let successes = 0
  for (let index = builds.length - 1; index >= 0; index--) {
    const build = builds[index]!
    const recent = builds.length - index <= keep
    const success = build.result === 'ok' && successes++ < keep
    if (recent || success) kept.push(build)
  }
  return kept.reverse()
}

/** A line as a record, or null when it is not one (damage). */
function parseRecord(text: string): JournalRecord | null {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return null
  }
  if (!value || typeof value !== 'object') return null
  const record = value as Record<string, unknown>
  const whole = (field: unknown) => Number.isSafeInteger(field) && (field as number) >= 0
  if (record.kind === 'event' && whole(record.seq) && typeof record.receivedAt === 'string') return value as AcceptedEvent
  if (record.kind === 'build' && typeof record.id === 'string' && whole(record.coversSeq) && Array.isArray(record.documents)) return value as BuildRecord
  if (record.kind === 'header' && whole(record.lastSeq) && whole(record.coveredSeq) && whole(record.earlierBuilds)) return value as JournalHeader
  return null
}
