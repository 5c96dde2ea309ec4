import {useSyncExternalStore} from 'react'
import type {SanityDocument} from 'sanity'
import {siteUrl} from '../env'
import {liveState, type LiveState} from './live-state'
import {watchSite} from './site-watch'

/** One watch for the whole Studio, started by the first badge on screen. */
const site = siteUrl ? watchSite(siteUrl) : null
const nothing = () => () => {}

/** The latest poll of the site, or null when no site is configured. */
export function useSiteSnapshot() {
  return useSyncExternalStore(site?.subscribe ?? nothing, () => site?.snapshot() ?? null)
}

/**
 * The live state of the document open in a pane (`id` is its published id), or null while the
 * site has not answered yet or no site is configured.
 */
export function useLiveState({id, type, published}: {id: string; type: string; published: SanityDocument | null}): LiveState | null {
  const snapshot = useSiteSnapshot()
  if (!snapshot?.loaded) return null
  return liveState({
    documentId: id,
    documentType: type,
    hasPublished: published !== null,
    ...(published ? {publishedRev: published._rev, publishedAt: published._updatedAt} : {}),
    build: snapshot.build,
    ...(snapshot.buildError ? {buildError: snapshot.buildError} : {}),
    status: snapshot.status,
    now: snapshot.at,
  })
}
