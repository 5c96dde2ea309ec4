import type {PreviewState} from '@cast/schemas/rules/preview-state'
import {urlSearchParamPreviewSecret} from '@sanity/preview-url-secret/constants'
/**
 * The rebuild service's preview endpoints, as the Studio calls them from the browser (CORS allows
 * `STUDIO_ORIGIN` only). Every call carries a preview secret the Studio created in the dataset;
 * the service checks it with its read token, so only people who may write drafts get previews.
 */


/** Why the service did not take a preview request: no service here, a secret it refused, or no answer. */
export class PreviewUnavailable extends Error {
  override name = 'PreviewUnavailable'
  constructor(
    readonly reason: 'no-service' | 'secret' | 'unreachable',
    message: string,
  ) {
    super(message)
  }
}

const SECRET_PARAM = urlSearchParamPreviewSecret

async function reasonOf(response: Response): Promise<string> {
  const text = await response.text().catch(() => '')
  try {
    const {error} = JSON.parse(text) as {error?: unknown}
    if (typeof error === 'string') return error
  } catch {
    // Not JSON: a host without the service answers with its own page.
  }
  return `HTTP ${response.status}`
}

async function call(site: string, path: string, init: RequestInit): Promise<Response> {
  let response: Response
  try {
    response = await fetch(`${site}${path}`, {...init, cache: 'no-store', signal: AbortSignal.timeout(10_000)})
  } catch (error) {
    throw new PreviewUnavailable('unreachable', `The site at ${site} did not answer (${(error as Error).message}).`)
  }
  if (response.status === 401) throw new PreviewUnavailable('secret', `The site refused the preview secret: ${await reasonOf(response)}`)
  if (response.status === 404 || response.status === 405) {
    throw new PreviewUnavailable('no-service', `The site at ${site} builds no previews: ${await reasonOf(response)}`)
  }
  if (!response.ok) throw new PreviewUnavailable('unreachable', `The site's preview answered ${await reasonOf(response)}.`)
  return response
}

/** Asks the service to build a preview of the document from its draft. */
export async function requestPreview(site: string, documentId: string, secret: string): Promise<void> {
  await call(site, '/preview', {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify({documentId, secret})})
}

export async function previewState(site: string, documentId: string, secret: string): Promise<PreviewState> {
  const response = await call(site, `/preview/${encodeURIComponent(documentId)}/state?${SECRET_PARAM}=${encodeURIComponent(secret)}`, {headers: {Accept: 'application/json'}})
  return (await response.json()) as PreviewState
}

/** The preview page's address, new for each build so the frame reloads. */
export function previewAddress(site: string, documentId: string, secret: string, built: NonNullable<PreviewState['built']>): string {
  const page = built.path.startsWith('/') ? built.path : `/${built.path}`
  return `${site}/preview/${encodeURIComponent(documentId)}${page}?${SECRET_PARAM}=${encodeURIComponent(secret)}&built=${encodeURIComponent(built.builtAt)}`
}
