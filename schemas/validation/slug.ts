import type {SlugValue, ValidationContext} from 'sanity'
import {DEFAULT_LANGUAGE} from '../routing/languages'
import {API_VERSION} from '../rules/api-version'
import {languageOf} from '../rules/translations'

/**
 * Two documents of one type and language with the same web address would make one of them
 * unreachable, so a taken slug is an error (Sanity's built-in check only warns). Drafts and
 * release versions of the same document do not count as another document; a translation, which
 * lives under its language's folder, does not either.
 */
export async function checkUniqueSlug(value: unknown, context: ValidationContext): Promise<true | string> {
  const current = (value as SlugValue | undefined)?.current
  const document = context.document
  if (!current || !document) return true
  const published = document._id.replace(/^drafts\./, '').replace(/^versions\.[^.]+\./, '')
  const language = languageOf(document)
  const taken = await context
    .getClient({apiVersion: API_VERSION})
    .withConfig({perspective: 'raw'})
    .fetch<string | null>(
      '*[_type == $type && slug.current == $slug && coalesce(language, $defaultLanguage) == $language && !sanity::versionOf($published)][0]._id',
      {type: document._type, slug: current, language, defaultLanguage: DEFAULT_LANGUAGE, published},
    )
  return taken ? `Another ${document._type === 'faq' ? 'question' : 'document'} already uses the web address “${current}” (${taken}). Choose another one.` : true
}

/** Turns off Sanity's own uniqueness warning, which `checkUniqueSlug` replaces with an error. */
export const slugUniquenessCheckedByRule = () => true
