import {createHash} from 'node:crypto'
import {readFile} from 'node:fs/promises'
import {createServer, type IncomingMessage, type Server, type ServerResponse} from 'node:http'
import type {AddressInfo} from 'node:net'
import {basename, extname} from 'node:path'
import {evaluate, parse} from 'groq-js'
import sharp from 'sharp'
import {isPublishedId, readDatasetFile, type RawDocument} from '../../src/content/dataset-file'

/**
 * A local stand-in for Sanity's Content Lake query API, for driving the real `@sanity/client`
 * in tests. It answers `GET` and `POST /v<version>/data/query/<dataset>` with GROQ evaluated by
 * groq-js, honours `perspective=published`, serves asset files, and can be told to fail.
 *
 * Dataset files use `_sanityAsset` for files; here they become real asset documents and
 * references, as they are in a Content Lake, with URLs on this server.
 */
export interface ContentLake {
  url: string
  /** Every query request received, for assertions on how the client called the API. */
  requests: Array<{method: string; path: string; perspective: string | null; authorization?: string}>
  /** Answer every query with this status (and a Sanity-style error body), until reset with null. */
  failWith(status: number | null): void
  close(): Promise<void>
}

async function toLakeDocuments(documents: RawDocument[], baseUrl: string) {
  const assets = new Map<string, {doc: RawDocument; bytes: Buffer; type: string}>()
  const convert = async (value: unknown): Promise<unknown> => {
    if (Array.isArray(value)) return Promise.all(value.map(convert))
    if (!value || typeof value !== 'object') return value
    const object = value as Record<string, unknown>
    if (typeof object._sanityAsset === 'string') {
      const [kind, location] = object._sanityAsset.split('@') as [string, string]
      const path = location.replace(/^file:\/\//, '')
      const bytes = await readFile(path)
      const sha1 = createHash('sha1').update(bytes).digest('hex')
      const extension = extname(path).slice(1)
      let id: string
      let metadata: Record<string, unknown> = {}
      if (kind === 'image') {
        const {width = 0, height = 0} = await sharp(bytes).metadata()
        id = `image-${sha1}-${width}x${height}-${extension}`
        metadata = {dimensions: {_type: 'sanity.imageDimensions', width, height, aspectRatio: width / height}}
      } else {
        id = `file-${sha1}-${extension}`
      }
      const name = `${sha1}.${extension}`
      assets.set(name, {
        bytes,
        type: kind === 'image' ? `image/${extension}` : 'application/pdf',
        doc: {
          _id: id,
          _type: kind === 'image' ? 'sanity.imageAsset' : 'sanity.fileAsset',
          url: `${baseUrl}/assets/${name}`,
          size: bytes.length,
          originalFilename: basename(path),
          extension,
          metadata,
        },
      })
      const {_sanityAsset: _, ...rest} = object
      return {...(await convert(rest) as object), asset: {_type: 'reference', _ref: id}}
    }
    const out: Record<string, unknown> = {}
    for (const [key, item] of Object.entries(object)) out[key] = await convert(item)
    return out
  }
  const converted = (await Promise.all(documents.map(convert))) as RawDocument[]
  return {documents: [...converted, ...[...assets.values()].map((asset) => asset.doc)], assets}
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

export async function startContentLake(datasetFile: string, options: {token?: string} = {}): Promise<ContentLake> {
  let failure: number | null = null
  const requests: ContentLake['requests'] = []
  let lake: {documents: RawDocument[]; assets: Map<string, {bytes: Buffer; type: string}>} = {documents: [], assets: new Map()}

  const server: Server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1')
      const asset = /^\/assets\/([\w.-]+)$/.exec(url.pathname)
      if (asset) {
        const file = lake.assets.get(asset[1]!)
        if (!file) return send(res, 404, {error: 'not found'})
        res.writeHead(200, {'Content-Type': file.type, 'Content-Length': file.bytes.length})
        return res.end(file.bytes)
      }
      const query = /^\/v[\w-]+\/data\/query\/([\w-]+)$/.exec(url.pathname)
      if (!query) return send(res, 404, {error: {description: `No route for ${url.pathname}`}})
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
  lake = await toLakeDocuments(await readDatasetFile(datasetFile), url)

  return {
    url,
    requests,
    failWith: (status) => void (failure = status),
    close: () => new Promise((resolve, reject) => {
      server.closeAllConnections()
      server.close((error) => (error ? reject(error) : resolve()))
    }),
  }
}
