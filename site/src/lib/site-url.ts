/**
 * The public address of the site, used for canonical links, the sitemap, feeds and structured
 * data. Set `SITE_URL` when deploying elsewhere.
 */
export const SITE_URL = (process.env.SITE_URL || 'https://www.castla.org').replace(/\/?$/, '/')

export function absoluteUrl(path: string): string {
  return new URL(path, SITE_URL).href
}
