import {defineField} from 'sanity'

/**
 * The document's language, stored where `@sanity/document-internationalization` keeps it, so that
 * translations can be added later without a migration.
 */
export const languageField = defineField({
  name: 'language',
  title: 'Language',
  type: 'string',
  initialValue: 'en',
  readOnly: true,
  hidden: true,
  validation: (rule) =>
    rule.regex(/^[a-z]{2}(?:-[A-Z]{2})?$/, {name: 'language code'}).error('The language must be a code such as en or es-MX.'),
})
