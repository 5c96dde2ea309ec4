import {DocumentPdfIcon} from '@sanity/icons/DocumentPdf'
import {defineArrayMember, defineField, defineType} from 'sanity'
import {languageField} from '../fields/language'
import {formatDate} from '../rules/written-dates'
import {previousSlugsField, slugField} from '../fields/slug'
import {requiredText} from '../validation/text'

export const report = defineType({
  name: 'report',
  title: 'Report',
  type: 'document',
  icon: DocumentPdfIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      validation: (rule) => requiredText(rule, 'Write the title of the report.'),
    }),
    slugField('title', 'The address of the report: /reports/<web address>/.'),
    previousSlugsField(),
    defineField({
      name: 'publishedAt',
      title: 'Publication date',
      type: 'date',
      validation: (rule) => rule.required().error('Choose the date the report was published.'),
    }),
    defineField({
      name: 'summary',
      title: 'Summary',
      type: 'text',
      rows: 3,
      description: 'Two or three sentences, shown in the list of reports and in search results.',
      validation: (rule) => [
        requiredText(rule, 'Write a short summary of the report.'),
        rule.max(320).warning('Summaries over 320 characters are cut short in search results.'),
      ],
    }),
    defineField({name: 'body', title: 'Text', type: 'richText'}),
    defineField({
      name: 'file',
      title: 'PDF',
      type: 'file',
      description: 'The full report as a PDF. Visitors see its size before they download it.',
      options: {accept: 'application/pdf'},
    }),
    defineField({
      name: 'coverImage',
      title: 'Cover image',
      type: 'image',
      options: {hotspot: true},
      fields: [
        defineField({
          name: 'alt',
          title: 'Description for people who cannot see the image',
          type: 'string',
          description: 'Say what the image shows, for example “Cover of the 2024 annual report”.',
          validation: (rule) =>
            rule.custom((alt, context) => {
              const image = context.parent as {asset?: unknown; _sanityAsset?: unknown} | undefined
              const hasImage = Boolean(image?.asset || image?._sanityAsset)
              return hasImage && (typeof alt !== 'string' || alt.trim() === '')
                ? 'Describe the image for people who use screen readers.'
                : true
            }),
        }),
      ],
    }),
    defineField({
      name: 'topics',
      title: 'Topics',
      type: 'array',
      of: [defineArrayMember({type: 'string'})],
      options: {layout: 'tags'},
    }),
    languageField,
  ],
  orderings: [
    {title: 'Newest first', name: 'publishedAtDesc', by: [{field: 'publishedAt', direction: 'desc'}]},
  ],
  preview: {
    select: {title: 'title', date: 'publishedAt', media: 'coverImage'},
    prepare: ({title, date, media}) => ({title, subtitle: date ? `Published ${formatDate(date)}` : 'No publication date', media}),
  },
})
