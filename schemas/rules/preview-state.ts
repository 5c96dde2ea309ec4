/**
 * What the rebuild service's `GET /preview/<id>/state` answers about a document's preview
 * (`scripts/src/service/preview-builds.ts`), and the Studio's Preview view reads. Imports nothing.
 */
export interface PreviewState {
  documentId: string
  building: boolean
  queued: boolean
  /** What the newest preview shows, from its `preview.json`; null while there is none. */
  built: {path: string; rev: string; fromDraft: boolean; builtAt: string} | null
  /** Why the last preview build failed, if it did. */
  error: string | null
}
