import {DocumentTextIcon} from '@sanity/icons/DocumentText'
import {defineField, defineType} from 'sanity'
import {languageField} from '../fields/language'
import {previousSlugsField, slugField} from '../fields/slug'
import {requiredText} from '../validation/text'

export const page = defineType({
  name: 'page',
  title: 'Page',
  type: 'document',
  icon: DocumentTextIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      validation: (rule) => requiredText(rule, 'Write the title of the page.'),
    }),
    slugField('title', 'The page lives at /<web address>/, for example /about/.'),
    previousSlugsField(),
    defineField({
      name: 'description',
      title: 'Description',
      type: 'text',
      rows: 2,
      description: 'One or two sentences for search engines and link previews.',
      validation: (rule) => rule.max(200).warning('Search engines show about 160 characters.'),
    }),
    defineField({name: 'body', title: 'Text', type: 'richText'}),
    languageField,
  ],
  preview: {
    select: {title: 'title', slug: 'slug.current'},
    prepare: ({title, slug}) => ({title, subtitle: slug ? `/${slug}/` : 'No web address yet'}),
  },
})
