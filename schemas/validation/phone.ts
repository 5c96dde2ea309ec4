/**
 * Phone numbers as people dial them in the United States.
 *
 * Staff type numbers the way they appear on printed material (`888-539-2373`, `1-800-799-7233`,
 * `911`); the site turns them into `tel:` links, so the format is checked strictly enough that a
 * link is always dialable.
 */

/** A ten-digit North American number in groups, with an optional leading `1-`. */
const NANP = /^(?:1-)?[2-9]\d{2}-[2-9]\d{2}-\d{4}$/
/** Three-digit service codes such as 911 and 988. */
const SERVICE_CODE = /^[2-9]11$|^988$/
/** SMS short codes are five or six digits. */
const SHORT_CODE = /^\d{5,6}$/

export const PHONE_FORMAT_HINT =
  'Write the number as it is dialled in the US, in groups separated by dashes, for example 888-539-2373 or 1-800-799-7233 (or a three-digit number such as 911).'

/** The digits of a phone number, without the optional US country code. */
export function nationalDigits(phone: string): string {
  const digits = phone.replace(/\D/g, '')
  return digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits
}

export function isDialablePhone(value: string): boolean {
  return NANP.test(value) || SERVICE_CODE.test(value)
}

export function isTextableNumber(value: string): boolean {
  return NANP.test(value) || SHORT_CODE.test(value)
}

/** Checks a phone field; returns a message for staff, or true. */
export function checkPhone(value: unknown): true | string {
  if (value === undefined || value === null || value === '') return true
  if (typeof value !== 'string' || !isDialablePhone(value.trim())) return PHONE_FORMAT_HINT
  if (value !== value.trim()) return 'Remove the spaces before or after the number.'
  return true
}

/** Checks an SMS field: a US number or a five- or six-digit short code. */
export function checkSms(value: unknown): true | string {
  if (value === undefined || value === null || value === '') return true
  if (typeof value !== 'string' || !isTextableNumber(value)) {
    return 'Write the number people text as a US number (for example 888-539-2373) or as a short code of five or six digits (for example 233733).'
  }
  return true
}
