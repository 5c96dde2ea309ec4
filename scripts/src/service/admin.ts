import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import type {FastifyInstance} from 'fastify'
import {hasBearer} from './bearer'
import type {Config} from './config'
import {RollbackError, type Publisher} from './publisher'
import type {Releases} from './releases'
import {publicStatus} from './status-view'

interface AdminOptions {
  config: Pick<Config, 'REBUILD_TOKEN'> & Partial<Pick<Config, 'DATA_DIR' | 'SITE_DIR'>>
  publisher: Publisher
  releases: Releases
}

const UNAUTHORIZED = 'Unauthorized: send Authorization: Bearer <REBUILD_TOKEN>.'

/**
 * The operator's endpoints: `POST /rebuild` and `POST /rollback` (with the token, off without
 * one), `GET /status` (a public view, or everything with the token) and `GET /healthz`.
 */
export async function admin(app: FastifyInstance, {config, publisher, releases}: AdminOptions): Promise<void> {
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
}
