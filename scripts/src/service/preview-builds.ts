import {randomBytes} from 'node:crypto'
import {lstat, mkdir, readdir, readFile, readlink, rename, rm, symlink} from 'node:fs/promises'
import {join, resolve} from 'node:path'
import type {PreviewState} from '@cast/schemas/rules/preview-state'
import type {FastifyBaseLogger} from 'fastify'
import type {BuildOutcome} from './site-build'

export type PreviewBuildFn = (documentId: string, outDir: string, signal: AbortSignal, onLine: (line: string) => void) => Promise<BuildOutcome & {aborted: boolean}>

/** What `preview.json` says a preview shows. */
type BuiltPreview = NonNullable<PreviewState['built']>

/** More documents waiting than this: the one asked for longest ago is dropped (the newest request wins). */
const MAX_QUEUED = 4

/** A preview not built again for this long is removed: drafts do not pile up on the server. */
const KEEP_MS = 24 * 60 * 60_000

/**
 * Builds previews, one at a time, each into its own folder under `<dataDir>/previews`, never in a
 * release. `<id>` there is a symbolic link to the document's newest preview, renamed over as a
 * release's `current` is, so a reader sees the old preview or the new one. Requests within
 * `quietMs` make one build; a request for a document already queued moves it to the back. A
 * publish build comes first: while one runs no preview starts, and a running preview is stopped
 * and queued again.
 */
export class PreviewBuilds {
  readonly root: string
  private queue = new Set<string>()
  private readonly errors = new Map<string, string>()
  private running: {documentId: string; controller: AbortController} | null = null
  private publishing = false
  private timer: NodeJS.Timeout | undefined
  private stopped = false
  private idle: Promise<void> = Promise.resolve()

  constructor(
    dataDir: string,
    private readonly quietMs: number,
    private readonly build: PreviewBuildFn,
    private readonly log: FastifyBaseLogger,
  ) {
    this.root = join(resolve(dataDir), 'previews')
  }

  /** Asks for a preview build of a published document's id (already checked to be one). */
  request(documentId: string): void {
    this.queue.delete(documentId)
    this.queue.add(documentId)
    for (const dropped of [...this.queue].slice(0, Math.max(0, this.queue.size - MAX_QUEUED))) {
      this.queue.delete(dropped)
      this.log.warn({event: 'preview-dropped', documentId: dropped}, `Preview of ${dropped} dropped: more than ${MAX_QUEUED} documents wait for a preview`)
    }
    this.arm(this.quietMs)
  }

  /** Called by the publisher: a publish build starts (true) or ends (false). */
  publishBuilding(running: boolean): void {
    this.publishing = running
    if (running && this.running) {
      this.log.info({event: 'preview-preempted', documentId: this.running.documentId}, 'A publish build started: the preview build is stopped and queued again')
      this.running.controller.abort()
    }
    if (!running) this.arm(0)
  }

  /** The folder of a document's newest preview, or null while it has none. */
  async folder(documentId: string): Promise<string | null> {
    const link = join(this.root, documentId)
    return readlink(link).then(
      (target) => resolve(this.root, target),
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return null
        throw error
      },
    )
  }

  async state(documentId: string): Promise<PreviewState> {
    const folder = await this.folder(documentId)
    let built: BuiltPreview | null = null
    if (folder) {
      const {path, rev, fromDraft, builtAt} = JSON.parse(await readFile(join(folder, 'preview.json'), 'utf8')) as BuiltPreview
      built = {path, rev, fromDraft, builtAt}
    }
    return {
      documentId,
      building: this.running?.documentId === documentId,
      queued: this.queue.has(documentId),
      built,
      error: this.errors.get(documentId) ?? null,
    }
  }

  private arm(delay: number) {
    if (this.stopped) return
    clearTimeout(this.timer)
    this.timer = setTimeout(() => {
      this.timer = undefined
      this.next()
    }, delay)
  }

  private next() {
    if (this.stopped || this.running || this.publishing || this.timer) return
    const [documentId] = this.queue
    if (documentId === undefined) return
    this.queue.delete(documentId)
    this.idle = this.run(documentId).catch((error: Error) => {
      this.errors.set(documentId, `The preview could not be built: ${error.message}`)
      this.log.error({event: 'preview-failed', documentId, error: error.message}, `Preview build of ${documentId} failed: ${error.message}`)
    }).finally(() => {
      this.running = null
      this.next()
    })
  }

  private async run(documentId: string) {
    const controller = new AbortController()
    this.running = {documentId, controller}
    const id = `${documentId}.${Date.now()}-${randomBytes(3).toString('hex')}`
    // Names starting with a dot are never a document's id, so nothing here is mistaken for a preview.
    const dir = join(this.root, '.builds', id)
    await mkdir(join(this.root, '.builds'), {recursive: true})
    const log = this.log.child({preview: documentId})
    log.info({event: 'preview-started'}, `Preview build of ${documentId} started`)
    const outcome = await this.build(documentId, dir, controller.signal, (line) => log.info({event: 'preview-output'}, line))
    if (outcome.aborted) {
      await rm(dir, {recursive: true, force: true})
      // Asked again after the publish build, unless a newer request already waits.
      if (!this.queue.has(documentId)) this.queue = new Set([documentId, ...this.queue])
      return
    }
    if (!outcome.ok) {
      await rm(dir, {recursive: true, force: true})
      this.errors.set(documentId, outcome.error ?? 'The preview build failed without saying why.')
      log.error({event: 'preview-failed', error: outcome.error}, `Preview build of ${documentId} failed; the previous preview stays`)
      return
    }
    const previous = await this.folder(documentId)
    const temporary = join(this.root, `.link-${randomBytes(4).toString('hex')}`)
    await symlink(join('.builds', id), temporary)
    await rename(temporary, join(this.root, documentId))
    if (previous) await rm(previous, {recursive: true, force: true})
    this.errors.delete(documentId)
    log.info({event: 'preview-built'}, `Preview of ${documentId} is ready`)
    await this.prune()
  }

  /**
   * Removes previews last built more than KEEP_MS ago (their link's time is the build's), and
   * build folders no preview points to: those of builds a crash or a stop left. Runs between
   * builds, so no folder it removes is being written.
   */
  private async prune() {
    const names = await readdir(this.root)
    const kept = new Set<string>()
    for (const name of names.filter((entry) => !entry.startsWith('.'))) {
      const link = join(this.root, name)
      const [info, target] = await Promise.all([lstat(link), this.folder(name)])
      if (Date.now() - info.mtimeMs > KEEP_MS) {
        await rm(link, {force: true})
        this.errors.delete(name)
        this.log.info({event: 'preview-removed', documentId: name}, `Preview of ${name} removed: not built again for a day`)
      } else if (target) {
        kept.add(target)
      }
    }
    const folders = join(this.root, '.builds')
    for (const name of await readdir(folders)) {
      if (!kept.has(join(folders, name))) await rm(join(folders, name), {recursive: true, force: true})
    }
  }

  /** Stops scheduling and any running preview build. */
  async stop(): Promise<void> {
    this.stopped = true
    clearTimeout(this.timer)
    this.running?.controller.abort()
    await this.idle
  }
}
