import {timingSafeEqual} from 'node:crypto'

/**
 * Whether an `Authorization` header carries `Bearer <token>`, compared in constant time so the
 * answer's timing does not reveal how much of a guess was right. Never true without a token.
 */
export function hasBearer(authorization: string | undefined, token: string | undefined): boolean {
  if (!token) return false
  const given = /^Bearer (.+)$/.exec(authorization ?? '')?.[1] ?? ''
  const a = Buffer.from(given)
  const b = Buffer.from(token)
  return a.length === b.length && timingSafeEqual(a, b)
}
