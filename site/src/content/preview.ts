/**
 * A preview build: one document's page, rendered from its draft (`build-cli.ts --preview <id>`).
 * The build passes the document's published id to Astro's process in `PREVIEW_DOCUMENT`; the
 * content source, the layout, the media addresses, the dynamic routes and the config all read it here.
 */
export const PREVIEW_DOCUMENT = 'PREVIEW_DOCUMENT'

/** The published id of the document this build previews; undefined in a normal build. */
export function previewedId(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env[PREVIEW_DOCUMENT]?.trim() || undefined
}

/** Where the rebuild service serves a document's preview; its files are addressed below it. */
function previewFolder(id: string): string {
  return `/preview/${id}`
}

/** What the site's own files are addressed below: the preview's folder in a preview, the site's root otherwise. */
export function assetBase(env: NodeJS.ProcessEnv = process.env): string {
  const id = previewedId(env)
  return id ? previewFolder(id) : ''
}

/** Which pages a dynamic route builds: in a preview, only the previewed document's. */
export function pagesToBuild<T>(items: T[], idOf: (item: T) => string): T[] {
  const id = previewedId()
  return id ? items.filter((item) => idOf(item) === id) : items
}
