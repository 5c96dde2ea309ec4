import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import type {FastifyBaseLogger} from 'fastify'
import type {Config} from './config'
import type {AcceptedEvent, BuildRecord, Journal} from './journal'
import type {Releases, RollbackMarker} from './releases'
import type {BuildOutcome} from './site-build'

export type BuildFn = (outDir: string, onLine: (line: string) => void) => Promise<BuildOutcome>

/** setTimeout cannot wait longer than this; longer waits are re-armed. */
const MAX_TIMER_MS = 2 ** 31 - 1

/**
 * Turns accepted events into live releases: waits for a burst of events to settle, builds one
 * release at a time into a new folder, switches it live only when it is complete, and keeps the
 * last good release live when a build fails. Events that arrive during a build cause exactly one
 * follow-up build.
 */
export class Publisher {
  private building: {id: string; trigger: string; startedAt: string} | null = null
  /**
   * Set when the operator switched back to an older release; the next accepted event clears it.
   * Until then nothing should build over the operator's choice.
   */
  rolledBack: RollbackMarker | null = null
  private timer: NodeJS.Timeout | undefined
  private dueAt: number | null = null
  private nextChange: {at: string; timer?: NodeJS.Timeout} | null = null
  private stopped = false
  private idle: Promise<void> = Promise.resolve()
  /** Told when a publish build starts (true) and ends (false): previews stand aside meanwhile. */
  onBuilding: (running: boolean) => void = () => {}

  constructor(
    private readonly config: Pick<Config, 'QUIET_MS' | 'MAX_DELAY_MS' | 'KEEP_RELEASES'>,
    private readonly journal: Journal,
    private readonly releases: Releases,
    private readonly build: BuildFn,
    private readonly log: FastifyBaseLogger,
  ) {}

  /** Builds a first release if there is none, then picks up events a crash left unbuilt. */
  async start(): Promise<void> {
    this.rolledBack = await this.releases.rollbackMarker()
    const finished = new Set(this.journal.builds.flatMap((build) => (build.release ? [build.release] : [])))
    const removed = await this.releases.discardUnfinished(finished)
    if (removed.length) this.log.info({event: 'cleanup', releases: removed.length}, 'Removed release folders of builds that never finished')
    const current = await this.releases.current()
    if (!current) {
      this.log.info({event: 'first-build'}, 'No release yet: building the site before serving it.')
      const record = await this.runBuild('startup')
      if (record.result !== 'ok') throw new Error(`The first build failed, so there is nothing to serve: ${record.error}`)
    } else {
      await this.watchNextChange(current)
    }
    // Damaged journal lines may have been events not yet built: rebuild from the content source.
    if (current && this.journal.health().damagedLineCount) {
      await this.accept({key: null, trigger: 'recovery', receivedAt: new Date().toISOString()}).catch((error: Error) =>
        this.log.error({event: 'recovery-unrecorded', error: error.message}, `Could not record the rebuild after journal damage: ${error.message}`),
      )
    }
    const pending = this.journal.pending()
    if (pending.length && this.rolledBack) {
      this.log.warn({event: 'rolled-back', release: this.rolledBack.release, pending: pending.length}, `Release ${this.rolledBack.release} was rolled back to: ${pending.length} accepted events wait for the next publish or rebuild request.`)
    } else if (pending.length) {
      this.log.info({event: 'recovery', pending: pending.length}, `${pending.length} accepted events are not live yet: building them.`)
      this.schedule(0)
    }
  }

  /** Records an event durably and schedules a build. Returns false for a repeated delivery. */
  async accept(event: Omit<AcceptedEvent, 'kind' | 'seq'>): Promise<AcceptedEvent | null> {
    const accepted = await this.journal.accept(event)
    if (!accepted) return null
    if (this.rolledBack) {
      this.rolledBack = null
      await this.releases.setRollbackMarker(null)
    }
    this.log.info({event: 'accepted', seq: accepted.seq, trigger: accepted.trigger, documentId: accepted.documentId}, 'Event accepted')
    this.schedule(accepted.trigger === 'webhook' ? this.config.QUIET_MS : 0)
    return accepted
  }

