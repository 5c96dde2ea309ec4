import rss from '@astrojs/rss'
import {webAddress} from '@cast/schemas/routing/web-address'
import type {APIRoute} from 'astro'
import {getReports, getSettings} from '../../content/read'
import {SITE_URL} from '../../lib/site-url'

export const GET: APIRoute = async () => {
  const [settings, reports] = await Promise.all([getSettings(), getReports()])
  return rss({
    title: `${settings.title}: reports`,
    description: `New research and publications from ${settings.title}.`,
    site: SITE_URL,
    items: reports.map((report) => ({
      title: report.title,
      description: report.summary,
      link: webAddress('report', report.slug),
      pubDate: new Date(`${report.publishedAt}T00:00:00Z`),
      categories: report.topics ?? [],
    })),
  })
}
