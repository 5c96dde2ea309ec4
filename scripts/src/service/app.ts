import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import Fastify, {type FastifyInstance, type FastifyServerOptions} from 'fastify'
import {hasBearer} from './bearer'
import type {Config} from './config'
import {JournalWriteError} from './journal'
import {RollbackError, type Publisher} from './publisher'
import {registerReleaseStatic} from './release-static'
import type {Releases} from './releases'
import {checkSignature} from './signature'
import {publicStatus} from './status-view'
import {readWebhookEvent} from './webhook-event'

export const MAX_BODY_BYTES = 1024 * 1024

interface AppOptions {
  config: Pick<Config, 'SANITY_WEBHOOK_SECRET' | 'REBUILD_TOKEN' | 'SIGNATURE_TOLERANCE_MS'> & Partial<Pick<Config, 'DATA_DIR' | 'SITE_DIR'>>
  publisher: Publisher
  releases: Releases
  logger?: FastifyServerOptions['loggerInstance']
}

const UNAUTHORIZED = 'Unauthorized: send Authorization: Bearer <REBUILD_TOKEN>.'

/**
 * The rebuild service as a Fastify app: the webhook, the rebuild, rollback and status endpoints,
 * and the live release served as static files. Built as a value, so tests can drive it without a port.
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

  // An event the journal could not write durably was not recorded: 503, so Sanity delivers it
  // again, and never a 202 for it.
  app.setErrorHandler((error, request, reply) => {
    if (!(error instanceof JournalWriteError)) throw error
    request.log.error({event: 'event-unrecorded', error: error.message}, 'An event was refused because the journal could not record it')
    return reply.code(503).header('Retry-After', '30').header('Cache-Control', 'no-store').send({error: `The event could not be recorded (${error.reason}); try again.`})
  })

  await registerReleaseStatic(app, releases)

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
    const event = readWebhookEvent(raw)
    if (!event.ok) {
      request.log.warn({event: 'webhook-refused', reason: event.error}, 'Webhook refused')
      return reply.code(400).send({error: event.error})
    }
    const key = request.headers['idempotency-key']
    const accepted = await publisher.accept({
      key: typeof key === 'string' && key ? key : null,
      // A captured request sent again carries the same signature: it is the same delivery.
      signature: check.signature,
      trigger: 'webhook',
      receivedAt: new Date().toISOString(),
      ...(event.documentId ? {documentId: event.documentId} : {}),
      ...(event.documentType ? {documentType: event.documentType} : {}),
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
    if (!hasBearer(request.headers.authorization, config.REBUILD_TOKEN)) return reply.code(401).send({error: UNAUTHORIZED})
    const accepted = await publisher.accept({key: null, trigger: 'rebuild', receivedAt: new Date().toISOString()})
    return reply.code(202).send({accepted: true, seq: accepted?.seq})
  })

  app.post('/rollback', async (request, reply) => {
    reply.header('Cache-Control', 'no-store')
    if (!config.REBUILD_TOKEN) return reply.code(404).send({error: 'Rolling back on request is off: set REBUILD_TOKEN to turn it on.'})
    if (!hasBearer(request.headers.authorization, config.REBUILD_TOKEN)) return reply.code(401).send({error: UNAUTHORIZED})
    const raw = typeof request.body === 'string' ? request.body.trim() : ''
    let release: string | undefined
    if (raw) {
      let body: unknown
      try {
        body = JSON.parse(raw)
      } catch {
        return reply.code(400).send({error: 'The body is not JSON: send {"release": "<release id>"}, or no body for the previous release.'})
      }
      const given = (body as {release?: unknown} | null)?.release
      // An id is a folder name from the list, never a path.
      if (typeof given !== 'string' || !/^[A-Za-z0-9][\w.-]{0,99}$/.test(given)) {
        return reply.code(400).send({error: 'The body\'s "release" must be the id of a kept release, as listed on GET /status with the token.'})
      }
      release = given
    }
    try {
      return await publisher.rollback(release)
    } catch (error) {
      if (error instanceof RollbackError) return reply.code(error.statusCode).send({error: error.message})
      throw error
    }
  })

  app.get('/healthz', async (_request, reply) => {
    reply.header('Cache-Control', 'no-store')
    const release = await releases.current()
    return release ? {ok: true} : reply.code(503).send({ok: false, error: 'No release is live yet.'})
  })

  // The live release's build time, from the site's own `build.json`, read once per release.
  let built: {release: string; at: string | null} | null = null
  const builtAt = async (release: string | null) => {
    if (!release) return null
    if (built?.release !== release) {
      const info = await readFile(join(release, 'build.json'), 'utf8')
        .then((text) => JSON.parse(text) as {builtAt?: unknown})
        .catch((error: Error): {builtAt?: unknown} => {
          app.log.error({event: 'build-json', release, error: error.message}, 'Cannot read build.json of the live release: status shows the build record\'s time instead')
          return {}
        })
      built = {release, at: typeof info.builtAt === 'string' ? info.builtAt : null}
    }
    return built.at
  }
  // Paths of this machine that a failure reason may name and the public view must not.
  const hiddenPaths = [config.DATA_DIR, config.SITE_DIR, releases.root, join(import.meta.dirname, '..', '..', '..')].filter((path): path is string => !!path)

  app.get('/status', async (request, reply) => {
    reply.header('Cache-Control', 'no-store')
    const release = await releases.current()
    const full = await publisher.status()
    const at = await builtAt(release)
    if (request.headers.authorization === undefined) return publicStatus(full, at, hiddenPaths)
    if (!hasBearer(request.headers.authorization, config.REBUILD_TOKEN)) return reply.code(401).send({error: UNAUTHORIZED})
    return {...full, current: full.current ? {...full.current, builtAt: at} : null, releases: await releases.list()}
  })

  return app
}
