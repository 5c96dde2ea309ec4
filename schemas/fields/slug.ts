import {defineField, type SlugRule, type SlugValue, type ValidationContext} from 'sanity'
import {isSluggedType} from '../routing/reserved-paths'
import {isCleanSlug, isReservedSlug, webAddress} from '../routing/web-address'
import {checkUniqueSlug, slugUniquenessCheckedByRule} from '../validation/slug'

const GENERATE_HINT = 'Press “Generate” to make the web address from the title.'

/** The slug's shape, and whether the site already uses that address for a page of its own. */
function checkSlugAddress(slug: SlugValue | undefined, context: ValidationContext): true | string {
  const current = slug?.current
  if (!current) return true
  if (!isCleanSlug(current)) return 'Use only lowercase letters, digits and dashes in the web address, for example ways-to-give.'
  const type = context.document?._type
  if (type && isSluggedType(type) && isReservedSlug(type, current)) {
    return `The site already uses ${webAddress(type, current)} for its own pages. Choose another web address.`
  }
  return true
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
    validation: (rule: SlugRule) => [
      rule.required().error(GENERATE_HINT),
      rule.custom(checkUniqueSlug).error(),
      rule.custom(checkSlugAddress).error(),
    ],
  })
}
