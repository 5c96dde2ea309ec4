import type {PublicBuild} from '@cast/schemas/rules/public-build'
import {isSluggedType} from '@cast/schemas/routing/reserved-paths'

/** The site's `build.json`, as far as the Studio reads it. */
export interface SiteBuild {
  builtAt: string
  /** Every published document the build read, with the `_rev` it read and its page, if it has one. */
  documents?: Record<string, {rev: string; path?: string}>
}

/**
 * The parts of the rebuild service's public `GET /status` (`scripts/src/service/status-view.ts`)
 * the Studio reads.
 */
export interface ServiceStatus {
  /** Published ids accepted but not live yet. */
  waiting: Array<{id: string}>
  building: {startedAt: string} | null
  lastBuild: {result: string; finishedAt: string; reason?: string} | null
  queue: {pendingEvents: number; nextBuildAt: string | null}
  /** The recent builds, newest first; missing from services older than the Website tool. */
  builds?: PublicBuild[]
}

type LiveStateName = 'live' | 'publishing' | 'failed' | 'delayed' | 'not-shown' | 'unpublished-live' | 'not-published' | 'unknown'

export interface LiveState {
  state: LiveStateName
  /** A short label for the badge. */
  label: string
  tone: 'positive' | 'primary' | 'caution' | 'critical' | 'neutral'
  /** The longer explanation: when, why, what to do. */
  detail?: string
  /** The document's page on the site (a path), when the live site has one. */
  href?: string
}

export interface LiveStateInput {
  /** The published id (no `drafts.` or `versions.` prefix). */
  documentId: string
  documentType: string
  hasPublished: boolean
  /** `_rev` and `_updatedAt` of the published document. */
  publishedRev?: string
  publishedAt?: string
  /** The site's `build.json`, or null when it could not be read. */
  build: SiteBuild | null
  /** The service's public status, or null on a host without the rebuild service (a CDN). */
  status: ServiceStatus | null
  /** Why `build` is null, when it is. */
  buildError?: string
  now: Date
}

/**
 * On a host without the rebuild service the Studio sees no builds: a published revision missing
 * from `build.json` for longer than this is reported as late, so a failed deploy does not show
 * "Publishing…" forever. Builds on CDN hosts take a few minutes.
 */
export const CDN_BUILD_GRACE_MS = 15 * 60_000

const time = (iso: string) => Date.parse(iso)

export const when = (iso: string) =>
  new Date(iso).toLocaleString('en-US', {dateStyle: 'medium', timeStyle: 'short'})

/**
 * Whether a document is on the public site. `build.json` says what is live; the status says what is
 * under way. In order:
 * - Not published: with no published revision, "Unpublished, still on the site" while the live build
 *   still has it (it goes with the next build), otherwise "Not published".
 * - Live: the live build read the published `_rev`. A type that has pages (`SLUG_PREFIXES`) but got
 *   none in that build (a closed job opening) is "Published, not shown on the site"; types without
 *   pages (hotlines, settings) are live on the pages that show them.
 * - With the service's status, the revision not live yet: a running build means "Publishing…";
 *   else a last build that failed at or after the publish means "Not live: the last build failed"
 *   with its reason (the old page stays up); else the id waiting or events queued means
 *   "Publishing…"; else a build newer than the publish that did not read the document means "not
 *   shown" (nothing lists it); else "Publishing…" (the webhook is on its way).
 * - Without status (a CDN host): "Publishing…" until the build has the revision, "not shown" when a
 *   build newer than the publish did not read it, and "Not on the site yet" after CDN_BUILD_GRACE_MS.
 */
export function liveState(input: LiveStateInput): LiveState {
  const {documentId, documentType, hasPublished, publishedRev, publishedAt, build, status, now} = input
  const entry = build?.documents?.[documentId]
  const href = entry?.path

  if (!hasPublished) {
    if (entry) {
      return {state: 'unpublished-live', label: 'Unpublished, still on the site', tone: 'caution', detail: 'Unpublished, but still on the site until the next build.', ...(href ? {href} : {})}
    }
    return {state: 'not-published', label: 'Not published', tone: 'neutral', detail: 'Publish it to put it on the site.'}
  }

  if (build && !build.documents) {
    return {state: 'unknown', label: 'Live state unknown', tone: 'neutral', detail: `The site's build.json (built ${when(build.builtAt)}) does not list its documents: rebuild the site with the current version.`}
  }

  if (entry && entry.rev === publishedRev && build) {
    if (href) return {state: 'live', label: 'Live', tone: 'positive', detail: `On the site since ${when(build.builtAt)}.`, href}
    if (isSluggedType(documentType)) {
      return {state: 'not-shown', label: 'Published, not shown on the site', tone: 'caution', detail: `In the build of ${when(build.builtAt)}, but without a page of its own (a closed job opening has none).`}
    }
    return {state: 'live', label: 'Live', tone: 'positive', detail: `On the site since ${when(build.builtAt)}, on the pages that show it.`}
  }

  const publishedTime = publishedAt ? time(publishedAt) : Number.NaN
  // A build that started after the publish and still did not read the document: nothing lists it.
  const builtSincePublish = build !== null && !entry && time(build.builtAt) > publishedTime
  const notShown: LiveState = {state: 'not-shown', label: 'Published, not shown on the site', tone: 'caution', detail: `The build of ${build ? when(build.builtAt) : ''} does not show it: nothing on the site lists it.`}
  const publishing = (detail: string): LiveState => ({state: 'publishing', label: 'Publishing…', tone: 'primary', detail, ...(href ? {href} : {})})

  if (status) {
    if (status.building) return publishing(`A build is running since ${when(status.building.startedAt)}.`)
    const last = status.lastBuild
    if (last && last.result !== 'ok' && !(time(last.finishedAt) < publishedTime)) {
      const reason = last.reason ? `: ${last.reason.replace(/[.!?…]?$/, (end) => end || '.')}` : '.'
      const stays = href ? ' The earlier version stays on the site.' : ''
      return {state: 'failed', label: 'Not live: the last build failed', tone: 'critical', detail: `The build of ${when(last.finishedAt)} failed${reason}${stays}`, ...(href ? {href} : {})}
    }
    if (status.waiting.some((waiting) => waiting.id === documentId) || status.queue.pendingEvents > 0) {
      const next = status.queue.nextBuildAt ? ` The next build starts at ${when(status.queue.nextBuildAt)}.` : ''
      return publishing(`Waiting for the next build.${next}`)
    }
    if (builtSincePublish) return notShown
    return publishing('Published: the site has not heard of it yet.')
  }

  if (!build) {
    const why = input.buildError ? ` (${input.buildError})` : ''
    return {state: 'unknown', label: 'Live state unknown', tone: 'neutral', detail: `The site's build.json could not be read${why}, so the Studio cannot tell what is live.`}
  }
  if (builtSincePublish) return notShown
  if (now.getTime() - publishedTime > CDN_BUILD_GRACE_MS) {
    return {state: 'delayed', label: 'Not on the site yet', tone: 'caution', detail: `Published ${when(publishedAt!)}, but the site's last build (${when(build.builtAt)}) does not have it: check the host's deploy log.`, ...(href ? {href} : {})}
  }
  return publishing(`Published ${publishedAt ? when(publishedAt) : ''}; the site shows it once its build finishes.`)
}
