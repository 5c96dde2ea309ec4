import {timingSafeEqual} from 'node:crypto'
import {readFile, stat} from 'node:fs/promises'
import {join} from 'node:path'
import compress from '@fastify/compress'
import fastifyStatic from '@fastify/static'
import Fastify, {type FastifyInstance, type FastifyServerOptions} from 'fastify'
import mime from 'mime'
import type {Config} from './config'
import {headersFor, parseHeadersFile, type HeaderRule} from './headers-file'
import type {Publisher} from './publisher'
import type {Releases} from './releases'
import {checkSignature} from './signature'

export const MAX_BODY_BYTES = 1024 * 1024

const COMPRESSIBLE = /^text\/|\/(?:javascript|json|xml|rss\+xml)|\+json|\+xml|^image\/svg\+xml/

interface AppOptions {
  config: Pick<Config, 'SANITY_WEBHOOK_SECRET' | 'REBUILD_TOKEN' | 'SIGNATURE_TOLERANCE_MS'>
  publisher: Publisher
  releases: Releases
  logger?: FastifyServerOptions['loggerInstance']
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/**
 * The rebuild service as a Fastify app: the webhook, the rebuild and status endpoints, and the
 * live release served as static files. Built as a value, so tests can drive it without a port.
 */
export async function buildApp({config, publisher, releases, logger}: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    ...(logger ? {loggerInstance: logger} : {logger: false}),
    bodyLimit: MAX_BODY_BYTES,
    connectionTimeout: 30_000,
    requestTimeout: 30_000,
    return503OnClosing: true,
  })

  // The signature covers the raw bytes, so every body is kept as a string; JSON is parsed after.
  app.removeAllContentTypeParsers()
  app.addContentTypeParser('*', {parseAs: 'string'}, (_request, body, done) => done(null, body))

  // Text is compressed on the fly; images, PDFs and Pagefind's index (already gzip inside) are
  // not. The type is set before the file is sent, because the compressor decides before the
  // static-file library would set it.
  await app.register(compress, {threshold: 1024, customTypes: COMPRESSIBLE})
  await app.register(fastifyStatic, {root: releases.root, serve: false})

  // The release's `_headers` rules, read once per release.
  let rules: {release: string; rules: HeaderRule[]} | null = null
  const rulesFor = async (release: string) => {
    if (rules?.release !== release) {
      const text = await readFile(join(release, '_headers'), 'utf8').catch(() => '')
      rules = {release, rules: parseHeadersFile(text)}
    }
    return rules.rules
  }
  app.addHook('onSend', async (request, reply) => {
    const release = await releases.current()
    if (!release) return
    const path = request.url.split('?')[0] ?? '/'
    for (const [name, value] of headersFor(await rulesFor(release), path)) {
      if (!reply.hasHeader(name)) reply.header(name, value)
    }
  })

  app.post('/webhooks/sanity', async (request, reply) => {
    reply.header('Cache-Control', 'no-store')
    const raw = typeof request.body === 'string' ? request.body : ''
    const check = await checkSignature(raw, request.headers['sanity-webhook-signature'], config.SANITY_WEBHOOK_SECRET, {
      toleranceMs: config.SIGNATURE_TOLERANCE_MS,
    })
    if (!check.ok) {
      request.log.warn({event: 'webhook-refused', reason: check.reason}, 'Webhook refused')
      return reply.code(401).send({error: `Unauthorized: ${check.reason}.`})
    }
    let body: {_id?: unknown; _type?: unknown}
    try {
      body = JSON.parse(raw) as typeof body
    } catch {
      return reply.code(400).send({error: 'The body is not JSON.'})
    }
    const key = request.headers['idempotency-key']
    const accepted = await publisher.accept({
      key: typeof key === 'string' && key ? key : null,
      trigger: 'webhook',
      receivedAt: new Date().toISOString(),
      ...(typeof body?._id === 'string' ? {documentId: body._id} : {}),
      ...(typeof body?._type === 'string' ? {documentType: body._type} : {}),
    })
    return reply.code(202).send(accepted ? {accepted: true, seq: accepted.seq} : {accepted: true, duplicate: true})
  })

  app.route({
    method: ['GET', 'HEAD', 'PUT', 'PATCH', 'DELETE'],
    url: '/webhooks/sanity',
    handler: (_request, reply) => reply.code(405).header('Allow', 'POST').send({error: 'Use POST.'}),
  })

  app.post('/rebuild', async (request, reply) => {
    reply.header('Cache-Control', 'no-store')
    if (!config.REBUILD_TOKEN) return reply.code(404).send({error: 'Rebuilding on request is off: set REBUILD_TOKEN to turn it on.'})
    const given = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? ''
    if (!sameSecret(given, config.REBUILD_TOKEN)) return reply.code(401).send({error: 'Unauthorized: send Authorization: Bearer <REBUILD_TOKEN>.'})
    const accepted = await publisher.accept({key: null, trigger: 'rebuild', receivedAt: new Date().toISOString()})
    return reply.code(202).send({accepted: true, seq: accepted?.seq})
  })

  app.get('/healthz', async (_request, reply) => {
    reply.header('Cache-Control', 'no-store')
    const release = await releases.current()
    return release ? {ok: true} : reply.code(503).send({ok: false, error: 'No release is live yet.'})
  })

  app.get('/status', async (_request, reply) => {
    reply.header('Cache-Control', 'no-store')
    return publisher.status()
  })

  // The live release. Its folder is looked up once per request, so a request is served wholly
  // from one release even when a switch happens while it is being answered.
  app.get('/*', async (request, reply) => {
    const release = await releases.current()
    if (!release) return reply.code(503).send({error: 'No release is live yet.'})
    const path = decodeURIComponent(request.url.split('?')[0] ?? '/')
    if (!path.endsWith('/') && !/\.[a-z0-9]+$/i.test(path)) {
      const info = await stat(join(release, path)).catch(() => null)
      if (info?.isDirectory()) return reply.redirect(`${path}/`, 301)
    }
    const type = mime.getType(path.endsWith('/') ? 'index.html' : path) ?? 'application/octet-stream'
    reply.type(type)
    // The compressor cannot see a file's type when it decides; tell it to leave other files be.
    if (!COMPRESSIBLE.test(type)) request.headers['x-no-compression'] = '1'
    return reply.sendFile(path, release, {cacheControl: false, dotfiles: 'ignore', index: ['index.html']})
  })

  app.setNotFoundHandler(async (_request, reply) => {
    const release = await releases.current()
    if (!release) return reply.code(404).send({error: 'Not found.'})
    return reply.code(404).type('text/html; charset=utf-8').sendFile('404.html', release, {cacheControl: false})
  })

  return app
}
