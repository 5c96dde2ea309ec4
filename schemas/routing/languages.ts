import shipped from '../languages.json' with {type: 'json'}

/**
 * The languages the site publishes in, from one file (`schemas/languages.json`): the Studio's
 * translations, the site's routes and its interface strings all read this list. The first one is
 * the default: its pages keep addresses without a language folder.
 */
export interface Language {
  /** The code stored in each document's `language` field and used as the address folder. */
  id: string
  /** The name staff see in the Studio. */
  title: string
  /** The name visitors see in the language switch, in that language. */
  nativeName: string
  /** The `Intl` locale for dates and money, e.g. `es-US`. */
  locale: string
}

/** The same rule as the `language` field's. */
const LANGUAGE_CODE = /^[a-z]{2}(?:-[A-Z]{2})?$/

function isSupportedLocale(locale: string): boolean {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0
  } catch {
    return false // not a well-formed language tag
  }
}

/** Checks a languages file's content, naming the file and the entry that is wrong. */
export function parseLanguages(value: unknown, where: string): Language[] {
  if (!Array.isArray(value) || value.length === 0) throw new Error(`${where}: expected a list of languages, the default first.`)
  const seen = new Set<string>()
  return value.map((entry: unknown, index) => {
    const at = `${where}, entry ${index + 1}`
    if (typeof entry !== 'object' || entry === null) throw new Error(`${at}: expected an object with id, title, nativeName and locale.`)
    const {id, title, nativeName, locale} = entry as Record<string, unknown>
    if (typeof id !== 'string' || !LANGUAGE_CODE.test(id)) throw new Error(`${at}: id ${JSON.stringify(id)} must be a code such as en or es-MX.`)
    if (seen.has(id)) throw new Error(`${at}: ${id} is listed twice.`)
    seen.add(id)
    for (const [name, text] of Object.entries({title, nativeName, locale})) {
      if (typeof text !== 'string' || text.trim() === '') throw new Error(`${at} (${id}): ${name} must be a non-empty string.`)
    }
    if (!isSupportedLocale(locale as string)) {
      throw new Error(`${at} (${id}): locale ${JSON.stringify(locale)} is not one this runtime can format dates in.`)
    }
    return {id, title: title as string, nativeName: nativeName as string, locale: locale as string}
  })
}

export const LANGUAGES: readonly Language[] = parseLanguages(shipped, 'schemas/languages.json')

export const LANGUAGE_IDS: readonly string[] = LANGUAGES.map(({id}) => id)

/** The `language` of documents made before translations, and of the site's unprefixed pages. */
export const DEFAULT_LANGUAGE: string = LANGUAGE_IDS[0] as string

/** The site settings document of a language: fixed ids, so each is a singleton in the Studio. */
export function siteSettingsId(language: string): string {
  return language === DEFAULT_LANGUAGE ? 'siteSettings' : `siteSettings-${language}`
}
