import {startOfDayInLosAngeles, todayInLosAngeles} from '@cast/schemas/rules/los-angeles'

/**
 * Dates. Cast works in Los Angeles: "today", and so whether a job posting has closed, is
 * decided by the calendar there (`todayInLosAngeles`, shared with the Studio), not by the build
 * machine's time zone.
 */

export {formatDate} from '@cast/schemas/rules/written-dates'

/** Whether a job posting is open on `today`: it closes at the end of its closing day. */
export function isOpen(job: {closesAt?: string | null}, today: string = todayInLosAngeles()): boolean {
  return !job.closesAt || job.closesAt >= today
}

/** The day after a YYYY-MM-DD date. */
function nextDay(date: string): string {
  const next = new Date(`${date}T12:00:00Z`)
  next.setUTCDate(next.getUTCDate() + 1)
  return next.toISOString().slice(0, 10)
}

/**
 * When the site next changes without anyone publishing: the end of the earliest closing day of
 * an open job posting. Null when nothing is due to close.
 */
export function nextChangeAt(jobs: Array<{closesAt?: string | null}>, today: string = todayInLosAngeles()): string | null {
  const closing = jobs
    .filter((job) => job.closesAt && isOpen(job, today))
    .map((job) => job.closesAt!)
    .sort()[0]
  return closing ? startOfDayInLosAngeles(nextDay(closing)).toISOString() : null
}
