import {REBUILD_REQUEST_TYPE} from '@cast/schemas/rules/rebuild-request'
import type {FastifyInstance} from 'fastify'
import type {Config} from './config'
import type {Publisher} from './publisher'
import {checkSignature} from './signature'
import {readWebhookEvent} from './webhook-event'

interface WebhookOptions {
  config: Pick<Config, 'SANITY_WEBHOOK_SECRET' | 'SIGNATURE_TOLERANCE_MS'>
  publisher: Publisher
}

/**
 * `POST /webhooks/sanity`: a signed event from Sanity, verified against the raw body, recorded
 * durably, then answered 202. Any other method is told to use POST.
 */
export async function webhook(app: FastifyInstance, {config, publisher}: WebhookOptions): Promise<void> {
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
    // Staff ask for a rebuild by writing this document: Sanity's roles decide who may, and the
    // request is built at once, like `POST /rebuild`. It is no content of the site.
    const rebuild = event.documentType === REBUILD_REQUEST_TYPE
    const accepted = await publisher.accept({
      key: typeof key === 'string' && key ? key : null,
      // A captured request sent again carries the same signature: it is the same delivery.
      signature: check.signature,
      trigger: rebuild ? 'rebuild' : 'webhook',
      receivedAt: new Date().toISOString(),
      ...(event.documentId && !rebuild ? {documentId: event.documentId} : {}),
      ...(event.documentType && !rebuild ? {documentType: event.documentType} : {}),
    })
    return reply.code(202).send(accepted ? {accepted: true, seq: accepted.seq} : {accepted: true, duplicate: true})
  })

  app.route({
    method: ['GET', 'HEAD', 'PUT', 'PATCH', 'DELETE'],
    url: '/webhooks/sanity',
    handler: (_request, reply) => reply.code(405).header('Allow', 'POST').send({error: 'Use POST.'}),
  })
}
