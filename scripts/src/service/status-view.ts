import {homedir, tmpdir} from 'node:os'
import type {PublicBuild} from '@cast/schemas/rules/public-build'

/** What the public status is made from: the parts of `Publisher.status()` it reads. */
export interface StatusSource {
  current: {release?: string} | null
  building: {startedAt: string} | null
  queue: {pendingEvents: number; nextBuildAt: string | null}
  waiting?: Array<{id: string; type?: string}>
  builds: Array<{result: string; startedAt: string; finishedAt: string; trigger: string; documents: Array<{id: string}>; release?: string; error?: string}>
}

export interface PublicStatus {
  current: {release: string; builtAt: string | null} | null
  building: {startedAt: string} | null
  queue: {pendingEvents: number; nextBuildAt: string | null}
  /** Published documents accepted but not live yet. */
  waiting: Array<{id: string; type?: string}>
  lastBuild: {result: string; finishedAt: string; reason?: string} | null
  /** The last PUBLIC_BUILDS builds, newest first. */
  builds: PublicBuild[]
}

/** The longest public reason; the private view has the whole message and the log. */
const MAX_REASON = 300
/** How many recent builds the public status lists. */
const PUBLIC_BUILDS = 10
const UNPUBLISHED = /^(drafts|versions)\./

/**
 * The status anyone may read, built field by field from the full one, so that a field added to
 * the full status later stays private until it is added here. Ids of published documents are
 * public (they are on the site); drafts and release versions are not.
 */
export function publicStatus(full: StatusSource, builtAt: string | null, hiddenPaths: readonly string[]): PublicStatus {
  const last = full.builds[0]
  const release = full.current?.release
  return {
    current: release ? {release, builtAt: builtAt ?? full.builds.find((build) => build.release === release)?.finishedAt ?? null} : null,
    building: full.building ? {startedAt: full.building.startedAt} : null,
    queue: {pendingEvents: full.queue.pendingEvents, nextBuildAt: full.queue.nextBuildAt},
    waiting: (full.waiting ?? [])
      .filter((document) => !UNPUBLISHED.test(document.id))
      .map((document) => ({id: document.id, ...(document.type ? {type: document.type} : {})})),
    lastBuild: last
      ? {result: last.result, finishedAt: last.finishedAt, ...(last.error ? {reason: publicReason(last.error, hiddenPaths)} : {})}
      : null,
    builds: full.builds.slice(0, PUBLIC_BUILDS).map((build) => ({
      startedAt: build.startedAt,
      finishedAt: build.finishedAt,
      result: build.result,
      trigger: build.trigger,
      documents: build.documents.map((document) => document.id).filter((id) => !UNPUBLISHED.test(id)),
      ...(build.error ? {reason: publicReason(build.error, hiddenPaths)} : {}),
    })),
  }
}

/** Top-level folders of Unix and macOS machines: an absolute path under one names this machine's files. */
const MACHINE_ROOTS = 'app|bin|boot|data|dev|etc|home|lib|lib32|lib64|media|mnt|nix|opt|private|proc|root|run|sbin|snap|srv|sys|tmp|Users|usr|var|Volumes|work'
const MACHINE_PATH = new RegExp(`(^|[\\s'"\`(=:,[])(?:file://)?/(?:${MACHINE_ROOTS})(?:/[^\\s'"\`),\\]]*)?`, 'g')
const WINDOWS_PATH = /\b[A-Za-z]:\\[^\s'"`),\]]*/g
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

/**
 * A build's failure reason as the public may read it: one line, no longer than MAX_REASON, and
 * with every file system path replaced by `[path]`, the service's own folders first.
 */
function publicReason(error: string, hiddenPaths: readonly string[]): string {
  let line = error.split(/\r?\n/).find((part) => part.trim()) ?? ''
  const known = [...hiddenPaths, homedir(), tmpdir()].filter((path) => path.length > 1).sort((a, b) => b.length - a.length)
  for (const path of known) line = line.split(path).join('[path]')
  line = line
    .replace(/\[path\][^\s'"`),\]]*/g, '[path]')
    .replace(MACHINE_PATH, '$1[path]')
    .replace(WINDOWS_PATH, '[path]')
    .replace(CONTROL, '')
    .trim()
  return line.length > MAX_REASON ? `${line.slice(0, MAX_REASON - 1)}…` : line
}
