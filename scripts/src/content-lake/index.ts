import {createServer, type IncomingMessage, type Server, type ServerResponse} from 'node:http'
import type {AddressInfo} from 'node:net'
import {inPerspective, openDatasetFile, type DatasetDocument} from '@cast/schemas/dataset'
import {projectAnswer, type LakeUser} from './project'
import {actionMutations, type LakeAction} from './actions'
import {answerAssetRoute, type AssetRoute} from './assets'
import {readJson, send, sendError} from './http'
import {toLakeDocuments, type LakeAsset} from './lake-documents'
import {listen} from './listen'
import {expandDeletesByQuery, readQuery, runQuery} from './query'
import {LakeStore, type LakeMutation} from './store'
import {sendWebhooks, type LakeWebhook, type WebhookDelivery} from './webhooks'

export type {AssetRoute} from './assets'
export type {LakeUser} from './project'
export type {LakeWebhook, WebhookDelivery} from './webhooks'

/**
 * A local stand-in for Sanity's Content Lake, for driving the real `@sanity/client` and the built
 * Studio in tests and benchmarks. It answers, below `/v<version>`:
 * - `data/query/<dataset>` (`GET` and `POST`) with GROQ evaluated by groq-js, in the `raw`,
 *   `published` or `drafts` perspective;
 * - `data/doc/<dataset>/<id,id>`, `data/mutate/<dataset>` and `data/actions/<dataset>` on an
 *   in-memory copy of the dataset file (the file itself is never written);
 * - `data/listen/<dataset>`, a stream of `welcome` and `mutation` events;
 * - the signed-in user, the project, its datasets and the dataset's ACL for the user's roles.
 * It serves asset files and can be told to fail. Anything else is answered 404 and listed in
 * `unanswered`, so a test sees what a new client version started asking for.
 *
 * Dataset files use `_sanityAsset` for files; here they become real asset documents and
 * references, as they are in a Content Lake, with URLs on this server in the shape of Sanity's
 * asset CDN: `/images/<projectId>/<dataset>/<sha1>-<width>x<height>.<ext>` and
 * `/files/<projectId>/<dataset>/<sha1>.<ext>`.
 */
export interface ContentLake {
  url: string
  /** Every query request received, for assertions on how the client called the API. */
  requests: Array<{method: string; path: string; perspective: string | null; authorization?: string}>
  /** The path of every request outside the API (asset downloads and anything else). */
  assetRequests: string[]
  /** `METHOD path` of every API request the stand-in had no answer for. */
  unanswered: string[]
  /** The dataset's documents as they are now, drafts included. */
  documents(): DatasetDocument[]
  /** From now on, sends `webhook` for each change to a published document, as Sanity sends one. */
  sendWebhooks(webhook: LakeWebhook): void
  /** Every webhook delivery so far. */
  webhookDeliveries: WebhookDelivery[]
  /** Answer every query with this status (and a Sanity-style error body), until reset with null. */
  failWith(status: number | null): void
  close(): Promise<void>
}

export interface ContentLakeOptions {
  /** A read token the stand-in requires, as a private dataset does. */
  token?: string
  /** The project and dataset in asset URLs (default `test` and `production`, as the tests configure the client). */
  projectId?: string
  dataset?: string
  /** Documents added as they are (asset documents with URLs of a test's choosing), given the stand-in's URL. */
  documents?: (url: string) => object[]
  /** Asset paths answered with a behaviour rather than a file. */
  assetRoutes?: (url: string) => Record<string, AssetRoute>
  /** Who `/users/me` says is signed in (default an administrator). */
  user?: LakeUser
}

const FAILURES: Record<number, string> = {401: 'Unauthorized - Session not found', 403: 'Forbidden', 429: 'Too many requests', 500: 'Internal error'}

const DEFAULT_USER: LakeUser = {id: 'p-staff', name: 'Staff Member', email: 'staff@example.org', roles: ['administrator']}

