import {DEFAULT_LANGUAGE, LANGUAGES} from '@cast/schemas/routing/languages'
import {languageOf, languageTitle, staleTranslations, TRANSLATED_TYPES} from '@cast/schemas/rules/translations'

interface Doc {
  _id: string
  _type: string
  [field: string]: unknown
}

/** What a translated document's badge says; a warning, since staff publish English first. */
export interface TranslationBadgeState {
  label: string
  tone: 'caution'
  detail: string
}

const TRANSLATED: ReadonlySet<string> = new Set(TRANSLATED_TYPES)

export const isTranslatedType = (type: string) => TRANSLATED.has(type)

/** The languages an original is missing, by title, in the order of the language list. */
function missingLanguages(group: Doc | null): string[] {
  const present = new Set((Array.isArray(group?.translations) ? (group.translations as Array<{language?: unknown}>) : []).map((item) => item.language))
  return LANGUAGES.filter(({id}) => id !== DEFAULT_LANGUAGE && !present.has(id)).map(({title}) => title)
}

/**
 * The badge of `document` (published id, its latest version) in its translation group `group`
 * (null when it has none), whose members are `members`: an original says which translations it
 * lacks; a translation says when its original changed after it.
 */
export function translationBadge(document: Doc, group: Doc | null, members: readonly Doc[]): TranslationBadgeState | null {
  if (!isTranslatedType(document._type)) return null
  if (languageOf(document) === DEFAULT_LANGUAGE) {
    const missing = missingLanguages(group)
    if (missing.length === 0) return null
    return {
      label: `No ${missing.join(' or ')} version`,
      tone: 'caution',
      detail: `There is no ${missing.join(' or ')} version yet. Publishing without one is fine; to make one, choose the language under “Translations” above the form.`,
    }
  }
  if (!group) return null
  const others = members.filter((member) => member._id !== document._id)
  const stale = staleTranslations([group, document, ...others]).find((problem) => problem.id === document._id)
  return stale ? {label: `${languageTitle(DEFAULT_LANGUAGE)} changed since this was translated`, tone: 'caution', detail: stale.message} : null
}
