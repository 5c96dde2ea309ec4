import {API_VERSION} from '@cast/schemas/rules/api-version'
import {EMBEDDED_DATASET, inPerspective, openDatasetFile, readDatasetAsset, type AssetLocation, type AssetPlace} from '@cast/schemas/dataset'
import {createClient, type ClientPerspective} from '@sanity/client'
import {evaluate, parse} from 'groq-js'
import {createHash} from 'node:crypto'
import {resolve} from 'node:path'
import {alreadyRead, once} from './build-memo'
import {ASSET_CDN, DEFAULT_ASSET_MAX_BYTES, DEFAULT_ASSET_TIMEOUT_MS, readLakeAsset} from './lake-assets'
import {previewedId} from './preview'

/**
 * Where the site's content comes from. Both sources answer the same GROQ queries with the same
 * result shapes; only published documents are visible, except to a preview build, which sees each
 * draft in place of its published document (the `drafts` perspective).
 */
export interface ContentSource {
  /** Human-readable, for logs and errors: "Content Lake project abc/production" or a file path. */
  description: string
  fetch<T>(query: string, params?: Record<string, unknown>): Promise<T>
  /**
   * A cheap summary of the published content that changes whenever it does. The build records it
   * in `build.json`, and the rebuild service compares it with the live release's to find
   * publishes whose webhook never arrived.
   */
  fingerprint(): Promise<string>
  /**
   * The bytes of a file or image field's asset. The source decides where they may come from: a
   * dataset file's folder, or the Content Lake's asset CDN. Anything else is an `AssetError`.
   */
  readAsset(asset: AssetLocation, place: AssetPlace): Promise<Buffer>
}

/** Thrown when the content source is misconfigured or unreachable; one sentence that says what to do. */
export class ContentSourceError extends Error {
  override name = 'ContentSourceError'
}

/** The documents a build sees: the published ones, or for a preview, drafts over published. */
type Perspective = Extract<ClientPerspective, 'published' | 'drafts'>

/** A dataset file. Its fingerprint is the hash of the very bytes its documents were read from. */
export async function fileSource(file: string, perspective: Perspective = 'published'): Promise<ContentSource> {
  const {documents, assetFolder, sha256} = await openDatasetFile(file)
  const fingerprint = `file:sha256:${sha256}`
  const visible = inPerspective(documents, perspective)
  // groq-js follows a reference (`->`) by scanning the whole dataset; a lookup by id keeps
  // large datasets from taking quadratic time. Only documents of the perspective can be reached.
  const byId = new Map(visible.map((doc) => [doc._id, doc]))
  const dereference = ({_ref}: {_ref: string}) => byId.get(_ref) ?? null
  return {
    description: file,
    async fetch<T>(query: string, params: Record<string, unknown> = {}) {
      const result = await evaluate(parse(query, {params}), {dataset: visible, params, dereference})
      return (await result.get()) as T
    },
    fingerprint: async () => fingerprint,
    readAsset: (asset, place) => readDatasetAsset(asset, assetFolder, place),
  }
}

function explainHttpError(error: unknown, where: string): ContentSourceError {
  const status = (error as {statusCode?: number}).statusCode
  const detail = (error as Error).message
  const reason =
    status === 401
      ? 'refused the token (401): check SANITY_READ_TOKEN, or unset it for a public dataset'
      : status === 403
        ? 'denied access (403): the token lacks read access to this dataset, or the dataset is private and no SANITY_READ_TOKEN is set'
        : status === 404
          ? 'has no such project or dataset (404): check SANITY_PROJECT_ID and SANITY_DATASET'
          : status === 429
            ? 'is rate-limiting requests (429): wait a minute and build again'
            : status !== undefined && status >= 500
              ? `is failing (${status}): try again shortly; the last built site stays as it is`
              : `could not be reached (${detail}): check the network and SANITY_API_HOST`
  return new ContentSourceError(`The Content Lake at ${where} ${reason}.`, {cause: error})
}

export interface LakeConfig {
  projectId: string
  dataset: string
  apiVersion?: string
  token?: string
  apiHost?: string
  /** Limits on one asset download: `ASSET_TIMEOUT_MS` and `ASSET_MAX_BYTES`. */
  assetTimeoutMs?: number
  assetMaxBytes?: number
  /** `drafts` only with a token: drafts are never public. */
  perspective?: Perspective
}

/** The origin of `SANITY_API_HOST`, where a stand-in (in tests) or a proxy also serves the assets. */
function apiOrigin(apiHost: string): string {
  if (!URL.canParse(apiHost)) throw new ContentSourceError(`SANITY_API_HOST is "${apiHost}", which is not a URL: give it as https://<host>, or unset it.`)
  return new URL(apiHost).origin
}

