import type {FastifyInstance, FastifyReply} from 'fastify'
import fp from 'fastify-plugin'

/** What the Studio reads from the browser: which revisions are live, and whether a build is on its way. */
const STUDIO_READS = new Set(['/build.json', '/status'])

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
 * the browser. Registered after the static plugin, so its hook runs after the `_headers` rules:
 * the rule the build writes for CDN hosts allows the Studio whatever the request's origin, and
 * here a request from anywhere else gets no `Access-Control-Allow-Origin` at all. No header is
 * allowed in a preflight, so the bearer token (the private status) never comes from a browser.
 */
async function studioCorsPlugin(app: FastifyInstance, {origin}: StudioCorsOptions): Promise<void> {
  if (!origin) return
  const studioReads = (url: string) => STUDIO_READS.has(url.split('?')[0] ?? '')

  app.addHook('onSend', async (request, reply) => {
    if (!studioReads(request.url)) return
    varyByOrigin(reply)
    if (request.headers.origin === origin) reply.header('Access-Control-Allow-Origin', origin)
    else reply.removeHeader('Access-Control-Allow-Origin')
  })

  for (const path of STUDIO_READS) {
    app.options(path, async (request, reply) => {
      if (request.headers.origin === origin) {
        reply.header('Access-Control-Allow-Methods', 'GET, HEAD').header('Access-Control-Max-Age', '600')
      }
      return reply.code(204).send()
    })
  }
}

export const studioCors = fp(studioCorsPlugin, {name: 'studio-cors', fastify: '5.x'})
