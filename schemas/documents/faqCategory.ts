import {FolderIcon} from '@sanity/icons/Folder'
import {defineField, defineType} from 'sanity'
import {languageField} from '../fields/language'
import {previousSlugsField, slugField} from '../fields/slug'
import {orderRankField, orderRankOrdering} from '../fields/order-rank'
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
    previousSlugsField(),
    defineField({
      name: 'description',
      title: 'Description',
      type: 'text',
      rows: 2,
      description: 'One sentence shown under the category title.',
    }),
    orderRankField('faqCategory'),
    languageField,
  ],
  orderings: [orderRankOrdering],
  preview: {select: {title: 'title', subtitle: 'description'}},
})
