import {nationalDigits} from './phone'

/**
 * Vanity numbers (888-KEY-2-FREE) spell a phone number with the letters of a phone keypad.
 * A vanity number must dial the same number as the `phone` field, or callers reach someone else.
 */

const KEYPAD: Record<string, string> = {
  A: '2', B: '2', C: '2',
  D: '3', E: '3', F: '3',
  G: '4', H: '4', I: '4',
  J: '5', K: '5', L: '5',
  M: '6', N: '6', O: '6',
  P: '7', Q: '7', R: '7', S: '7',
  T: '8', U: '8', V: '8',
  W: '9', X: '9', Y: '9', Z: '9',
}

const VANITY_SHAPE = /^(?:1-)?[0-9A-Z]+(?:-[0-9A-Z]+)*$/

/** The digits a vanity number dials, letters turned into keypad digits. */
export function vanityToDigits(vanity: string): string {
  return [...vanity.toUpperCase()]
    .map((char) => KEYPAD[char] ?? char)
    .filter((char) => /\d/.test(char))
    .join('')
}

/**
 * Whether `vanity` dials `phone`. A vanity number may carry extra letters after the tenth digit
 * (888-KEY-2-FREE spells 11 digits); phones ignore what is dialled after a complete number, so
 * only letters may follow it.
 */
export function vanityMatchesPhone(vanity: string, phone: string): boolean {
  const target = nationalDigits(phone)
  const withoutCountry = vanity.toUpperCase().replace(/^1-/, '')
  let dialled = ''
  for (const char of withoutCountry) {
    if (char === '-') continue
    const digit = KEYPAD[char] ?? char
    if (dialled.length >= target.length) {
      if (!KEYPAD[char]) return false
      continue
    }
    dialled += digit
  }
  return dialled === target
}

/** Checks a vanity field against the document's phone; returns a message for staff, or true. */
export function checkVanity(vanity: unknown, phone: unknown): true | string {
  if (vanity === undefined || vanity === null || vanity === '') return true
  if (typeof vanity !== 'string' || !VANITY_SHAPE.test(vanity)) {
    return 'Write the vanity number in capitals with dashes between the groups, for example 888-KEY-2-FREE.'
  }
  if (typeof phone !== 'string' || phone === '') {
    return 'Add the phone number first: the vanity number is checked against it.'
  }
  if (!vanityMatchesPhone(vanity, phone)) {
    return `${vanity} dials ${vanityToDigits(vanity)}, which is not ${phone}. Check both numbers: callers must reach the same line.`
  }
  return true
}
