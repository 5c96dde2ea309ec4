import {isPublishedId} from '@cast/schemas/dataset'
import {REBUILD_REQUEST_TYPE} from '@cast/schemas/rules/rebuild-request'
import {isSluggedType} from '@cast/schemas/routing/reserved-paths'
import type {FastifyInstance, FastifyReply, FastifyRequest} from 'fastify'
import type {Config} from './config'
import type {PreviewBuilds} from './preview-builds'
import {PREVIEW_NOT_CONFIGURED} from './preview-routes'
import type {Publisher} from './publisher'
import {checkSignature} from './signature'
import {readWebhookEvent} from './webhook-event'

interface WebhookOptions {
  config: Pick<Config, 'SANITY_WEBHOOK_SECRET' | 'SIGNATURE_TOLERANCE_MS'>
  publisher: Publisher
  /** Preview builds, when the Content Lake and its read token are configured. */
  previews?: PreviewBuilds
}

/** A delivery whose signature and body check out, or null once the refusal is sent. */
async function verified(request: FastifyRequest, reply: FastifyReply, config: WebhookOptions['config']) {
  reply.header('Cache-Control', 'no-store')
  const raw = typeof request.body === 'string' ? request.body : ''
  const check = await checkSignature(raw, request.headers['sanity-webhook-signature'], config.SANITY_WEBHOOK_SECRET, {
    toleranceMs: config.SIGNATURE_TOLERANCE_MS,
  })
  if (!check.ok) {
    request.log.warn({event: 'webhook-refused', reason: check.reason}, 'Webhook refused')
    await reply.code(401).send({error: `Unauthorized: ${check.reason}.`})
    return null
  }
  const event = readWebhookEvent(raw)
  if (!event.ok) {
    request.log.warn({event: 'webhook-refused', reason: event.error}, 'Webhook refused')
    await reply.code(400).send({error: event.error})
    return null
  }
  return {signature: check.signature, ...event}
}

/**
 * `POST /webhooks/sanity`: a signed event from Sanity, verified against the raw body, recorded
 * durably, then answered 202. `POST /webhooks/sanity/drafts`: the same from a second webhook with
 * drafts on, which builds the draft's preview and nothing else. Any other method is told to use POST.
 */
export async function webhook(app: FastifyInstance, {config, publisher, previews}: WebhookOptions): Promise<void> {
  app.post('/webhooks/sanity', async (request, reply) => {
    const event = await verified(request, reply, config)
    if (!event) return reply
    const key = request.headers['idempotency-key']
    // Staff ask for a rebuild by writing this document: Sanity's roles decide who may, and the
    // request is built at once, like `POST /rebuild`. It is no content of the site.
    const rebuild = event.documentType === REBUILD_REQUEST_TYPE
    const accepted = await publisher.accept({
      key: typeof key === 'string' && key ? key : null,
      // A captured request sent again carries the same signature: it is the same delivery.
      signature: event.signature,
      trigger: rebuild ? 'rebuild' : 'webhook',
      receivedAt: new Date().toISOString(),
      ...(event.documentId && !rebuild ? {documentId: event.documentId} : {}),
      ...(event.documentType && !rebuild ? {documentType: event.documentType} : {}),
    })
    return reply.code(202).send(accepted ? {accepted: true, seq: accepted.seq} : {accepted: true, duplicate: true})
  })

  // Previews are not journaled: a lost one is asked for again by the next edit.
  app.post('/webhooks/sanity/drafts', async (request, reply) => {
    const event = await verified(request, reply, config)
    if (!event) return reply
    if (!previews) return reply.code(404).send({error: PREVIEW_NOT_CONFIGURED})
    const id = event.documentId
    if (!id) return reply.code(400).send({error: 'The body has no _id: set the webhook projection to {_id, _type}.'})
    if (!id.startsWith('drafts.')) {
      const reason = isPublishedId(id) ? `${id} is published: the publish webhook puts it live.` : `${id} is a release version: previews show drafts.`
      return reply.code(202).send({queued: false, reason})
    }
    if (!event.documentType || !isSluggedType(event.documentType)) {
      return reply.code(202).send({queued: false, reason: `A ${event.documentType ?? 'document without _type'} has no page of its own to preview.`})
    }
    const documentId = id.slice('drafts.'.length)
    previews.request(documentId)
    return reply.code(202).send({queued: true, documentId})
  })

  app.route({
    method: ['GET', 'HEAD', 'PUT', 'PATCH', 'DELETE'],
    url: '/webhooks/sanity',
    handler: (_request, reply) => reply.code(405).header('Allow', 'POST').send({error: 'Use POST.'}),
  })
}
