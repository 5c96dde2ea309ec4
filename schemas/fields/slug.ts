import {defineField, type ArrayOptions, type SlugRule, type SlugValue, type ValidationContext} from 'sanity'
import {isSluggedType} from '../routing/reserved-paths'
import {isCleanSlug, isReservedSlug, webAddress} from '../routing/web-address'
import {checkUniqueSlug, slugUniquenessCheckedByRule} from '../validation/slug'
import {specsOf, withoutSpecs} from '../validation/rule-specs'
import {languageOf} from '../rules/translations'

/** What staff read when a web address is missing. */
export const GENERATE_HINT = 'Press “Generate” to make the web address from the title.'

/** The slug's shape, and whether the site already uses that address for a page of its own. */
function checkSlugAddress(slug: SlugValue | undefined, context: ValidationContext): true | string {
  const current = slug?.current
  if (!current?.trim()) return true
  if (!isCleanSlug(current)) return 'Use only lowercase letters, digits and dashes in the web address, for example ways-to-give.'
  const type = context.document?._type
  if (type && isSluggedType(type) && isReservedSlug(type, current)) {
    return `The site already uses ${webAddress(type, current, languageOf(context.document))} for its own pages. Choose another web address.`
  }
  return true
}

/**
 * Presence is checked here rather than with `required()`: Sanity also checks the inner `current` of
 * a required slug that is missing, and would show its bare “Required” beside this message.
 */
function checkSlugPresent(slug: SlugValue | undefined): true | string {
  return slug?.current?.trim() ? true : GENERATE_HINT
}

/**
 * A URL slug made from another field: one clean path segment, unique within its document type
 * and language, and not an address the site uses itself (`routing/reserved-paths.ts`).
 */
export function slugField(source: string, description: string) {
  return defineField({
    name: 'slug',
    title: 'Web address',
    type: 'slug',
    description,
    options: {source, maxLength: 96, isUnique: slugUniquenessCheckedByRule},
    validation: (rule: SlugRule) => {
      const builtIn = new Set(specsOf(rule).filter((spec) => spec.flag === 'custom'))
      return [
        rule.custom(checkSlugPresent).error(),
        rule.custom(checkUniqueSlug).error(),
        rule.custom(checkSlugAddress).error(),
      ].map((own) => withoutSpecs(own, builtIn)) // Sanity's slug check speaks of a “slug” and takes no other message.
    },
  })
}

/**
 * The web addresses a document had before its slug changed, kept when it is published (see the
 * Studio's publish action) so the site can redirect them to the current one. Staff never type here.
 */
export function previousSlugsField() {
  return defineField({
    name: 'previousSlugs',
    title: 'Earlier web addresses',
    type: 'array',
    of: [{type: 'string'}],
    // A translation has its own address and no history yet: "Translate" leaves this out of the copy.
    // The option is `@sanity/document-internationalization`'s, which this package does not import.
    options: {documentInternationalization: {exclude: true}} as ArrayOptions,
    readOnly: true,
    // Nothing to show until an address has changed.
    hidden: ({value}) => !(value as unknown[] | undefined)?.length,
    description: 'Old web addresses that now lead here. They are added when a new web address is published.',
  })
}
