import {timingSafeEqual} from 'node:crypto'
import {decodeSignatureHeader, encodeSignatureHeader, isSignatureError} from '@sanity/webhook'

/** On success, `signature` is the header in one canonical spelling: a second delivery of it is a replay. */
export type SignatureCheck = {ok: true; signature: string} | {ok: false; reason: string}

/** Milliseconds since 1970 only: anything past this is not a time a sender could have signed at. */
const LATEST_TIMESTAMP = Date.parse('9999-12-31T23:59:59.999Z')

/**
 * Checks a `sanity-webhook-signature` header (`t=<ms>,v1=<base64url HMAC-SHA256 of "<t>.<body>">`)
 * over the raw body. `@sanity/webhook` decodes the header and computes the expected signature;
 * the comparison is ours, in constant time, and so is the timestamp window, which the library
 * does not check: a captured request cannot be replayed later.
 */
export async function checkSignature(
  rawBody: string,
  header: string | string[] | undefined,
  secret: string,
  {now = Date.now(), toleranceMs}: {now?: number; toleranceMs: number},
): Promise<SignatureCheck> {
  if (Array.isArray(header)) return {ok: false, reason: 'more than one sanity-webhook-signature header'}
  if (typeof header !== 'string') return {ok: false, reason: 'missing sanity-webhook-signature header'}
  let timestamp: number
  try {
    timestamp = decodeSignatureHeader(header).timestamp
  } catch (error) {
    if (isSignatureError(error)) return {ok: false, reason: `malformed sanity-webhook-signature header: ${(error as Error).message}`}
    throw error
  }
  // The library parses any run of digits; a number past every date would break the message below.
  if (!Number.isSafeInteger(timestamp) || timestamp > LATEST_TIMESTAMP) {
    return {ok: false, reason: 'the sanity-webhook-signature timestamp t is not a time in milliseconds'}
  }
  if (Math.abs(now - timestamp) > toleranceMs) {
    return {ok: false, reason: `signature timestamp ${new Date(timestamp).toISOString()} is outside the ${toleranceMs / 1000} s window`}
  }
  if (!rawBody) return {ok: false, reason: 'the body is empty, and Sanity never signs an empty body'}
  let expected: string
  try {
    expected = await encodeSignatureHeader(rawBody, timestamp, secret)
  } catch (error) {
    if (isSignatureError(error)) return {ok: false, reason: `cannot check the signature: ${(error as Error).message}`}
    throw error
  }
  const received = header.trim().replace(/[, ]+v1=/, ',v1=')
  const a = Buffer.from(expected)
  const b = Buffer.from(received)
  if (a.length !== b.length || !timingSafeEqual(a, b)) {
    return {ok: false, reason: 'signature does not match the body'}
  }
  return {ok: true, signature: expected}
}
