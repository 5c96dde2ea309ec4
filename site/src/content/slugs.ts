import {DEFAULT_LANGUAGE} from '@cast/schemas/routing/languages'
import {isSluggedType, type SluggedType} from '@cast/schemas/routing/reserved-paths'
import {isCleanSlug, isReservedSlug, webAddress} from '@cast/schemas/routing/web-address'

/** What the check reads of a document; documents of types without a web address are skipped. */
interface SluggedDocument {
  _id: string
  _type?: unknown
  slug?: unknown
  language?: unknown
}

function names(ids: string[]): string {
  return ids.length === 2 ? `${ids[0]} and ${ids[1]}` : `${ids.slice(0, -1).join(', ')} and ${ids.at(-1)}`
}

function typeLabel(type: string, language: string): string {
  return language === DEFAULT_LANGUAGE ? type : `${type}, language ${language}`
}

/**
 * The web addresses a build cannot publish, one sentence each: a slug that is not one clean path
 * segment, one the site uses for its own pages (the `languages` codes among them), and one that two documents of the same type and
 * language share (one page would silently replace the other). Empty when every address is fine.
 */
export function slugProblems(documents: readonly SluggedDocument[], languages: readonly string[]): string[] {
  const problems: string[] = []
  const owners = new Map<string, {type: SluggedType; slug: string; language: string; ids: string[]}>()
  for (const {_id, _type, slug, language} of documents) {
    if (typeof _type !== 'string' || !isSluggedType(_type) || typeof slug !== 'string') continue
    const lang = typeof language === 'string' ? language : DEFAULT_LANGUAGE
    if (!isCleanSlug(slug)) {
      problems.push(
        `Document ${_id} (${typeLabel(_type, lang)}) has the web address “${slug}”, which is not one path segment of lowercase letters, digits and dashes (like ways-to-give): change it in the Studio.`,
      )
    } else if (isReservedSlug(_type, slug, languages)) {
      problems.push(
        `Document ${_id} (${typeLabel(_type, lang)}) uses the web address “${slug}” (${webAddress(_type, slug, lang)}), which the site uses for its own pages: change it in the Studio.`,
      )
    } else {
      const key = JSON.stringify([_type, lang, slug])
      const owner = owners.get(key)
      if (owner) owner.ids.push(_id)
      else owners.set(key, {type: _type, slug, language: lang, ids: [_id]})
    }
  }
  for (const {type, slug, language, ids} of owners.values()) {
    if (ids.length < 2) continue
    problems.push(
      `Documents ${names(ids)} (${typeLabel(type, language)}) ${ids.length === 2 ? 'both' : 'all'} use the web address “${slug}” (${webAddress(type, slug, language)}): change ${ids.length === 2 ? 'one of them' : 'all but one'} in the Studio.`,
    )
  }
  return problems
}
