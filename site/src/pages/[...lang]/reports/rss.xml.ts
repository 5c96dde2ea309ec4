import rss from '@astrojs/rss'
import {webAddress} from '@cast/schemas/routing/web-address'
import type {APIRoute, GetStaticPaths} from 'astro'
import {getReports, getSettings, languageOf} from '../../../content/read'
import {strings} from '../../../i18n/strings'
import {languagePaths, pageLanguage} from '../../../lib/languages'
import {SITE_URL} from '../../../lib/site-url'

export const getStaticPaths = (() => languagePaths()) satisfies GetStaticPaths

/** Each language's feed lists the reports its list shows, untranslated ones included. */
export const GET: APIRoute = async ({params}) => {
  const lang = pageLanguage(params)
  const t = strings(lang.id)
  const [settings, reports] = await Promise.all([getSettings(lang.id), getReports(lang.id)])
  return rss({
    title: t('rss.title', {site: settings.title}),
    description: t('rss.description', {site: settings.title}),
    site: SITE_URL,
    customData: `<language>${lang.id}</language>`,
    items: reports.map((report) => ({
      title: report.title,
      description: report.summary,
      link: webAddress('report', report.slug, languageOf(report)),
      pubDate: new Date(`${report.publishedAt}T00:00:00Z`),
      categories: report.topics ?? [],
    })),
  })
}
