import {API_VERSION} from '@cast/schemas/rules/api-version'
import {createClient} from '@sanity/client'
import {urlSearchParamPreviewSecret, validatePreviewUrl} from '@sanity/preview-url-secret'
import type {Config} from './config'

/** A secret found valid is trusted this long, so refreshing a preview does not ask the Content Lake each time. */
const VALID_FOR_MS = 60_000

export type PreviewSecretCheck = (secret: string) => Promise<boolean>

/**
 * Checks preview secrets the Studio created in the dataset (`sanity.previewUrlSecret` documents,
 * valid for an hour), with the service's read token, as `@sanity/preview-url-secret` does for
 * any site. Null when the Content Lake or the token is not configured: then there are no previews.
 */
export function previewSecretCheck(
  config: Pick<Config, 'SANITY_PROJECT_ID' | 'SANITY_DATASET' | 'SANITY_API_HOST' | 'SANITY_READ_TOKEN'>,
): PreviewSecretCheck | null {
  const {SANITY_PROJECT_ID: projectId, SANITY_DATASET: dataset, SANITY_API_HOST: apiHost, SANITY_READ_TOKEN: token} = config
  if (!projectId || !token) return null
  const client = createClient({
    projectId,
    dataset,
    apiVersion: API_VERSION,
    useCdn: false,
    token,
    // A custom host (a local stand-in in tests, a proxy) is used as given, as in the site's build.
    ...(apiHost ? {apiHost, useProjectHostname: false} : {}),
    maxRetries: 1,
    timeout: 10_000,
  })
  const trusted = new Map<string, number>()
  return async (secret) => {
    const now = Date.now()
    for (const [known, until] of trusted) if (until <= now) trusted.delete(known)
    if (trusted.has(secret)) return true
    const {isValid} = await validatePreviewUrl(client, `/?${urlSearchParamPreviewSecret}=${encodeURIComponent(secret)}`)
    if (isValid) trusted.set(secret, now + VALID_FOR_MS)
    return isValid
  }
}
