import {AssetError, type AssetLocation, type AssetPlace} from '@cast/schemas/dataset'

/** Sanity's asset CDN: the one origin the Content Lake's assets are downloaded from. */
export const ASSET_CDN = 'https://cdn.sanity.io'

/** How long one asset download may take, answer and body together (`ASSET_TIMEOUT_MS`). */
export const DEFAULT_ASSET_TIMEOUT_MS = 30_000

/** The largest asset the build downloads, in bytes (`ASSET_MAX_BYTES`): 50 MB. */
export const DEFAULT_ASSET_MAX_BYTES = 50 * 1024 * 1024

export interface LakeAssetPolicy {
  projectId: string
  dataset: string
  /** Origins assets may come from: the CDN, and the origin of `SANITY_API_HOST` when it is set (a stand-in in tests). */
  origins: readonly string[]
  timeoutMs: number
  maxBytes: number
}

/** An asset's file name on the CDN: `<sha1>.<ext>` or `<sha1>-<width>x<height>.<ext>`; no dots, no `%`, no slashes. */
const ASSET_NAME = /^[A-Za-z0-9_-]+\.[A-Za-z0-9]+$/

/**
 * True when `raw` is exactly `<origin>/(images|files)/<projectId>/<dataset>/<name>.<ext>` on an
 * allowed origin: nothing the URL parser would change (`..`, `\`, case, escapes), no user name,
 * query or fragment.
 */
export function isLakeAssetUrl(raw: string, {projectId, dataset, origins}: Pick<LakeAssetPolicy, 'projectId' | 'dataset' | 'origins'>): boolean {
  if (!URL.canParse(raw)) return false
  const url = new URL(raw)
  if (url.href !== raw || !origins.includes(url.origin) || url.username || url.password || url.search || url.hash) return false
  const [empty, kind, project, set, name, ...rest] = url.pathname.split('/')
  return (
    empty === '' &&
    (kind === 'images' || kind === 'files') &&
    project === projectId &&
    set === dataset &&
    name !== undefined &&
    ASSET_NAME.test(name) &&
    rest.length === 0
  )
}

/**
 * The bytes of a Content Lake asset, downloaded only from the asset CDN of the configured
 * project and dataset, without following redirects, within the policy's time and size limits.
 * Anything else stops the build naming the document, the field and the URL.
 */
export async function readLakeAsset(asset: AssetLocation, policy: LakeAssetPolicy, place: AssetPlace): Promise<Buffer> {
  const {projectId, dataset, origins, timeoutMs, maxBytes} = policy
  if (!asset.url) {
    throw new AssetError(
      place,
      asset.local
        ? `the asset ${asset.local} is a file path, but the Content Lake's assets are uploaded files with a URL: upload the file again in the Studio.`
        : 'no file is attached: upload the file again in the Studio.',
    )
  }
  const url = asset.url
  if (!isLakeAssetUrl(url, policy)) {
    const shapes = origins.map((origin) => `${origin}/(images|files)/${projectId}/${dataset}/<name>.<ext>`).join(' or ')
    throw new AssetError(
      place,
      `the asset URL ${url} is not on Sanity's asset CDN for project ${projectId}, dataset ${dataset} (${shapes}), and the build downloads assets only from there: upload the file again in the Studio.`,
    )
  }

  const signal = AbortSignal.timeout(timeoutMs)
  const tooSlow = (cause: unknown) =>
    new AssetError(place, `downloading the asset ${url} took longer than ${timeoutMs} ms (ASSET_TIMEOUT_MS): build again, or raise ASSET_TIMEOUT_MS.`, {cause})
  const failed = (cause: unknown) =>
    signal.aborted ? tooSlow(cause) : new AssetError(place, `downloading the asset ${url} failed (${(cause as Error).message}): check the network and build again.`, {cause})
  const tooLarge = () =>
    new AssetError(place, `the asset ${url} is larger than ${maxBytes} bytes (ASSET_MAX_BYTES): upload a smaller file, or raise ASSET_MAX_BYTES.`)

  const response = await fetch(url, {redirect: 'manual', signal}).catch((cause: unknown) => {
    throw failed(cause)
  })
  if (response.status >= 300 && response.status < 400) {
    await response.body?.cancel()
    throw new AssetError(
      place,
      `downloading the asset ${url} answered ${response.status} redirecting to ${response.headers.get('location') ?? '(no Location)'}, and the build follows no redirects: check SANITY_API_HOST, or upload the file again in the Studio.`,
    )
  }
  if (!response.ok) {
    await response.body?.cancel()
    throw new AssetError(place, `downloading the asset ${url} failed: ${response.status} ${response.statusText}. Build again shortly; if it keeps failing, upload the file again in the Studio.`)
  }
  if (Number(response.headers.get('content-length')) > maxBytes) {
    await response.body?.cancel()
    throw tooLarge()
  }

  const chunks: Uint8Array[] = []
  let size = 0
  try {
    // Counted while it streams: a missing or false Content-Length cannot make the build hold more.
    for await (const chunk of response.body ?? []) {
      size += chunk.length
      if (size > maxBytes) throw tooLarge()
      chunks.push(chunk)
    }
  } catch (error) {
    throw error instanceof AssetError ? error : failed(error)
  }
  return Buffer.concat(chunks)
}
