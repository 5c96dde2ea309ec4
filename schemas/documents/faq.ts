import {HelpCircleIcon} from '@sanity/icons/HelpCircle'
import {defineArrayMember, defineField, defineType} from 'sanity'
import {languageField} from '../fields/language'
import {previousSlugsField, slugField} from '../fields/slug'
import {orderRankField, orderRankOrdering} from '../fields/order-rank'
import {requiredText} from '../validation/text'
import {sameLanguageReference} from '../validation/same-language'

const sameCategory = sameLanguageReference('category')
const sameQuestion = sameLanguageReference('question')

export const faq = defineType({
  name: 'faq',
  title: 'FAQ entry',
  type: 'document',
  icon: HelpCircleIcon,
  fields: [
    defineField({
      name: 'question',
      title: 'Question',
      type: 'string',
      description: 'Ask it the way a visitor would, in plain words.',
      validation: (rule) => [
        requiredText(rule, 'Write the question.'),
        rule.max(140).warning('Long questions are hard to scan; try to stay under 140 characters.'),
      ],
    }),
    slugField('question', 'The address of this answer: /faq/<web address>/.'),
    previousSlugsField(),
    defineField({
      name: 'answer',
      title: 'Answer',
      type: 'richText',
      validation: (rule) => rule.required().min(1).error('Write the answer.'),
    }),
    defineField({
      name: 'category',
      title: 'Category',
      type: 'reference',
      to: [{type: 'faqCategory'}],
      options: {filter: sameCategory.filter},
      validation: (rule) => [
        rule.required().error('Choose the category this question belongs to.'),
        sameCategory.rule(rule),
      ],
    }),
    orderRankField('faq'),
    defineField({
      name: 'searchTerms',
      title: 'Other words people use',
      type: 'array',
      description:
        'Words a visitor might type into search that the answer does not use: everyday or regional words, other names, common misspellings (for example “T visa”, “green card”, “labour”). Search finds this answer by them. They are not shown on the page.',
      of: [defineArrayMember({type: 'string'})],
      options: {layout: 'tags'},
      validation: (rule) => rule.unique().error('A word is listed twice.'),
    }),
    defineField({
      name: 'related',
      title: 'Related questions',
      type: 'array',
      description: 'A related question can be deleted: the site then leaves it out of this list.',
      // Weak, so deleting a question does not need every question that lists it edited first.
      of: [
        defineArrayMember({
          type: 'reference',
          to: [{type: 'faq'}],
          weak: true,
          options: {filter: sameQuestion.filter},
          validation: (rule) => sameQuestion.rule(rule),
        }),
      ],
      validation: (rule) => [
        rule.unique().error('A related question is listed twice.'),
        rule.max(5).warning('More than five related questions is a lot to read.'),
        rule.custom((related, context) => {
          const self = context.document?._id.replace(/^drafts\./, '')
          const refs = (related ?? []) as Array<{_ref?: string}>
          return refs.some((ref) => ref._ref === self)
            ? 'A question cannot be related to itself.'
            : true
        }),
      ],
    }),
    languageField,
  ],
  orderings: [orderRankOrdering],
  preview: {
    select: {title: 'question', category: 'category.title'},
    prepare: ({title, category}) => ({title, subtitle: category ?? 'No category'}),
  },
})
