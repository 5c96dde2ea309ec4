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

/** The moment a day begins in Los Angeles (midnight, Pacific time, daylight saving included). */
export function startOfDayInLosAngeles(date: string): Date {
  return new Date(atLosAngelesTime(date, '00:00:00'))
}

/** The last second of a day in Los Angeles, with that day's offset: 2026-07-15T23:59:59-07:00. */
export function endOfDayInLosAngeles(date: string): string {
  return atLosAngelesTime(date, '23:59:59')
}

const wallClock = new Intl.DateTimeFormat('en-CA', {
  timeZone: SITE_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
})

/** A YYYY-MM-DD date at an HH:MM:SS time in Los Angeles, written with the offset in force then. */
function atLosAngelesTime(date: string, time: string): string {
  // Pacific time is UTC-8 or UTC-7: try both, keep the one the clocks in Los Angeles show.
  for (const offset of ['-08:00', '-07:00']) {
    const text = `${date}T${time}${offset}`
    const instant = new Date(text)
    if (Number.isNaN(instant.getTime())) break
    const parts = Object.fromEntries(wallClock.formatToParts(instant).map((part) => [part.type, part.value]))
    if (`${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}` === `${date}T${time}`) return text
  }
  throw new Error(`Cannot find ${time} on "${date}" in Los Angeles: expected a date written YYYY-MM-DD.`)
}
