/**
 * Dates. Cast works in Los Angeles: "today", and so whether a job posting has closed, is
 * decided by the calendar there, not by the build machine's time zone.
 */
export const SITE_TIME_ZONE = 'America/Los_Angeles'

/** Today's date in Los Angeles, as YYYY-MM-DD. */
export function todayInLosAngeles(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {timeZone: SITE_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit'}).format(now)
}

/** "September 15, 2025" for a YYYY-MM-DD date. */
export function formatDate(date: string): string {
  return new Intl.DateTimeFormat('en-US', {dateStyle: 'long', timeZone: 'UTC'}).format(new Date(`${date}T00:00:00Z`))
}

/** Whether a job posting is open on `today`: it closes at the end of its closing day. */
export function isOpen(job: {closesAt?: string | null}, today: string = todayInLosAngeles()): boolean {
  return !job.closesAt || job.closesAt >= today
}
