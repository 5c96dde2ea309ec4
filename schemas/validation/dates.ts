/** Checks that an optional closing date does not come before the opening date. */
export function checkClosesAfterPosted(closesAt: unknown, postedAt: unknown): true | string {
  if (typeof closesAt !== 'string' || typeof postedAt !== 'string') return true
  if (closesAt < postedAt) return 'The closing date is before the date the job was posted.'
  return true
}

/**
 * A closing date already past, in Los Angeles, is allowed (closed postings are kept for the
 * record) but staff are told the posting no longer shows.
 */
export function checkClosingNotPast(closesAt: unknown, today: string): true | string {
  if (typeof closesAt !== 'string' || closesAt >= today) return true
  return 'This date has passed: the posting no longer shows on the site. Choose a later date to open it again.'
}
