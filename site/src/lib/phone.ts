/**
 * Phone links. Numbers arrive as staff wrote them (`888-539-2373`, `1-800-799-7233`, `911`);
 * links use E.164 so that every phone, and every phone abroad, dials the right line. How a number
 * is shown is `phoneLabel` in `@cast/schemas/rules/phone-label`, which the Studio uses too.
 */

function digitsOf(phone: string): string {
  return phone.replace(/\D/g, '')
}

/** `tel:` link: `tel:+18885392373`, or `tel:911` for three-digit service numbers. */
export function telHref(phone: string): string {
  const digits = digitsOf(phone)
  if (digits.length === 10) return `tel:+1${digits}`
  if (digits.length === 11 && digits.startsWith('1')) return `tel:+${digits}`
  return `tel:${digits}`
}

/** `sms:` link: short codes as they are, US numbers in E.164. */
export function smsHref(sms: string): string {
  const digits = digitsOf(sms)
  return digits.length <= 6 ? `sms:${digits}` : telHref(sms).replace(/^tel:/, 'sms:')
}
