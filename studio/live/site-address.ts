/**
 * The public site's address from `SANITY_STUDIO_SITE_URL`, without a trailing slash, so
 * `${address}/build.json` and `${address}${path}` read right. Empty when unset: the Studio then
 * shows no live state and asks the site for nothing.
 */
export function siteAddress(value: string | undefined): string {
  if (!value) return ''
  let url: URL | undefined
  try {
    url = new URL(value)
  } catch {
    url = undefined
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new Error(`SANITY_STUDIO_SITE_URL is "${value}", not a web address: set it to the public site's address, such as https://cast.example, or leave it unset.`)
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`
}
