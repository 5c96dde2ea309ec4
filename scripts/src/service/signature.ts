import {timingSafeEqual} from 'node:crypto'
import {decodeSignatureHeader, encodeSignatureHeader, isSignatureError} from '@sanity/webhook'

export type SignatureCheck = {ok: true} | {ok: false; reason: string}

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
  if (typeof header !== 'string') return {ok: false, reason: 'missing sanity-webhook-signature header'}
  let timestamp: number
  try {
    timestamp = decodeSignatureHeader(header).timestamp
  } catch (error) {
    if (isSignatureError(error)) return {ok: false, reason: `malformed sanity-webhook-signature header: ${(error as Error).message}`}
    throw error
  }
  if (Math.abs(now - timestamp) > toleranceMs) {
    return {ok: false, reason: `signature timestamp ${new Date(timestamp).toISOString()} is outside the ${toleranceMs / 1000} s window`}
  }
  const expected = Buffer.from(await encodeSignatureHeader(rawBody, timestamp, secret))
  const received = Buffer.from(header.trim().replace(/[, ]+v1=/, ',v1='))
  if (expected.length !== received.length || !timingSafeEqual(expected, received)) {
    return {ok: false, reason: 'signature does not match the body'}
  }
  return {ok: true}
}
