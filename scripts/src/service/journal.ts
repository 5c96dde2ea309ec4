import {mkdir, open, readFile, type FileHandle} from 'node:fs/promises'
import {dirname} from 'node:path'

/** A webhook (or a rebuild request) the service accepted. */
export interface AcceptedEvent {
  kind: 'event'
  seq: number
  /** Sanity's `idempotency-key`; a second delivery with the same key is not recorded again. */
  key: string | null
  trigger: 'webhook' | 'rebuild' | 'schedule'
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

type JournalRecord = AcceptedEvent | BuildRecord

/**
 * The service's memory, as an append-only file of JSON lines. Each record is written and
 * fsync'ed before the caller goes on, so an event acknowledged with 202 survives a crash; on
 * start-up the file is read back, and the events no successful build covers are still pending.
 */
export class Journal {
  readonly events: AcceptedEvent[] = []
  readonly builds: BuildRecord[] = []
  private readonly keys = new Set<string>()
  private writes: Promise<unknown> = Promise.resolve()

  private constructor(private readonly handle: FileHandle) {}

  static async open(file: string): Promise<Journal> {
    await mkdir(dirname(file), {recursive: true})
    const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return ''
      throw error
    })
    const journal = new Journal(await open(file, 'a'))
    const lines = text.split('\n').filter(Boolean)
    for (const [index, line] of lines.entries()) {
      let record: JournalRecord
      try {
        record = JSON.parse(line) as JournalRecord
      } catch (cause) {
        // Only the last line can be torn, by a crash in the middle of a write: it was never acknowledged.
        if (index === lines.length - 1) break
        throw new Error(`${file}, line ${index + 1} is not valid JSON: the journal is damaged.`, {cause})
      }
      journal.remember(record)
    }
    if (text && !text.endsWith('\n')) await journal.handle.write('\n')
    return journal
  }

  private remember(record: JournalRecord) {
    if (record.kind === 'event') {
      this.events.push(record)
      if (record.key) this.keys.add(record.key)
    } else {
      this.builds.push(record)
    }
  }

  private append(record: JournalRecord): Promise<void> {
    const write = this.writes.then(async () => {
      await this.handle.write(`${JSON.stringify(record)}\n`)
      await this.handle.datasync()
      this.remember(record)
    })
    this.writes = write.catch(() => undefined)
    return write
  }

  get lastSeq(): number {
    return this.events.at(-1)?.seq ?? 0
  }

  /** The highest event a successful build has published. */
  get coveredSeq(): number {
    return this.builds.reduce((max, build) => (build.result === 'ok' ? Math.max(max, build.coversSeq) : max), 0)
  }

  /** Events not yet on the live site. */
  pending(): AcceptedEvent[] {
    const covered = this.coveredSeq
    return this.events.filter((event) => event.seq > covered)
  }

  /**
   * Records an event durably. Returns null for a repeated idempotency key. Writes run one after
   * another, so a key is checked only after every earlier write has finished; a failed write
   * records nothing, and Sanity's retry of that delivery is accepted normally.
   */
  async accept(event: Omit<AcceptedEvent, 'kind' | 'seq'>): Promise<AcceptedEvent | null> {
    const write = this.writes.then(async () => {
      if (event.key && this.keys.has(event.key)) return null
      const accepted: AcceptedEvent = {kind: 'event', seq: this.lastSeq + 1, ...event}
      await this.handle.write(`${JSON.stringify(accepted)}\n`)
      await this.handle.datasync()
      this.remember(accepted)
      return accepted
    })
    this.writes = write.catch(() => undefined)
    return write
  }

  recordBuild(build: Omit<BuildRecord, 'kind'>): Promise<void> {
    return this.append({kind: 'build', ...build})
  }

  close(): Promise<void> {
    return this.handle.close()
  }
}
