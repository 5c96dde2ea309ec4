import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import type {FastifyInstance, FastifyReply, FastifyRequest} from 'fastify'
import fp from 'fastify-plugin'
import {urlSearchParamPreviewSecret} from '@sanity/preview-url-secret/constants'
import {headersFor, parseHeadersFile} from './headers-file'
import type {PreviewBuilds} from './preview-builds'
import type {PreviewSecretCheck} from './preview-secret'
import {fileType, locate, releasePath} from './release-static'

const SECRET_PARAMETER = urlSearchParamPreviewSecret

/** A published document's id: no `drafts.` or `versions.` prefix, nothing that means a path. */
const PUBLISHED_ID = /^(?!drafts\.|versions\.)[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}$/

export const PREVIEW_NOT_CONFIGURED =
  'Preview needs the Content Lake and SANITY_READ_TOKEN: set SANITY_PROJECT_ID, SANITY_DATASET and SANITY_READ_TOKEN (a token that may read drafts) for the rebuild service.'

const BAD_SECRET = 'The preview secret is missing, not valid or expired (secrets last an hour): open the preview again from the Studio.'

interface PreviewRoutesOptions {
  previews: PreviewBuilds
  /** Null when the Content Lake or its read token is not configured. */
  checkSecret: PreviewSecretCheck | null
  /** `STUDIO_ORIGIN`: the only page that may frame a preview. */
  studioOrigin: string | undefined
}

/** The CSP of a release with its `frame-ancestors` replaced: previews are shown inside the Studio. */
function framedBy(csp: string | undefined, ancestors: string): string {
  const directives = (csp ?? "default-src 'none'").split(';').map((directive) => directive.trim())
  return [...directives.filter((directive) => directive && !/^frame-ancestors\b/i.test(directive)), `frame-ancestors ${ancestors}`].join('; ')
}

/**
 * The Studio's preview endpoints: `POST /preview` asks for a build of a document's preview,
 * `GET /preview/<id>/state` says how it goes, and `GET /preview/<id>/…` serves it. HTML and the
 * state need a valid preview secret; the preview's assets do not. Preview responses carry their
 * own headers (the release's, framed by the Studio, never indexed or cached), not the live
 * release's `_headers` rules.
 */
async function previewRoutesPlugin(app: FastifyInstance, {previews, checkSecret, studioOrigin}: PreviewRoutesOptions): Promise<void> {
  const ancestors = studioOrigin ?? "'none'"
  const own = {config: {releaseHeaders: false}, compress: false as const}
  const privateHeaders = (reply: FastifyReply) => reply.header('Cache-Control', 'no-store').header('X-Robots-Tag', 'noindex, nofollow')

  /** Whether the request's secret is valid; when not, the reply is sent and false returned. */
  const allowed = async (secret: unknown, request: FastifyRequest, reply: FastifyReply, asPage: boolean): Promise<boolean> => {
    if (!checkSecret) {
      await privateHeaders(reply).code(404).send({error: PREVIEW_NOT_CONFIGURED})
      return false
    }
    let valid = false
    if (typeof secret === 'string' && secret) {
      try {
        valid = await checkSecret(secret)
      } catch (error) {
        request.log.error({event: 'preview-secret-unchecked', error: (error as Error).message}, `Could not check a preview secret with the Content Lake: ${(error as Error).message}`)
        await privateHeaders(reply).code(503).send({error: `The preview secret could not be checked with the Content Lake (${(error as Error).message}); try again.`})
        return false
      }
    }
    if (valid) return true
    privateHeaders(reply).code(401)
    if (asPage) {
      await reply
        .header('Content-Security-Policy', framedBy(undefined, ancestors))
        .type('text/html; charset=utf-8')
        .send(`<!doctype html><html lang="en"><meta charset="utf-8"><title>Preview not available</title><p>${BAD_SECRET}</p></html>\n`)
    } else {
      await reply.send({error: BAD_SECRET})
    }
    return false
  }

  const documentIdProblem = (documentId: unknown) =>
    typeof documentId === 'string' && PUBLISHED_ID.test(documentId)
      ? undefined
      : `documentId ${JSON.stringify(documentId)} is not a published document's id: give the id without "drafts." or "versions.", of letters, digits, ".", "_" and "-".`

  app.post('/preview', own, async (request, reply) => {
    let body: {documentId?: unknown; secret?: unknown}
    try {
      body = JSON.parse(String(request.body ?? '')) as typeof body
    } catch {
      return privateHeaders(reply).code(400).send({error: 'The body must be JSON: {"documentId": "<published id>", "secret": "<preview secret>"}.'})
    }
    const problem = documentIdProblem(body?.documentId)
    if (problem) return privateHeaders(reply).code(400).send({error: problem})
    if (!(await allowed(body.secret, request, reply, false))) return reply
    previews.request(body.documentId as string)
    return privateHeaders(reply).code(202).send({queued: true})
  })

  app.get<{Params: {documentId: string}; Querystring: Record<string, string>}>('/preview/:documentId/state', own, async (request, reply) => {
    const problem = documentIdProblem(request.params.documentId)
    if (problem) return privateHeaders(reply).code(400).send({error: problem})
    if (!(await allowed(request.query[SECRET_PARAMETER], request, reply, false))) return reply
    return privateHeaders(reply).send(await previews.state(request.params.documentId))
  })

  // Each preview's `_headers`, read once per preview folder.
  let rules: {folder: string; rules: ReturnType<typeof parseHeadersFile>} | null = null
  const rulesFor = async (folder: string) => {
    if (rules?.folder !== folder) rules = {folder, rules: parseHeadersFile(await readFile(join(folder, '_headers'), 'utf8'))}
    return rules.rules
  }

  app.get<{Params: {documentId: string}; Querystring: Record<string, string>}>('/preview/:documentId/*', own, async (request, reply) => {
    const {documentId} = request.params
    const checked = releasePath(request.url)
    if (documentIdProblem(documentId) || !checked.ok) return privateHeaders(reply).code(404).send({error: 'Not found.'})
    const path = checked.path.slice(`/preview/${documentId}`.length)
    const page = fileType(path) === 'text/html'
    if (page && !(await allowed(request.query[SECRET_PARAMETER], request, reply, true))) return reply
    // One folder for the whole request, even if a new preview replaces it meanwhile.
    const folder = await previews.folder(documentId)
    const found = folder ? await locate(folder, path.endsWith('/') ? `${path}index.html` : path) : 'missing'
    if (!folder || found === 'missing' || found === 'outside') {
      return privateHeaders(reply).code(404).send({error: `The preview of ${documentId} has no ${path}: ask for a preview build (POST /preview) and wait until its state says it is built.`})
    }
    if (found === 'directory') {
      const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : ''
      return path.endsWith('/') ? privateHeaders(reply).code(404).send({error: 'Not found.'}) : reply.redirect(`/preview/${documentId}${path}/${query}`, 301)
    }
    const headers = headersFor(await rulesFor(folder), path)
    headers.delete('x-frame-options')
    headers.set('content-security-policy', framedBy(headers.get('content-security-policy'), ancestors))
    for (const [name, value] of headers) reply.header(name, value)
    privateHeaders(reply).type(fileType(path))
    return reply.sendFile(path, folder)
  })
}

export const previewRoutes = fp(previewRoutesPlugin, {name: 'preview-routes', fastify: '5.x'})
