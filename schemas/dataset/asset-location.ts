/**
 * What a file or image field says about its asset. A dataset file names a path beside it
 * (`_sanityAsset`, e.g. `file@file://./files/report.pdf`); the Content Lake names a URL on its
 * asset CDN (`asset->url`). Which one counts, and where it may point, is for the content source
 * to decide: content never chooses which files the build reads or which hosts it fetches from.
 */
export interface AssetLocation {
  local?: string | null
  url?: string | null
}

/** The document and field (its path within the document, e.g. `file` or `coverImage`) that name an asset. */
export interface AssetPlace {
  documentId: string
  field: string
}

/** An asset the build may not or cannot read. The message names the document, the field and the path or URL. */
export class AssetError extends Error {
  override name = 'AssetError'

  constructor(place: AssetPlace, reason: string, options?: ErrorOptions) {
    super(`Document ${place.documentId}, field ${place.field}: ${reason}`, options)
  }
}