export function lakeSource({
  projectId,
  dataset,
  apiVersion = API_VERSION,
  token,
  apiHost,
  assetTimeoutMs = DEFAULT_ASSET_TIMEOUT_MS,
  assetMaxBytes = DEFAULT_ASSET_MAX_BYTES,
  perspective = 'published',
}: LakeConfig): ContentSource {
  const assetPolicy = {projectId, dataset, origins: apiHost ? [ASSET_CDN, apiOrigin(apiHost)] : [ASSET_CDN], timeoutMs: assetTimeoutMs, maxBytes: assetMaxBytes}
  const client = createClient({
    projectId,
    dataset,
    apiVersion,
    // A build started by a webhook must see what was just published, not a CDN copy.
    useCdn: false,
    perspective,
    ...(token ? {token} : {}),
    // A custom host (a local server in tests, a proxy) is used as given, without the project subdomain.
    ...(apiHost ? {apiHost, useProjectHostname: false} : {}),
    maxRetries: 2,
    timeout: 30_000,
  })
  const where = apiHost ? `${apiHost} (project ${projectId}, dataset ${dataset})` : `project ${projectId}, dataset ${dataset}`
  const fetch = async <T>(query: string, params: Record<string, unknown> = {}) => {
    try {
      return await client.fetch<T>(query, params, {perspective})
    } catch (error) {
      throw explainHttpError(error, where)
    }
  }
  return {
    description: `Content Lake ${where}`,
    fetch,
    /** How many documents, the newest change, and a hash of every id and revision. */
    async fingerprint() {
      const {count, newest, revisions} = await fetch<{count: number; newest: string | null; revisions: Array<{_id: string; _rev: string}>}>(
        '{"count": count(*), "newest": *[defined(_updatedAt)] | order(_updatedAt desc)[0]._updatedAt, "revisions": *{_id, _rev}}',
      )
      const hash = createHash('sha256')
      for (const {_id, _rev} of revisions.sort((a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0))) hash.update(`${_id}\0${_rev}\n`)
      return `lake:${count}:${newest ?? '-'}:${hash.digest('hex')}`
    },
    readAsset: (asset, place) => readLakeAsset(asset, assetPolicy, place),
  }
}

/** A limit from the environment: a whole number above zero, or `fallback` when unset. */
function positiveWholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]?.trim()
  if (!raw) return fallback
  if (!/^[1-9]\d*$/.test(raw) || !Number.isSafeInteger(Number(raw))) {
    throw new ContentSourceError(`${name} is "${raw}": set it to a whole number above zero, or unset it for the default (${fallback}).`)
  }
  return Number(raw)
}

/**
 * Chooses the source from the environment: the Content Lake when `SANITY_PROJECT_ID` is set,
 * otherwise `CONTENT_FILE`, otherwise the embedded dataset.
 */
export async function sourceFromEnv(env: NodeJS.ProcessEnv, siteRoot: string): Promise<ContentSource> {
  const projectId = env.SANITY_PROJECT_ID?.trim()
  const preview = previewedId(env)
  const perspective: Perspective = preview ? 'drafts' : 'published'
  if (projectId) {
    const dataset = env.SANITY_DATASET?.trim()
    if (!dataset) {
      throw new ContentSourceError(
        'SANITY_PROJECT_ID is set but SANITY_DATASET is not: set both to build from the Content Lake, or neither to build from a file.',
      )
    }
    const token = env.SANITY_READ_TOKEN?.trim() || undefined
    if (preview && !token) {
      throw new ContentSourceError(
        `A preview of ${preview} reads drafts, which the Content Lake shows only with a token: set SANITY_READ_TOKEN to a token with read access to dataset ${dataset}.`,
      )
    }
    return lakeSource({
      projectId,
      dataset,
      apiVersion: env.SANITY_API_VERSION?.trim() || API_VERSION,
      token,
      apiHost: env.SANITY_API_HOST?.trim() || undefined,
      assetTimeoutMs: positiveWholeNumber(env, 'ASSET_TIMEOUT_MS', DEFAULT_ASSET_TIMEOUT_MS),
      assetMaxBytes: positiveWholeNumber(env, 'ASSET_MAX_BYTES', DEFAULT_ASSET_MAX_BYTES),
      perspective,
    })
  }
  return fileSource(resolve(siteRoot, env.CONTENT_FILE?.trim() || EMBEDDED_DATASET), perspective)
}

/** Where the build memo keeps the content source. */
const SOURCE = 'content source'

/**
 * The build's one content source, read once and shared by every collection and page. Its
 * fingerprint is taken before any collection reads content: content that changes during the build
 * then makes the recorded fingerprint differ from the next one, never the other way round.
 */
export function contentSource(siteRoot: string): Promise<ContentSource> {
  return once(SOURCE, () =>
    sourceFromEnv(process.env, siteRoot).then(async (source) => {
      const fingerprint = await source.fingerprint()
      return {...source, fingerprint: async () => fingerprint}
    }),
  )
}

/** The source the content loaders opened, for reading assets while pages render. */
export function openedContentSource(): Promise<ContentSource> {
  const source = alreadyRead<ContentSource>(SOURCE)
  if (!source) throw new Error('No content source is open: pages read their assets only after the content loaders have run, in the same build.')
  return source
}
