import {FolderIcon} from '@sanity/icons/Folder'
import {defineField, defineType} from 'sanity'
import {languageField} from '../fields/language'
import {slugField} from '../fields/slug'
import {WHOLE_NUMBER} from '../validation/order'
import {requiredText} from '../validation/text'

export const faqCategory = defineType({
  name: 'faqCategory',
  title: 'FAQ category',
  type: 'document',
  icon: FolderIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      validation: (rule) => [
        requiredText(rule, 'Give the category a title: it is the heading visitors see on the FAQ page.'),
        rule.max(60).warning('Keep category titles short, under 60 characters.'),
      ],
    }),
    slugField('title', 'Used as the anchor of this category on the FAQ page.'),
    defineField({
      name: 'description',
      title: 'Description',
      type: 'text',
      rows: 2,
      description: 'One sentence shown under the category title.',
    }),
    defineField({
      name: 'order',
      title: 'Order',
      type: 'number',
      description: 'Lower numbers come first on the FAQ page.',
      validation: (rule) => rule.integer().error(WHOLE_NUMBER),
    }),
    languageField,
  ],
  orderings: [{title: 'FAQ page order', name: 'order', by: [{field: 'order', direction: 'asc'}]}],
  preview: {select: {title: 'title', subtitle: 'description'}},
})
