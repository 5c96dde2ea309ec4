/**
 * Dates written the way readers of a language in Los Angeles write them: "June 30, 2026", "30 de
 * junio de 2026". Shared by the site's pages and the Studio's previews, so staff see a date as
 * visitors will. Imports nothing.
 */

const formats = new Map<string, Intl.DateTimeFormat>()

/**
 * "September 15, 2025" for a YYYY-MM-DD date, in `locale`. A plain date names a day, not a
 * moment: it is read and written in UTC, so no time zone moves it to the day before.
 */
export function formatDate(date: string, locale: string = 'en-US'): string {
  let format = formats.get(locale)
  if (!format) formats.set(locale, (format = new Intl.DateTimeFormat(locale, {dateStyle: 'long', timeZone: 'UTC'})))
  return format.format(new Date(`${date}T00:00:00Z`))
}