export async function startContentLake(datasetFile: string, options: ContentLakeOptions = {}): Promise<ContentLake> {
  const {projectId = 'test', dataset = 'production', user = DEFAULT_USER} = options
  let failure: number | null = null
  const requests: ContentLake['requests'] = []
  const assetRequests: string[] = []
  const unanswered: string[] = []
  let routes: Record<string, AssetRoute> = {}
  let assets = new Map<string, LakeAsset>()
  let store = new LakeStore([], user.id)

  async function answerData(req: IncomingMessage, res: ServerResponse, url: URL, endpoint: string, rest: string) {
    if (endpoint === 'query') {
      requests.push({method: req.method ?? 'GET', path: url.pathname, perspective: url.searchParams.get('perspective'), authorization: req.headers.authorization})
    }
    if (failure !== null) return sendError(res, failure, FAILURES[failure] ?? 'Error')
    if (options.token && req.headers.authorization !== `Bearer ${options.token}`) return sendError(res, 401, 'Unauthorized - Session not found')
    const [target = '', ids = ''] = rest.split('/')
    if (target !== dataset) return sendError(res, 404, `Dataset "${target}" not found; the stand-in serves "${dataset}"`)
    const perspective = url.searchParams.get('perspective') ?? 'raw'
    switch (endpoint) {
      case 'query': {
        const {groq, params} = await readQuery(req, url)
        try {
          const result = await runQuery(groq, params, inPerspective(store.documents, perspective), user.id)
          return send(res, 200, {ms: 1, query: groq, result})
        } catch (error) {
          return sendError(res, 400, (error as Error).message, 'queryParseError')
        }
      }
      case 'doc': {
        const wanted = decodeURIComponent(ids).split(',').filter(Boolean)
        const documents = wanted.map((id) => store.get(id)).filter((doc) => doc !== undefined)
        const omitted = wanted.filter((id) => !store.get(id)).map((id) => ({id, reason: 'existence'}))
        return send(res, 200, {documents, omitted})
      }
      case 'mutate':
      case 'actions': {
        const body = await readJson<{mutations?: LakeMutation[]; actions?: LakeAction[]; transactionId?: string}>(req)
        try {
          const mutations = endpoint === 'mutate' ? await expandDeletesByQuery(body.mutations ?? [], store.documents) : (body.actions ?? []).flatMap((action) => actionMutations(store, action))
          const {transactionId, results} = store.commit(mutations, body.transactionId)
          const withDocuments = url.searchParams.get('returnDocuments') === 'true'
          return send(res, 200, {
            transactionId,
            results: results.map(({id, operation}) => ({id, operation, ...(withDocuments && store.get(id) ? {document: store.get(id)} : {})})),
          })
        } catch (error) {
          return sendError(res, 409, (error as Error).message, 'mutationError')
        }
      }
      case 'listen':
        return listen(req, res, url, store)
      case 'ping':
        // The Studio measures its latency to the project's shard here.
        return send(res, 200, {})
      case 'references':
        // Sanity's delete dialog asks which documents of other datasets refer to this one: the stand-in holds one dataset.
        return send(res, 200, {totalCount: 0, references: []})
      case 'history':
        // The stand-in keeps no history: a document's list of past events is empty.
        res.writeHead(200, {'Content-Type': 'application/x-ndjson'})
        return res.end()
      default:
        unanswered.push(`${req.method} ${url.pathname}`)
        return sendError(res, 404, `The stand-in has no data endpoint "${endpoint}" (${url.pathname})`)
    }
  }

  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    try {
      const api = /^\/v[\w.-]+(\/.*)$/.exec(url.pathname)
      if (!api) {
        assetRequests.push(req.url ?? '/')
        const route = routes[req.url ?? '/']
        if (route) return answerAssetRoute(res, route)
        const file = assets.get(req.url ?? '/')
        if (!file) return sendError(res, 404, `No route for ${url.pathname}`)
        res.writeHead(200, {'Content-Type': file.type, 'Content-Length': file.bytes.length})
        return res.end(file.bytes)
      }
      const [, path = ''] = api
      const [, endpoint, rest] = /^\/data\/([\w-]+)\/(.+)$/.exec(path) ?? []
      if (endpoint && rest) return await answerData(req, res, url, endpoint, rest)
      const answer = projectAnswer(path, user, projectId, dataset)
      if (answer !== undefined) return send(res, 200, answer)
      unanswered.push(`${req.method} ${url.pathname}`)
      sendError(res, 404, `The Content Lake stand-in does not answer ${req.method} ${url.pathname}`)
    } catch (error) {
      sendError(res, 400, `${req.method} ${url.pathname}: ${(error as Error).message}`)
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const {documents, assetFolder} = await openDatasetFile(datasetFile)
  const lake = await toLakeDocuments(documents, assetFolder, url, `${projectId}/${dataset}`)
  store = new LakeStore([...lake.documents, ...((options.documents?.(url) ?? []) as DatasetDocument[])], user.id)
  assets = lake.assets
  routes = options.assetRoutes?.(url) ?? {}
  const webhookDeliveries: WebhookDelivery[] = []

  return {
    url,
    requests,
    assetRequests,
    unanswered,
    documents: () => store.documents,
    sendWebhooks: (webhook) => sendWebhooks(store, webhook, webhookDeliveries),
    webhookDeliveries,
    failWith: (status) => void (failure = status),
    close: () => new Promise((resolve, reject) => {
      server.closeAllConnections()
      server.close((error) => (error ? reject(error) : resolve()))
    }),
  }
}