  /**
   * Arms the build timer: `delay` after now, but never later than MAX_DELAY_MS after the oldest
   * pending event. While a build runs nothing is armed; the build re-arms when it ends.
   */
  private schedule(delay: number) {
    if (this.stopped || this.building) return
    const pending = this.journal.pending()
    if (!pending.length) return
    const oldest = Date.parse(pending[0]!.receivedAt)
    const due = Math.min(Date.now() + delay, oldest + this.config.MAX_DELAY_MS)
    clearTimeout(this.timer)
    this.dueAt = due
    this.timer = setTimeout(() => {
      this.dueAt = null
      const trigger = this.journal.pending()[0]?.trigger ?? 'webhook'
      this.idle = this.runBuild(trigger).then(() => undefined)
    }, Math.max(0, due - Date.now()))
  }

  private async runBuild(trigger: string): Promise<BuildRecord> {
    const coversSeq = this.journal.lastSeq
    // Each document once, however many events it had.
    const documents = [
      ...new Map(
        this.journal
          .pending()
          .flatMap((event) => (event.documentId ? [[event.documentId, {id: event.documentId, ...(event.documentType ? {type: event.documentType} : {})}] as const] : [])),
      ).values(),
    ]
    const {id, dir} = await this.releases.allocate()
    const startedAt = new Date()
    this.building = {id, trigger, startedAt: startedAt.toISOString()}
    this.onBuilding(true)
    const log = this.log.child({build: id})
    log.info({event: 'build-started', trigger, coversSeq, documents: documents.length}, 'Build started')

    let outcome: BuildOutcome
    try {
      outcome = await this.build(dir, (line) => log.info({event: 'build-output'}, line))
    } catch (error) {
      outcome = {ok: false, error: `The build could not run: ${(error as Error).message}`, logTail: []}
    }
    if (outcome.ok) {
      await this.releases.switchTo(dir)
      const pruned = await this.releases.prune(this.config.KEEP_RELEASES)
      if (pruned.length) log.info({event: 'pruned', releases: pruned.length}, 'Old releases removed')
    } else {
      await this.releases.discard(dir)
    }
    const record: Omit<BuildRecord, 'kind'> = {
      id,
      trigger,
      coversSeq,
      documents,
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      durationMs: Date.now() - startedAt.getTime(),
      result: outcome.ok ? 'ok' : 'failed',
      ...(outcome.ok ? {release: id} : {error: outcome.error, logTail: outcome.logTail}),
    }
    // The release is live either way; a record the disk refused is kept in memory, and after a
    // restart its events are simply built again.
    await this.journal.recordBuild(record).catch((error: Error) =>
      log.error({event: 'build-unrecorded', error: error.message}, `The build's record could not be written to the journal: ${error.message}`),
    )
    this.building = null
    this.onBuilding(false)
    if (outcome.ok) {
      log.info({event: 'build-live', durationMs: record.durationMs}, `Release ${id} is live`)
      await this.watchNextChange(dir)
    } else {
      log.error({event: 'build-failed', durationMs: record.durationMs, error: record.error}, 'Build failed; the previous release stays live')
    }
    // Events that came in during the build get one follow-up build, even after a failure: one
    // of them may be the fix. A failure with nothing new waits for the next event or a rebuild
    // request rather than failing again in a loop.
    if (outcome.ok || this.journal.lastSeq > coversSeq) this.schedule(this.config.QUIET_MS)
    return {kind: 'build', ...record}
  }

  /**
   * A release may change by itself at a known time, when a job posting's closing day ends. The
   * site's build writes that time to `build.json`; a rebuild is scheduled for it.
   */
  private async watchNextChange(releaseDir: string) {
    clearTimeout(this.nextChange?.timer)
    this.nextChange = null
    const info = await readFile(join(releaseDir, 'build.json'), 'utf8')
      .then((text) => JSON.parse(text) as {nextChangeAt?: string | null})
      .catch((error: Error) => {
        // Releases are checked for build.json before they go live; one unreadable now is worth saying.
        this.log.error({event: 'build-json-unreadable', release: releaseDir.split('/').at(-1), error: error.message}, 'Cannot read the live release\'s build.json: no rebuild is scheduled for the next closing job')
        return {nextChangeAt: null}
      })
    if (!info.nextChangeAt || this.stopped) return
    const at = info.nextChangeAt
    const arm = () => {
      const wait = Date.parse(at) - Date.now()
      const timer = setTimeout(() => {
        if (Date.parse(at) > Date.now()) return arm()
        this.log.info({event: 'scheduled-rebuild', at}, 'Content changes by itself now (a job posting closed): rebuilding')
        this.accept({key: `schedule:${at}`, trigger: 'schedule', receivedAt: new Date().toISOString()}).catch((error: Error) =>
          this.log.error({event: 'scheduled-rebuild-unrecorded', at, error: error.message}, `Could not record the scheduled rebuild: ${error.message}`),
        )
      }, Math.min(Math.max(0, wait), MAX_TIMER_MS))
      timer.unref()
      this.nextChange = {at, timer}
    }
    arm()
    this.log.info({event: 'next-change', at}, 'A rebuild is scheduled for the next change that needs no publish')
  }

