import type {FastifyInstance, FastifyReply} from 'fastify'
import fp from 'fastify-plugin'

/** What the Studio reads from the browser: which revisions are live, and whether a build is on its way. */
const STUDIO_READS = new Set(['/build.json', '/status'])

/** What the Studio's Preview view calls: asks for a preview build (`POST /preview`) and reads its state. */
const PREVIEW_CALLS = /^\/preview(?:\/[^/]+\/state)?$/

interface StudioCorsOptions {
  /** `STUDIO_ORIGIN`, already checked to be an origin; without it no other origin may read anything. */
  origin: string | undefined
}

/** Adds `Origin` to the reply's `Vary`, keeping what compression put there. */
function varyByOrigin(reply: FastifyReply): void {
  const vary = String(reply.getHeader('vary') ?? '').split(',').map((name) => name.trim()).filter(Boolean)
  if (!vary.some((name) => name.toLowerCase() === 'origin')) vary.push('Origin')
  reply.header('Vary', vary.join(', '))
}

/**
 * Lets the Studio, and only the Studio, read `GET /build.json` and the public `GET /status` from
 * the browser, and call the preview endpoints. Registered after the static plugin, so its hook
 * runs after the `_headers` rules: the rule the build writes for CDN hosts allows the Studio
 * whatever the request's origin, and here a request from anywhere else gets no
 * `Access-Control-Allow-Origin` at all. No header but `POST /preview`'s Content-Type is allowed
 * in a preflight, so the bearer token (the private status) never comes from a browser.
 */
async function studioCorsPlugin(app: FastifyInstance, {origin}: StudioCorsOptions): Promise<void> {
  if (!origin) return
  const studioReads = (url: string) => {
    const path = url.split('?')[0] ?? ''
    return STUDIO_READS.has(path) || PREVIEW_CALLS.test(path)
  }

  app.addHook('onSend', async (request, reply) => {
    if (!studioReads(request.url)) return
    varyByOrigin(reply)
    if (request.headers.origin === origin) reply.header('Access-Control-Allow-Origin', origin)
    else reply.removeHeader('Access-Control-Allow-Origin')
  })

  const preflight = (path: string, methods: string, headers?: string) =>
    app.options(path, async (request, reply) => {
      if (request.headers.origin === origin) {
        reply.header('Access-Control-Allow-Methods', methods).header('Access-Control-Max-Age', '600')
        if (headers) reply.header('Access-Control-Allow-Headers', headers)
      }
      return reply.code(204).send()
    })
  for (const path of [...STUDIO_READS, '/preview/:documentId/state']) preflight(path, 'GET, HEAD')
  // A JSON body is not a simple request: the preflight must allow its Content-Type.
  preflight('/preview', 'POST', 'Content-Type')
}

export const studioCors = fp(studioCorsPlugin, {name: 'studio-cors', fastify: '5.x'})
