import {defineField, type SlugRule, type SlugValue} from 'sanity'
import {checkUniqueSlug, slugUniquenessCheckedByRule} from '../validation/slug'

const GENERATE_HINT = 'Press “Generate” to make the web address from the title.'

/** A URL slug made from another field, unique within its document type. */
export function slugField(
  source: string,
  description: string,
  extraRule?: (slug: SlugValue | undefined) => true | string,
) {
  return defineField({
    name: 'slug',
    title: 'Web address',
    type: 'slug',
    description,
    options: {source, maxLength: 96, isUnique: slugUniquenessCheckedByRule},
    validation: (rule: SlugRule) => [
      rule.required().error(GENERATE_HINT),
      rule.custom(checkUniqueSlug).error(),
      rule.custom((slug) => {
        const current = slug?.current
        if (current && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(current)) {
          return 'Use only lowercase letters, digits and dashes in the web address, for example ways-to-give.'
        }
        return extraRule ? extraRule(slug) : true
      }).error(),
    ],
  })
}
