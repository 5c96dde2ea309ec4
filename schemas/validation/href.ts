/**
 * Links in rich text. Only web, email and phone links are allowed: a `javascript:` or `data:`
 * link in content could run code in a visitor's browser.
 */

const ALLOWED_SCHEMES = ['http:', 'https:', 'mailto:', 'tel:']

/** Whether an href is a web, email or phone link, or a path on this site. */
export function isAllowedHref(href: string): boolean {
  if (href.startsWith('/') && !href.startsWith('//')) return true
  try {
    return ALLOWED_SCHEMES.includes(new URL(href).protocol)
  } catch {
    return false
  }
}

export function checkHref(value: unknown): true | string {
  if (value === undefined || value === null || value === '') return 'Add the address the link goes to.'
  if (typeof value !== 'string' || value !== value.trim() || !isAllowedHref(value)) {
    return 'Links may go to a web page (https://…), a page on this site (/get-help/), an email address (mailto:…) or a phone number (tel:…).'
  }
  return true
}
