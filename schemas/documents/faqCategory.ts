import {defineField, defineType} from 'sanity'
import {languageField} from '../fields/language'
import {slugField} from '../fields/slug'

export const faqCategory = defineType({
  name: 'faqCategory',
  title: 'FAQ category',
  type: 'document',
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      validation: (rule) => rule.required().max(60).warning('Keep category titles short, under 60 characters.'),
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
      validation: (rule) => rule.integer(),
    }),
    languageField,
  ],
  orderings: [{title: 'FAQ page order', name: 'order', by: [{field: 'order', direction: 'asc'}]}],
  preview: {select: {title: 'title', subtitle: 'description'}},
})
