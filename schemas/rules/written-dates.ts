/**
 * Dates written the way people in Los Angeles write them: "June 30, 2026". Shared by the site's
 * pages and the Studio's previews, so staff see a date as visitors will. Imports nothing.
 */

const plainDate = new Intl.DateTimeFormat('en-US', {dateStyle: 'long', timeZone: 'UTC'})

/**
 * "September 15, 2025" for a YYYY-MM-DD date. A plain date names a day, not a moment: it is read
 * and written in UTC, so no time zone moves it to the day before.
 */
export function formatDate(date: string): string {
  return plainDate.format(new Date(`${date}T00:00:00Z`))
}
