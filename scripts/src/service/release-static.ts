import {readFile, realpath, stat} from 'node:fs/promises'
import {join, resolve, sep} from 'node:path'
import compress from '@fastify/compress'
import fastifyStatic from '@fastify/static'
import type {FastifyInstance, FastifyReply, FastifyRequest} from 'fastify'
import fp from 'fastify-plugin'
import mime from 'mime'
import {headersFor, parseHeadersFile, type HeaderRule} from './headers-file'
import {parseRedirectsFile, type Redirect} from './redirects-file'

declare module 'fastify' {
  interface FastifyContextConfig {
    /** False on routes that send headers of their own (previews): the live release's `_headers` rules are not added. */
    releaseHeaders?: boolean
  }
}

const COMPRESSIBLE = /^text\/|\/(?:javascript|json|xml|rss\+xml)|\+json|\+xml|^image\/svg\+xml/

type ReleasePath = {ok: true; path: string} | {ok: false; status: 400 | 404; reason: string}

/**
 * The file path a request URL names inside a release, or why it names none. There is one
 * spelling per file: encoded slashes and backslashes, `.` and `..` segments and empty segments
 * never occur in the site's own links, so they are refused rather than resolved, and nothing
 * built from the path (a redirect, a file look-up) can point outside the release or the site.
 */
export function releasePath(url: string): ReleasePath {
  const raw = url.split('?')[0] ?? '/'
  // CR or LF could split a header if the path were ever echoed into one (a redirect's Location).
  if (/[\r\n]|%0[ad]/i.test(raw)) return {ok: false, status: 400, reason: 'the path holds a line break'}
  if (/%2f|%5c|%00|\\/i.test(raw)) return {ok: false, status: 404, reason: 'the path holds an encoded slash, a backslash or NUL'}
  let path: string
  try {
    path = decodeURIComponent(raw)
  } catch {
    return {ok: false, status: 400, reason: 'the path is not valid percent-encoding'}
  }
  if (/[\u0000-\u001f\u007f]/.test(path)) return {ok: false, status: 400, reason: 'the path holds a control character'}
  const segments = path.split('/').slice(1)
  if (!path.startsWith('/') || segments.slice(0, -1).includes('') || segments.some((segment) => segment === '.' || segment === '..')) {
    return {ok: false, status: 404, reason: 'the path is not in canonical form'}
  }
  return {ok: true, path}
}

/**
 * What a path is in a release, with symbolic links resolved: a link that leads out of the
 * release counts as outside, so its target is neither served nor revealed by a redirect.
 */
export async function locate(release: string, path: string): Promise<'outside' | 'missing' | 'file' | 'directory'> {
  const root = await realpath(release)
  const target = await realpath(join(release, path)).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR' || error.code === 'ENAMETOOLONG' || error.code === 'ELOOP') return null
    throw error
  })
  if (target === null) return 'missing'
  if (target !== root && !target.startsWith(root + sep)) return 'outside'
  return (await stat(target)).isDirectory() ? 'directory' : 'file'
}

/** The folder a request is served from: a service's live release, or a fixed folder. */
export interface LiveFolder {
  /** The folder every served folder lies in (static files are looked up under it). */
  readonly root: string
  /** The folder to serve now, or null while there is none. Asked on every request. */
  current(): Promise<string | null>
}

/** One built site folder, always live: for serving a build that no service manages. */
export function fixedFolder(dir: string): LiveFolder {
  const folder = resolve(dir)
  return {root: folder, current: async () => folder}
}

/** A route constraint, derived from the request path, that names files worth compressing on the fly. */
type ConstraintStrategy = Parameters<FastifyInstance['addConstraintStrategy']>[0]
type RouteHandler = Parameters<ReturnType<ConstraintStrategy['storage']>['set']>[1]

const compressibleFile: ConstraintStrategy = {
  name: 'compressibleFile',
  storage() {
    const handlers = new Map<unknown, RouteHandler>()
    return {get: (kind) => handlers.get(kind) ?? null, set: (kind, handler) => void handlers.set(kind, handler)}
  },
  deriveConstraint: (request) => (COMPRESSIBLE.test(fileType(request.url ?? '/')) ? 'yes' : 'no'),
  // Routes without the constraint (the webhook, /status) still match every request.
  mustMatchWhenDerived: false,
}

/** The type a file is served as, from its path; a folder path is its `index.html`. */
export function fileType(url: string): string {
  const path = url.split('?')[0] ?? '/'
  return mime.getType(path.endsWith('/') ? 'index.html' : path) ?? 'application/octet-stream'
}

/** The first segment of a path when it is a language code (`/es/…`, `/es-MX/…`), as the site's language folders are. */
const LANGUAGE_FOLDER = /^\/([a-z]{2}(?:-[A-Z]{2})?)\//

interface ReleaseStaticOptions {
  live: LiveFolder
}

/**
 * Serves the live release: its files, its `_headers` rules, its `_redirects`, folder redirects and
 * its 404 page.
 * The release folder is looked up once per request, so a request is served wholly from one
 * release even when a switch happens while it is being answered. Its hooks (the `_headers`
 * rules, no caching of errors, compression) apply to every route of the app.
 */
