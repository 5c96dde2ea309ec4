import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import type {FastifyBaseLogger} from 'fastify'
import type {Publisher} from './publisher'
import type {Releases} from './releases'

interface ReconcilerOptions {
  intervalMs: number
  /** The content source's fingerprint now (the site's own command). */
  fingerprint: () => Promise<string>
  publisher: Publisher
  releases: Releases
  log: FastifyBaseLogger
}

/**
 * Finds publishes whose webhook never arrived. Sanity retries a failed delivery only twice, 30 s
 * apart, so a service that was down for a minute would miss them. At start and every
 * `RECONCILE_MS`, the content source's fingerprint is compared with the one the live release was
 * built from (its `build.json`); when they differ, a rebuild is queued like any other event.
 */
export class Reconciler {
  private timer: NodeJS.Timeout | undefined
  private running: Promise<void> | null = null
  private stopped = false

  constructor(private readonly options: ReconcilerOptions) {}

  start(): void {
    void this.check()
    this.timer = setInterval(() => void this.check(), this.options.intervalMs)
    this.timer.unref()
  }

  /** One comparison; a comparison still running is not started twice. */
  check(): Promise<void> {
    this.running ??= this.compare().finally(() => (this.running = null))
    return this.running
  }

  private async compare(): Promise<void> {
    const {publisher, releases, log} = this.options
    // A build running or due will read the content anyway; after a rollback the operator chose
    // what is live, until the next publish.
    if (this.stopped || publisher.busy || publisher.rolledBack) return
    let current: string
    try {
      current = await this.options.fingerprint()
    } catch (error) {
      log.error({event: 'reconcile-failed', error: (error as Error).message}, 'Could not read the content source to compare it with the live release')
      return
    }
    const release = await releases.current()
    const live = release ? await liveFingerprint(release) : null
    if (live === current || this.stopped || publisher.busy || publisher.rolledBack) return
    log.warn({event: 'reconcile-differs', live, current}, 'The published content differs from the live release (a webhook was missed): rebuilding')
    try {
      await publisher.accept({key: `reconcile:${current}`, trigger: 'reconcile', receivedAt: new Date().toISOString()})
    } catch (error) {
      // The journal could not record it (a full disk): the next comparison tries again.
      log.error({event: 'reconcile-unrecorded', error: (error as Error).message}, 'Could not record the rebuild the comparison asked for')
    }
  }

  async stop(): Promise<void> {
    this.stopped = true
    clearInterval(this.timer)
    await this.running
  }
}

/** The fingerprint a release was built from, or null for a release from before fingerprints. */
async function liveFingerprint(release: string): Promise<string | null> {
  const text = await readFile(join(release, 'build.json'), 'utf8').catch(() => '{}')
  const {fingerprint} = JSON.parse(text) as {fingerprint?: unknown}
  return typeof fingerprint === 'string' ? fingerprint : null
}
