import {DEFAULT_LANGUAGE, LANGUAGE_IDS, LANGUAGES} from '../routing/languages'

/**
 * Translations as `@sanity/document-internationalization` links them: one document per language,
 * grouped by a `translation.metadata` document. Imports no Studio code, so the dataset check and
 * the site read groups the same way.
 */

/** The types staff translate: every type with public content. */
export const TRANSLATED_TYPES = ['faq', 'faqCategory', 'hotline', 'report', 'jobOpening', 'page', 'siteSettings'] as const

export const METADATA_TYPE = 'translation.metadata'

/** The name staff read for a language code; the code itself when it is not in the list. */
export function languageTitle(id: string): string {
  return LANGUAGES.find((language) => language.id === id)?.title ?? id
}

interface Doc {
  _id: string
  _type: string
  [field: string]: unknown
}

/** One problem of a translation group or translation, located by document id and path. */
export interface TranslationProblem {
  id: string
  type: string
  path: string
  message: string
}

interface Member {
  key: string
  language: string
  ref: string
}

function membersOf(metadata: Doc): Member[] {
  const translations = Array.isArray(metadata.translations) ? (metadata.translations as Array<Record<string, unknown>>) : []
  return translations.map((item) => ({
    key: String(item._key),
    language: String(item.language),
    ref: String((item.value as {_ref?: unknown} | undefined)?._ref),
  }))
}

const memberPath = (member: Member, field?: string) => `translations[_key=="${member.key}"]${field ? `.${field}` : ''}`

/** A document's language: documents made before translations are in the default one. */
export function languageOf(document: object | undefined): string {
  const language = (document as {language?: unknown} | undefined)?.language
  return typeof language === 'string' ? language : DEFAULT_LANGUAGE
}

/**
 * What is wrong with the dataset's translation groups: a language not in the list, two members
 * for one language, a member that does not exist, is in another language than its item says or
 * of another type than the group's, and a document in two groups.
 */
export function translationGroupProblems(documents: readonly Doc[]): TranslationProblem[] {
  const byId = new Map(documents.map((document) => [document._id, document]))
  const groupOf = new Map<string, string>()
  const problems: TranslationProblem[] = []
  for (const metadata of documents.filter((document) => document._type === METADATA_TYPE)) {
    const report = (member: Member, field: string | undefined, message: string) =>
      problems.push({id: metadata._id, type: METADATA_TYPE, path: memberPath(member, field), message})
    const members = membersOf(metadata)
    const schemaTypes = Array.isArray(metadata.schemaTypes) ? (metadata.schemaTypes as unknown[]) : []
    const groupType = typeof schemaTypes[0] === 'string' ? schemaTypes[0] : byId.get(members[0]?.ref ?? '')?._type
    const firstOfLanguage = new Map<string, Member>()
    for (const member of members) {
      if (!LANGUAGE_IDS.includes(member.language)) {
        report(member, 'language', `“${member.language}” is not one of the site’s languages (${LANGUAGE_IDS.join(', ')}): remove this translation, or add the language to schemas/languages.json.`)
      }
      const first = firstOfLanguage.get(member.language)
      if (first) report(member, undefined, `${member.ref} is a second ${languageTitle(member.language)} translation beside ${first.ref}: keep one per language.`)
      else firstOfLanguage.set(member.language, member)
      const document = byId.get(member.ref)
      if (!document) {
        report(member, 'value', `${member.ref} does not exist: remove it from the group, or restore the document.`)
        continue
      }
      if (languageOf(document) !== member.language) {
        report(member, 'language', `${member.ref} is in ${languageTitle(languageOf(document))}, but the group lists it as ${languageTitle(member.language)}.`)
      }
      if (groupType && document._type !== groupType) report(member, 'value', `${member.ref} is a ${document._type}, but the group translates ${groupType}.`)
      const other = groupOf.get(member.ref)
      if (other && other !== metadata._id) report(member, 'value', `${member.ref} is also in ${other}: a document belongs to one group of translations.`)
      else groupOf.set(member.ref, metadata._id)
    }
  }
  return problems
}

/**
 * Translations last changed before their default-language original was: the original may say
 * something the translation does not yet. Staff publish the original first, so this is a warning.
 */
export function staleTranslations(documents: readonly Doc[]): TranslationProblem[] {
  const byId = new Map(documents.map((document) => [document._id, document]))
  const stale: TranslationProblem[] = []
  for (const metadata of documents.filter((document) => document._type === METADATA_TYPE)) {
    const members = membersOf(metadata).flatMap((member) => {
      const document = byId.get(member.ref)
      return document && typeof document._updatedAt === 'string' && languageOf(document) === member.language ? [{member, document, updatedAt: document._updatedAt}] : []
    })
    const original = members.find(({member}) => member.language === DEFAULT_LANGUAGE)
    if (!original) continue
    for (const {member, document, updatedAt} of members) {
      if (member.language === DEFAULT_LANGUAGE || updatedAt >= original.updatedAt) continue
      stale.push({
        id: document._id,
        type: document._type,
        path: '(document)',
        message: `${languageTitle(DEFAULT_LANGUAGE)} changed since this was translated: ${original.document._id} was updated on ${original.updatedAt.slice(0, 10)}, this ${languageTitle(member.language)} version on ${updatedAt.slice(0, 10)}. Compare them and update this one.`,
      })
    }
  }
  return stale
}
