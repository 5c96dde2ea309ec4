import type {Reference, ReferenceFilterResolverContext, ReferenceRule, ValidationContext} from 'sanity'
import {specsOf, withoutSpecs} from './rule-specs'
import {DEFAULT_LANGUAGE} from '../routing/languages'
import {languageOf, languageTitle} from '../rules/translations'
import {API_VERSION} from '../rules/api-version'

/** Documents of one language, as a reference picker's filter (`options.filter`). */
function pickerFilter({document}: ReferenceFilterResolverContext) {
  return {
    filter: 'coalesce(language, $defaultLanguage) == $language',
    params: {language: languageOf(document), defaultLanguage: DEFAULT_LANGUAGE},
  }
}

/**
 * A page in one language links only to pages in that language: the picker lists those, and a
 * reference copied by "Translate" (which keeps the original's) is refused until it is replaced.
 * `noun` is what staff call the referenced document ("category").
 */
export function sameLanguageReference(noun: string) {
  const check = async (value: unknown, context: ValidationContext): Promise<true | string> => {
    const ref = (value as Reference | undefined)?._ref
    if (!ref || !context.document) return true
    const theirs = await context
      .getClient({apiVersion: API_VERSION})
      .withConfig({perspective: 'raw'})
      .fetch<{language?: unknown} | null>('*[_id in [$ref, "drafts." + $ref]][0]{language}', {ref})
    // A reference to nothing is the required or existence check's to report.
    if (!theirs) return true
    const own = languageOf(context.document)
    const their = languageOf(theirs)
    return their === own ? true : `This ${noun} is in ${languageTitle(their)}: choose the ${languageTitle(own)} one.`
  }
  /** The check as a rule of its own, without the reference type's built-in checks. */
  const rule = (base: ReferenceRule): ReferenceRule => withoutSpecs(base.custom(check).error(), new Set(specsOf(base)))
  return {filter: pickerFilter, rule}
}
