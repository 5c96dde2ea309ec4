/** Checks that an optional closing date does not come before the opening date. */
export function checkClosesAfterPosted(closesAt: unknown, postedAt: unknown): true | string {
  if (typeof closesAt !== 'string' || typeof postedAt !== 'string') return true
  if (closesAt < postedAt) return 'The closing date is before the date the job was posted.'
  return true
}
