/**
 * How a phone number is shown, on the site and in the Studio's lists: the vanity spelling with the
 * digits beside it, when there is one, so a caller without letters on the keypad can still dial.
 * Imports nothing, so the site can use it.
 */
export function phoneLabel(phone: string, vanity?: string | null): string {
  return vanity ? `${vanity} (${phone})` : phone
}