  /** For GET /status. */
  async status() {
    const current = await this.releases.current()
    const pending = this.journal.pending()
    return {
      current: current ? {release: current.split('/').at(-1)} : null,
      building: this.building,
      queue: {pendingEvents: pending.length, nextBuildAt: this.dueAt ? new Date(this.dueAt).toISOString() : null},
      nextScheduledRebuild: this.nextChange?.at ?? null,
      /** Documents accepted but not live yet, each once. */
      waiting: [
        ...new Map(
          pending.flatMap((event) => (event.documentId ? [[event.documentId, {id: event.documentId, ...(event.documentType ? {type: event.documentType} : {})}] as const] : [])),
        ).values(),
      ],
      rolledBack: this.rolledBack,
      buildsTotal: this.journal.buildsTotal,
      /** The journal file: its size, compactions, repairs, damage found on start, and whether it takes writes. */
      journal: this.journal.health(),
      /** The last 20 builds, newest first. */
      builds: this.journal.builds.slice(-20).reverse().map(({kind: _kind, ...build}) => build),
    }
  }

  /**
   * Switches the live site back to a kept release that a successful build produced. Refused
   * while a build runs, since its end would switch over the choice at once. A build already due
   * is called off: the rollback holds until the next accepted event.
   */
  async rollback(releaseId?: string): Promise<{live: string; previous: string | null}> {
    if (this.building) throw new RollbackError(409, `A build (${this.building.id}) is running: roll back when it has finished.`)
    const built = new Set(this.journal.builds.flatMap((build) => (build.result === 'ok' && build.release ? [build.release] : [])))
    if (releaseId === undefined) {
      // The newest good release older than the live one.
      const kept = (await this.releases.list()).filter((release) => release.live || built.has(release.id))
      releaseId = kept[kept.findIndex((release) => release.live) + 1]?.id
      if (!releaseId || !kept.some((release) => release.live)) throw new RollbackError(409, 'No release older than the live one is kept: there is nothing to roll back to.')
    }
    const dir = built.has(releaseId) ? await this.releases.find(releaseId) : null
    if (!dir) throw new RollbackError(400, `There is no kept release ${JSON.stringify(releaseId)} from a successful build: pick one of the releases on GET /status.`)
    const previous = (await this.releases.current())?.split('/').at(-1) ?? null
    if (previous === releaseId) throw new RollbackError(409, `The release ${releaseId} is already live.`)
    clearTimeout(this.timer)
    this.dueAt = null
    this.rolledBack = {release: releaseId, from: previous, at: new Date().toISOString()}
    await this.releases.setRollbackMarker(this.rolledBack)
    await this.releases.switchTo(dir)
    this.log.warn({event: 'rolled-back', release: releaseId, from: previous}, `Rolled back: release ${releaseId} is live again`)
    await this.watchNextChange(dir)
    return {live: releaseId, previous}
  }

  /** Whether a build is running or events wait for one: the content will be read anyway. */
  get busy(): boolean {
    return this.building !== null || this.journal.pending().length > 0
  }

  /** What the alerts watch: failures in a row, and how long the oldest accepted change has waited. */
  health() {
    const builds = this.journal.builds
    let consecutiveFailures = 0
    while (consecutiveFailures < builds.length && builds[builds.length - 1 - consecutiveFailures]!.result === 'failed') consecutiveFailures++
    const pending = this.journal.pending()
    return {
      consecutiveFailures,
      lastError: builds.at(-1)?.error ?? null,
      pendingEvents: pending.length,
      oldestPendingAt: pending[0]?.receivedAt ?? null,
    }
  }

  /** Stops scheduling; waits for a running build to finish. */
  async stop(): Promise<void> {
    this.stopped = true
    clearTimeout(this.timer)
    clearTimeout(this.nextChange?.timer)
    await this.idle
  }
}

/** A rollback the service refuses, with the HTTP status that says why. */
export class RollbackError extends Error {
  override name = 'RollbackError'
  constructor(
    readonly statusCode: 400 | 409,
    message: string,
  ) {
    super(message)
  }
}
