import type {FastifyBaseLogger} from 'fastify'
import type {Publisher} from './publisher'

interface AlertOptions {
  /** A chat or paging webhook that receives each alert as a JSON POST; optional. */
  url?: string
  /** Alert when this many builds in a row have failed. */
  failures: number
  /** Alert when an accepted change has waited this long without going live. */
  behindMs: number
  publisher: Publisher
  log: FastifyBaseLogger
}

type Kind = 'builds-failing' | 'site-behind'

/** How long a delivery to ALERT_URL may take. */
const DELIVERY_TIMEOUT_MS = 10_000

/**
 * Tells the operator when publishing has stopped working: builds keep failing, or the live site
 * has stayed behind the content for too long. Each alert is a JSON log line at error level and,
 * when `ALERT_URL` is set, a POST there; it is sent once when the condition starts and once more
 * when it ends, never on every check.
 */
export class Alerts {
  private readonly active = new Set<Kind>()
  private timer: NodeJS.Timeout | undefined
  private sending: Promise<unknown> = Promise.resolve()

  constructor(private readonly options: AlertOptions) {}

  start(): void {
    const every = Math.max(250, Math.min(30_000, Math.floor(this.options.behindMs / 4)))
    this.timer = setInterval(() => this.check(), every)
    this.timer.unref()
  }

  check(now = Date.now()): void {
    const {publisher, failures, behindMs} = this.options
    const health = publisher.health()
    this.toggle('builds-failing', health.consecutiveFailures >= failures, () => ({
      text: `Cast website: the last ${health.consecutiveFailures} builds failed, so published changes are not live. Last reason: ${health.lastError ?? 'unknown'}`,
      consecutiveFailures: health.consecutiveFailures,
      reason: health.lastError,
    }))
    const waiting = health.oldestPendingAt ? now - Date.parse(health.oldestPendingAt) : 0
    this.toggle('site-behind', waiting > behindMs, () => ({
      text: `Cast website: a change published ${Math.round(waiting / 60_000)} min ago is still not live (${health.pendingEvents} waiting).`,
      waitingMs: waiting,
      since: health.oldestPendingAt,
    }))
  }

  private toggle(kind: Kind, on: boolean, details: () => Record<string, unknown> & {text: string}) {
    if (on === this.active.has(kind)) return
    if (on) {
      this.active.add(kind)
      const body = {kind, resolved: false, ...details()}
      this.options.log.error({event: 'alert', ...body}, body.text)
      this.deliver(body)
    } else {
      this.active.delete(kind)
      const body = {kind, resolved: true, text: `Cast website: resolved: ${kind === 'builds-failing' ? 'builds succeed again' : 'the live site has caught up'}.`}
      this.options.log.info({event: 'alert-resolved', ...body}, body.text)
      this.deliver(body)
    }
  }

  private deliver(body: Record<string, unknown>) {
    const {url, log} = this.options
    if (!url) return
    this.sending = this.sending.then(async () => {
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: {'content-type': 'application/json'},
          body: JSON.stringify(body),
          redirect: 'error',
          signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
        })
        if (!response.ok) throw new Error(`it answered ${response.status}`)
      } catch (error) {
        log.error({event: 'alert-delivery-failed', kind: body.kind, error: (error as Error).message}, 'Could not deliver an alert to ALERT_URL')
      }
    })
  }

  async stop(): Promise<void> {
    clearInterval(this.timer)
    await this.sending
  }
}
