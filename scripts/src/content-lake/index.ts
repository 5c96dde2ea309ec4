import {createServer, type IncomingMessage, type Server, type ServerResponse} from 'node:http'
import type {AddressInfo} from 'node:net'
import {isPublishedId, openDatasetFile, type DatasetDocument} from '@cast/schemas/dataset'
import {evaluate, parse} from 'groq-js'
import {toLakeDocuments, type LakeAsset} from './lake-documents'

/**
 * A local stand-in for Sanity's Content Lake query API, for driving the real `@sanity/client`
 * in tests and benchmarks. It answers `GET` and `POST /v<version>/data/query/<dataset>` with
 * GROQ evaluated by groq-js, honours `perspective=published`, serves asset files, and can be told to fail.
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
  /** The path of every request that was not a query (asset downloads and anything else). */
  assetRequests: string[]
  /** Answer every query with this status (and a Sanity-style error body), until reset with null. */
  failWith(status: number | null): void
  close(): Promise<void>
}

/** How the stand-in answers an asset path instead of serving a file, to test what the build accepts. */
export type AssetRoute =
  /** A 302 to this URL. */
  | {redirect: string}
  /** A body of this many bytes, with or without a Content-Length header. */
  | {bytes: number; contentLength: boolean}
  /** The headers and a first chunk, then nothing until the connection is closed. */
  | {hang: true}

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
}

function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, {'Content-Type': 'application/json'})
  res.end(JSON.stringify(body))
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

/** Answers an asset path with one of the test behaviours. */
function answerAssetRoute(res: ServerResponse, route: AssetRoute) {
  if ('redirect' in route) {
    res.writeHead(302, {Location: route.redirect})
    return res.end()
  }
  if ('hang' in route) {
    res.writeHead(200, {'Content-Type': 'application/pdf'})
    res.write(Buffer.alloc(1024))
    return
  }
  res.writeHead(200, {'Content-Type': 'application/pdf', ...(route.contentLength ? {'Content-Length': route.bytes} : {})})
  // In chunks, so a client that stops reading at its limit is not handed the whole body at once.
  const chunk = Buffer.alloc(64 * 1024)
  let left = route.bytes
  const more = () => {
    while (left > 0) {
      const size = Math.min(left, chunk.length)
      left -= size
      if (!res.write(chunk.subarray(0, size))) return void res.once('drain', more)
    }
    res.end()
  }
  // A client that stops reading at its size limit closes the connection mid-body: expected here.
  res.on('error', () => undefined)
  more()
}

export async function startContentLake(datasetFile: string, options: ContentLakeOptions = {}): Promise<ContentLake> {
  const {projectId = 'test', dataset = 'production'} = options
  let failure: number | null = null
  const requests: ContentLake['requests'] = []
  const assetRequests: string[] = []
  let routes: Record<string, AssetRoute> = {}
  let lake: {documents: DatasetDocument[]; assets: Map<string, LakeAsset>} = {documents: [], assets: new Map()}

  const server: Server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1')
      const query = /^\/v[\w-]+\/data\/query\/([\w-]+)$/.exec(url.pathname)
      if (!query) {
        assetRequests.push(req.url ?? '/')
        const route = routes[req.url ?? '/']
        if (route) return answerAssetRoute(res, route)
        const file = lake.assets.get(req.url ?? '/')
        if (!file) return send(res, 404, {error: {description: `No route for ${url.pathname}`}})
        res.writeHead(200, {'Content-Type': file.type, 'Content-Length': file.bytes.length})
        return res.end(file.bytes)
      }
      requests.push({method: req.method ?? 'GET', path: url.pathname, perspective: url.searchParams.get('perspective'), authorization: req.headers.authorization})

      if (failure !== null) {
        const description = {401: 'Unauthorized - Session not found', 403: 'Forbidden', 429: 'Too many requests', 500: 'Internal error'}[failure] ?? 'Error'
        return send(res, failure, {error: {description, type: 'httpError'}, statusCode: failure})
      }
      if (options.token && req.headers.authorization !== `Bearer ${options.token}`) {
        return send(res, 401, {error: {description: 'Unauthorized - Session not found', type: 'httpError'}, statusCode: 401})
      }

      let groq: string
      const params: Record<string, unknown> = {}
      if (req.method === 'POST') {
        const body = JSON.parse(await readBody(req)) as {query: string; params?: Record<string, unknown>}
        groq = body.query
        Object.assign(params, body.params)
      } else {
        groq = url.searchParams.get('query') ?? ''
        for (const [key, value] of url.searchParams) {
          if (key.startsWith('$')) params[key.slice(1)] = JSON.parse(value)
        }
      }
      const perspective = url.searchParams.get('perspective') ?? 'raw'
      const dataset = perspective === 'published' ? lake.documents.filter((doc) => isPublishedId(doc._id)) : lake.documents
      const result = await (await evaluate(parse(groq, {params}), {dataset, params})).get()
      send(res, 200, {ms: 1, query: groq, result})
    } catch (error) {
      send(res, 400, {error: {description: (error as Error).message, type: 'queryParseError'}})
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const {documents, assetFolder} = await openDatasetFile(datasetFile)
  lake = await toLakeDocuments(documents, assetFolder, url, `${projectId}/${dataset}`)
  lake.documents.push(...((options.documents?.(url) ?? []) as DatasetDocument[]))
  routes = options.assetRoutes?.(url) ?? {}

  return {
    url,
    requests,
    assetRequests,
    failWith: (status) => void (failure = status),
    close: () => new Promise((resolve, reject) => {
      server.closeAllConnections()
      server.close((error) => (error ? reject(error) : resolve()))
    }),
  }
}
