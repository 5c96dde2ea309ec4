import {isPublishedId, type DatasetDocument} from '@cast/schemas/dataset'
import {encodeSignatureHeader} from '@sanity/webhook'
import {evaluate, parse} from 'groq-js'
import type {LakeStore, MutationEvent} from './store'

/** A GROQ-powered webhook as it is set up in Sanity's project settings, with drafts and versions off. */
export interface LakeWebhook {
  url: string
  secret: string
  /** The filter, e.g. `_type in ["faq"]`. */
  filter: string
  /** The projection, e.g. `{_id, _type}`. */
  projection: string
}

/** One delivery: the document it was for, the body sent, and how the receiver answered. */
export interface WebhookDelivery {
  documentId: string
  body: string
  status: number | null
  error?: string
  /** When the delivery was sent (`Date.now()`), for measuring webhook to live. */
  sentAt: number
}

async function firstMatch(groq: string, document: DatasetDocument): Promise<unknown> {
  const result = await (await evaluate(parse(groq), {dataset: [document]})).get()
  return Array.isArray(result) ? result[0] : undefined
}

/**
 * Sends `webhook`, recording each delivery in `deliveries`, for each published document a transaction creates, updates or deletes and that
 * matches the filter (the document after the change, or before it for a delete), as Sanity does:
 * the projection as a JSON body, signed in `sanity-webhook-signature`, one delivery after another in
 * the order of the changes. Each delivery is recorded; a failed one is recorded, not retried.
 */
export function sendWebhooks(store: LakeStore, webhook: LakeWebhook, deliveries: WebhookDelivery[]): void {
  let queue = Promise.resolve()
  const deliver = async (event: MutationEvent) => {
    const document = event.result ?? event.previous
    if (!document || !isPublishedId(event.documentId)) return
    const projected = await firstMatch(`*[${webhook.filter}]${webhook.projection}`, document)
    if (projected === undefined) return
    const body = JSON.stringify(projected)
    const delivery: WebhookDelivery = {documentId: event.documentId, body, status: null, sentAt: Date.now()}
    deliveries.push(delivery)
    try {
      const response = await fetch(webhook.url, {
        method: 'POST',
        headers: {'content-type': 'application/json', 'sanity-webhook-signature': await encodeSignatureHeader(body, Date.now(), webhook.secret)},
        body,
      })
      delivery.status = response.status
      if (!response.ok) delivery.error = await response.text()
    } catch (error) {
      delivery.error = (error as Error).message
    }
  }
  store.events.on('mutation', (event) => {
    queue = queue.then(() => deliver(event))
  })
}
