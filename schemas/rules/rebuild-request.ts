/**
 * The document staff write to ask for a rebuild of the site (the Studio's Website tool). Writing
 * it sends the usual signed webhook, so Sanity's roles decide who may ask and the Studio never
 * holds the rebuild service's token. Imports nothing, so the service can use it.
 */
export const REBUILD_REQUEST_TYPE = 'rebuildRequest'

/** The one rebuild request: each request replaces it. */
export const REBUILD_REQUEST_ID = 'rebuild-request'

/**
 * Document types the Studio writes for its own use, each by its one id: never content, never read
 * by the site, and never in the embedded dataset.
 */
export const STUDIO_ONLY_TYPES: ReadonlyMap<string, string> = new Map([[REBUILD_REQUEST_TYPE, REBUILD_REQUEST_ID]])
