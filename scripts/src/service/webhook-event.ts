/** The longest `_id` or `_type` a webhook may name; Sanity's own ids are far shorter. */
const MAX_NAME_LENGTH = 200

export type WebhookEvent = {ok: true; documentId?: string; documentType?: string} | {ok: false; error: string}

/**
 * Reads the document a verified webhook names, from the projection `{_id, _type}`. Both are
 * optional (a projection may leave them out), but when present they are short strings: they
 * are journaled and shown on the status page.
 */
export function readWebhookEvent(raw: string): WebhookEvent {
  let body: unknown
  try {
    body = JSON.parse(raw)
  } catch {
    return {ok: false, error: 'The body is not JSON.'}
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return {ok: false, error: 'The body is not a JSON object: set the webhook projection to {_id, _type}.'}
  }
  const fields = body as {_id?: unknown; _type?: unknown}
  const event: {documentId?: string; documentType?: string} = {}
  for (const [field, key] of [['_id', 'documentId'], ['_type', 'documentType']] as const) {
    const value = fields[field]
    if (value === undefined) continue
    if (typeof value !== 'string' || !value || value.length > MAX_NAME_LENGTH) {
      return {ok: false, error: `The body's ${field} must be a string of 1 to ${MAX_NAME_LENGTH} characters; set the webhook projection to {_id, _type}.`}
    }
    event[key] = value
  }
  return {ok: true, ...event}
}