async function releaseStaticPlugin(app: FastifyInstance, {live}: ReleaseStaticOptions): Promise<void> {
  // Text is compressed on the fly. Images, PDFs and Pagefind's index (gzip inside) are served by
  // a route that has compression off: mime-db, which the compressor also asks, calls binary
  // files compressible, so the choice is made per route, from the file's type.
  await app.register(compress, {threshold: 1024, customTypes: COMPRESSIBLE})
  await app.register(fastifyStatic, {root: live.root, serve: false, cacheControl: false, dotfiles: 'ignore', index: ['index.html']})
  app.addConstraintStrategy(compressibleFile)

  // The release's `_headers` rules, read once per release. Without them pages would go out
  // without their Content-Security-Policy, so a missing or broken file is an error in the log
  // (a build without it never goes live: see `site-build.ts`).
  let rules: {release: string; rules: HeaderRule[]} | null = null
  const rulesFor = async (release: string) => {
    if (rules?.release !== release) {
      const file = join(release, '_headers')
      let parsed: HeaderRule[] = []
      try {
        parsed = parseHeadersFile(await readFile(file, 'utf8'))
      } catch (error) {
        app.log.error(
          {event: 'headers-file', file, error: (error as Error).message},
          `Cannot use the live release's _headers file (${(error as Error).message}): pages go out without the site's security and caching headers. Rebuild the site or roll back to another release.`,
        )
      }
      rules = {release, rules: parsed}
    }
    return rules.rules
  }
  // The release's `_redirects` (earlier web addresses of documents), read once per release. A
  // line the service cannot follow is named in the log and skipped; the others still apply.
  let redirects: {release: string; redirects: Map<string, Redirect>} | null = null
  const redirectsFor = async (release: string) => {
    if (redirects?.release !== release) {
      const file = join(release, '_redirects')
      let parsed = new Map<string, Redirect>()
      try {
        const read = parseRedirectsFile(await readFile(file, 'utf8'))
        parsed = read.redirects
        for (const problem of read.problems) {
          app.log.error({event: 'redirects-file', file, problem}, `Skipped a line of the live release's _redirects file: ${problem}. Fix what writes it (site/src/integrations/redirects.ts) and rebuild.`)
        }
      } catch (error) {
        const missing = (error as NodeJS.ErrnoException).code === 'ENOENT'
        app.log[missing ? 'warn' : 'error'](
          {event: 'redirects-file', file, error: (error as Error).message},
          `Cannot use the live release's _redirects file (${(error as Error).message}): earlier web addresses of documents are not redirected. Rebuild the site or roll back to another release.`,
        )
      }
      redirects = {release, redirects: parsed}
    }
    return redirects.redirects
  }

  app.addHook('onSend', async (request, reply) => {
    // An error page must never be kept by a cache, least of all as immutable, which `_headers`
    // gives everything under `/_astro/`: the file may exist in the next release.
    if (reply.statusCode >= 400 && !reply.hasHeader('cache-control')) reply.header('Cache-Control', 'no-store')
    if (request.routeOptions.config.releaseHeaders === false) return
    const release = await live.current()
    if (!release) return
    const path = request.url.split('?')[0] ?? '/'
    for (const [name, value] of headersFor(await rulesFor(release), path)) {
      if (!reply.hasHeader(name)) reply.header(name, value)
    }
  })

  const serve = async (request: FastifyRequest, reply: FastifyReply) => {
    const release = await live.current()
    if (!release) return reply.code(503).send({error: 'No release is live yet.'})
    const checked = releasePath(request.url)
    if (!checked.ok) {
      request.log.info({event: 'path-refused', reason: checked.reason}, 'Path refused')
      if (checked.status === 400) return reply.code(400).send({error: `Bad request: ${checked.reason}.`})
      return reply.callNotFound()
    }
    const {path} = checked
    const found = await locate(release, path.endsWith('/') ? `${path}index.html` : path)
    if (found === 'outside') {
      request.log.warn({event: 'symlink-refused', path}, 'A symbolic link in the release leads out of it: not served')
      return reply.callNotFound()
    }
    if (found === 'missing') {
      // A file of the release wins over a redirect, as on a CDN host.
      const redirect = (await redirectsFor(release)).get(path)
      if (redirect) return reply.redirect(redirect.location, redirect.status)
    }
    if (found === 'directory') {
      // Built from the checked path, which starts with exactly one slash: the site's own origin.
      return path.endsWith('/') ? reply.callNotFound() : reply.redirect(`${path}/`, 301)
    }
    // The same type the route was chosen by, so compression and Content-Type never disagree.
    reply.type(fileType(path))
    return reply.sendFile(path, release)
  }
  app.get('/*', {constraints: {compressibleFile: 'yes'}}, serve)
  // Already compressed, or not worth it: sent as the build wrote it.
  app.get('/*', {constraints: {compressibleFile: 'no'}, compress: false}, serve)

  app.setNotFoundHandler(async (request, reply) => {
    reply.header('Cache-Control', 'no-store')
    const release = await live.current()
    if (!release) return reply.code(404).send({error: 'Not found.'})
    // Under a language's folder (`/es/…`), that language's 404 page, as Cloudflare Pages picks the nearest one.
    const folder = LANGUAGE_FOLDER.exec(request.url)?.[1]
    const page = folder && (await locate(release, `${folder}/404.html`)) === 'file' ? `${folder}/404.html` : '404.html'
    if ((await locate(release, page)) !== 'file') return reply.code(404).send({error: 'Not found.'})
    return reply.code(404).type('text/html; charset=utf-8').sendFile(page, release)
  })
}

export const releaseStatic = fp(releaseStaticPlugin, {name: 'release-static', fastify: '5.x'})
