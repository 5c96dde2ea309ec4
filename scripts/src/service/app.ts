import Fastify, {type FastifyInstance, type FastifyServerOptions} from 'fastify'
import {admin} from './admin'
import type {Config} from './config'
import {JournalWriteError} from './journal'
import type {PreviewBuilds} from './preview-builds'
import {previewRoutes} from './preview-routes'
import type {PreviewSecretCheck} from './preview-secret'
import type {Publisher} from './publisher'
import {releaseStatic} from './release-static'
import type {Releases} from './releases'
import {studioCors} from './studio-cors'
import {webhook} from './webhook'

const MAX_BODY_BYTES = 1024 * 1024

interface AppOptions {
  config: Pick<Config, 'SANITY_WEBHOOK_SECRET' | 'REBUILD_TOKEN' | 'SIGNATURE_TOLERANCE_MS'> & Partial<Pick<Config, 'DATA_DIR' | 'SITE_DIR' | 'STUDIO_ORIGIN'>>
  publisher: Publisher
  releases: Releases
  /** Preview builds and how their secrets are checked; without them there are no `/preview` routes. */
  previews?: {builds: PreviewBuilds; checkSecret: PreviewSecretCheck | null}
  logger?: FastifyServerOptions['loggerInstance']
}

/**
 * The rebuild service as a Fastify app, wiring four plugins: the live release served as static
 * files, the Studio's access to what is live, the webhook, and the operator's endpoints. Built as a value, so tests can drive it
 * without a port.
 */
export async function buildApp({config, publisher, releases, previews, logger}: AppOptions): Promise<FastifyInstance> {
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

  // The static plugin first: its hooks (`_headers`, compression) then cover every later route too.
  await app.register(releaseStatic, {live: releases})
  // After the static plugin, so the Studio's access overrides the `_headers` rule for build.json.
  await app.register(studioCors, {origin: config.STUDIO_ORIGIN})
  if (previews) await app.register(previewRoutes, {previews: previews.builds, checkSecret: previews.checkSecret, studioOrigin: config.STUDIO_ORIGIN})
  await app.register(webhook, {config, publisher, ...(previews?.checkSecret ? {previews: previews.builds} : {})})
  await app.register(admin, {config, publisher, releases})

  return app
}
