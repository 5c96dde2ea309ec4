import type {ServiceStatus, SiteBuild} from './live-state'

interface SiteSnapshot {
  /** False until the first poll has answered. */
  loaded: boolean
  build: SiteBuild | null
  /** Why `build` is null: what was asked and what went wrong. */
  buildError?: string
  /** Null on a host without the rebuild service (a CDN), where `/status` is missing. */
  status: ServiceStatus | null
  at: Date
}

/** How often the open documents' live state is refreshed when nothing is under way. */
const POLL_MS = 5000
/** How often while a build runs or changes wait for one: a badge turns Live about a second after the build. */
const BUSY_POLL_MS = 1000

/** The wait before the next poll: short while the rebuild service is building or has changes waiting. */
export function nextPollIn(status: ServiceStatus | null): number {
  return status && (status.building || status.queue.pendingEvents > 0) ? BUSY_POLL_MS : POLL_MS
}

async function readJson<T>(url: string): Promise<T> {
  // A site that never answers must not stop the poll: each read gives up after two rounds.
  const response = await fetch(url, {cache: 'no-store', headers: {Accept: 'application/json'}, signal: AbortSignal.timeout(2 * POLL_MS)})
  if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`)
  return (await response.json()) as T
}

/**
 * One poll of the site's `build.json` and `/status`, shared by every badge and action on screen:
 * it runs while something subscribes and stops when the last one leaves. A missing `/status` (a
 * CDN host, or a service that cannot be reached) means "no status", not an error: live state then
 * comes from `build.json` alone. A `build.json` that cannot be read is kept with its reason.
 */
export function watchSite(site: string) {
  const listeners = new Set<() => void>()
  let snapshot: SiteSnapshot = {loaded: false, build: null, status: null, at: new Date()}
  let timer: ReturnType<typeof setTimeout> | undefined
  let round = 0

  const poll = async () => {
    const mine = ++round
    const [build, status] = await Promise.allSettled([readJson<SiteBuild>(`${site}/build.json`), readJson<ServiceStatus>(`${site}/status`)])
    // A round that ends after the watch stopped or a newer round began is stale.
    if (mine !== round || listeners.size === 0) return
    snapshot = {
      loaded: true,
      build: build.status === 'fulfilled' ? build.value : null,
      ...(build.status === 'rejected' ? {buildError: (build.reason as Error).message} : {}),
      status: status.status === 'fulfilled' ? status.value : null,
      at: new Date(),
    }
    for (const listener of listeners) listener()
    timer = setTimeout(() => void poll(), nextPollIn(snapshot.status))
  }

  return {
    subscribe(listener: () => void) {
      listeners.add(listener)
      if (listeners.size === 1) void poll()
      return () => {
        listeners.delete(listener)
        if (listeners.size > 0) return
        clearTimeout(timer)
        round++
      }
    },
    snapshot: () => snapshot,
  }
}
