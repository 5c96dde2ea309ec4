import {createClient, type ClientPerspective} from '@sanity/client'
import {evaluate, parse} from 'groq-js'
import {resolve} from 'node:path'
import {isPublishedId, readDatasetFile, type RawDocument} from './dataset-file'

/**
 * Where the site's content comes from. Both sources answer the same GROQ queries with the same
 * result shapes; only published documents are ever visible.
 */
export interface ContentSource {
  /** Human-readable, for logs and errors: "Content Lake project abc/production" or a file path. */
  description: string
  fetch<T>(query: string, params?: Record<string, unknown>): Promise<T>
}

/** Thrown when the content source is misconfigured or unreachable; one sentence that says what to do. */
export class ContentSourceError extends Error {
  override name = 'ContentSourceError'
}

/** The embedded dataset, relative to the site's root folder. */
export const EMBEDDED_DATASET = '../studio/seed/production.ndjson'

export const DEFAULT_API_VERSION = '2025-02-19'

export async function fileSource(file: string): Promise<ContentSource> {
  const documents = await readDatasetFile(file)
  const published: RawDocument[] = documents.filter((doc) => isPublishedId(doc._id))
  // groq-js follows a reference (`->`) by scanning the whole dataset; a lookup by id keeps
  // large datasets from taking quadratic time. Only published documents can be reached.
  const byId = new Map(published.map((doc) => [doc._id, doc]))
  const dereference = ({_ref}: {_ref: string}) => byId.get(_ref) ?? null
  return {
    description: file,
    async fetch<T>(query: string, params: Record<string, unknown> = {}) {
      const result = await evaluate(parse(query, {params}), {dataset: published, params, dereference})
      return (await result.get()) as T
    },
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
}

export function lakeSource({projectId, dataset, apiVersion = DEFAULT_API_VERSION, token, apiHost}: LakeConfig): ContentSource {
  const perspective: ClientPerspective = 'published'
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
  return {
    description: `Content Lake ${where}`,
    async fetch<T>(query: string, params: Record<string, unknown> = {}) {
      try {
        return await client.fetch<T>(query, params, {perspective})
      } catch (error) {
        throw explainHttpError(error, where)
      }
    },
  }
}

/**
 * Chooses the source from the environment: the Content Lake when `SANITY_PROJECT_ID` is set,
 * otherwise `CONTENT_FILE`, otherwise the embedded dataset.
 */
export async function sourceFromEnv(env: NodeJS.ProcessEnv, siteRoot: string): Promise<ContentSource> {
  const projectId = env.SANITY_PROJECT_ID?.trim()
  if (projectId) {
    const dataset = env.SANITY_DATASET?.trim()
    if (!dataset) {
      throw new ContentSourceError(
        'SANITY_PROJECT_ID is set but SANITY_DATASET is not: set both to build from the Content Lake, or neither to build from a file.',
      )
    }
    return lakeSource({
      projectId,
      dataset,
      apiVersion: env.SANITY_API_VERSION?.trim() || DEFAULT_API_VERSION,
      token: env.SANITY_READ_TOKEN?.trim() || undefined,
      apiHost: env.SANITY_API_HOST?.trim() || undefined,
    })
  }
  return fileSource(resolve(siteRoot, env.CONTENT_FILE?.trim() || EMBEDDED_DATASET))
}

let shared: Promise<ContentSource> | undefined

/** The build's one content source, read once and shared by every collection. */
export function contentSource(siteRoot: string): Promise<ContentSource> {
  shared ??= sourceFromEnv(process.env, siteRoot)
  return shared
}
