import type {SluggedType} from '@cast/schemas/routing/reserved-paths'
import {webAddress} from '@cast/schemas/routing/web-address'
import {inLanguage, languages} from '../lib/languages'
import {once} from './build-memo'
import {getFaqs, getFaqsByCategory, getOpenJobs, getPages, getReports, getTranslations, languageOf, only} from './read'

/** A version of a page in another language: `<link rel="alternate" hreflang>` and the language switch. */
export interface Alternate {
  language: string
  path: string
}

type Addressed = {_id: string; _type: string; slug: string; language?: string | null}

/**
 * The page of every document this build gives one, by id: each language's questions, topics with
 * questions, its own reports, open job openings and pages. Hotlines and the settings have none.
 */
export function builtPaths(): Promise<Map<string, string>> {
  return once('built paths', async () => {
    const paths = new Map<string, string>()
    for (const {id} of languages()) {
      const [faqs, topics, reports, jobs, pages] = await Promise.all([getFaqs(id), getFaqsByCategory(id), getReports(id), getOpenJobs(id), getPages(id)])
      const addressed: Addressed[] = [...faqs, ...topics.map(({category}) => category), ...only(reports, id), ...only(jobs, id), ...pages]
      for (const {_id, _type, slug, language} of addressed) paths.set(_id, webAddress(_type as SluggedType, slug, language ?? undefined))
    }
    return paths
  })
}

/**
 * The pages of a document and its translations this build makes, in the order of the languages
 * list. Empty when it has no translated page: a page alone needs no alternates.
 */
export async function alternatesOf(document: {_id: string; language?: string | null}): Promise<Alternate[]> {
  const [paths, groups] = await Promise.all([builtPaths(), getTranslations()])
  const group = groups.get(document._id)
  if (!group) return []
  const found = languages().flatMap(({id}) => {
    const member = id === languageOf(document) ? document._id : group.get(id)
    const path = member && paths.get(member)
    return path ? [{language: id, path}] : []
  })
  return found.length > 1 ? found : []
}

/** The page every language has at the same place: `/faq/` and `/es/faq/`. */
export function alternatesOfRoute(path: string): Alternate[] {
  return languages().map(({id}) => ({language: id, path: inLanguage(id, path)}))
}
