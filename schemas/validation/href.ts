/**
 * Links in rich text. Only web, email and phone links are allowed: a `javascript:` or `data:`
 * link in content could run code in a visitor's browser. The Studio refuses other links and the
 * site renders them as plain text, both by this one rule.
 */

const ALLOWED_SCHEMES = ['http:', 'https:', 'mailto:', 'tel:']

// Browsers drop tabs and newlines anywhere in a URL, so `/<tab>/evil.example` would become
// `//evil.example`; no link needs a control character.
const CONTROL = /[\u0000-\u001f\u007f]/

/** Whether an href is a web, email or phone link, or a path on this site. */
export function isAllowedHref(href: string): boolean {
  if (CONTROL.test(href)) return false
  // `//host` and `/\host` (browsers read `\` as `/`) both lead to another host.
  if (href.startsWith('/')) return !/^\/[/\\]/.test(href)
  let url: URL
  try {
    url = new URL(href)
  } catch {
    return false
  }
  if (!ALLOWED_SCHEMES.includes(url.protocol)) return false
  // A space in the host part of a web link is a typo or a disguise, even where a URL parser
  // would accept it.
  const host = /^https?:[/\\]*([^/\\?#]*)/i.exec(href)?.[1] ?? ''
  return !/\s/.test(host)
}

export function checkHref(value: unknown): true | string {
  if (value === undefined || value === null || value === '') return 'Add the address the link goes to.'
  if (typeof value !== 'string' || value !== value.trim() || !isAllowedHref(value)) {
    return 'Links may go to a web page (https://…), a page on this site (/get-help/), an email address (mailto:…) or a phone number (tel:…).'
  }
  return true
}
