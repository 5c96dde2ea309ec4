/**
 * One of the rebuild service's recent builds as its public `GET /status` lists it
 * (`scripts/src/service/status-view.ts`) and the Studio's Website tool shows it. Anyone may read
 * it: published ids and a one-line reason, never logs or paths. Imports nothing.
 */
export interface PublicBuild {
  startedAt: string
  finishedAt: string
  result: string
  /** What started it: `webhook`, `rebuild`, `schedule`, `startup`, `recovery`. */
  trigger: string
  /** Ids of the published documents it covered; none for a rebuild of the whole site. */
  documents: string[]
  /** Why it failed, in one line. */
  reason?: string
}
