/**
 * Cast works in Los Angeles: "today", and so whether a job posting has closed, is decided by the
 * calendar there, not by the time zone of the machine that builds the site or runs the Studio.
 * Imports nothing, so the site can use it.
 */
export const SITE_TIME_ZONE = 'America/Los_Angeles'

/** Today's date in Los Angeles, as YYYY-MM-DD. */
export function todayInLosAngeles(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {timeZone: SITE_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit'}).format(now)
}
