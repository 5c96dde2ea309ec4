import {defineField, defineType} from 'sanity'
import {languageField} from '../fields/language'
import {slugField} from '../fields/slug'
import {checkClosesAfterPosted} from '../validation/dates'

interface ApplyFields {
  applyUrl?: unknown
  applyEmail?: unknown
}

export const jobOpening = defineType({
  name: 'jobOpening',
  title: 'Job opening',
  type: 'document',
  fields: [
    defineField({
      name: 'title',
      title: 'Job title',
      type: 'string',
      validation: (rule) => rule.required().error('Write the job title.'),
    }),
    slugField('title', 'The address of the posting: /careers/<web address>/.'),
    defineField({name: 'department', title: 'Team', type: 'string'}),
    defineField({
      name: 'location',
      title: 'Location',
      type: 'string',
      description: 'For example Los Angeles, CA.',
      validation: (rule) => rule.required().error('Write where the job is based.'),
    }),
    defineField({
      name: 'employmentType',
      title: 'Employment type',
      type: 'string',
      options: {
        list: [
          {title: 'Full-time', value: 'full-time'},
          {title: 'Part-time', value: 'part-time'},
          {title: 'Contract', value: 'contract'},
          {title: 'Internship', value: 'internship'},
        ],
        layout: 'radio',
      },
      validation: (rule) => rule.required().error('Choose the employment type.'),
    }),
    defineField({
      name: 'workplaceType',
      title: 'Where the work happens',
      type: 'string',
      options: {
        list: [
          {title: 'On-site', value: 'on-site'},
          {title: 'Hybrid', value: 'hybrid'},
          {title: 'Remote', value: 'remote'},
        ],
        layout: 'radio',
      },
      validation: (rule) => rule.required().error('Choose on-site, hybrid or remote.'),
    }),
    defineField({
      name: 'salary',
      title: 'Pay range',
      type: 'salary',
      validation: (rule) => rule.required().error('Add the pay range: California requires it in job postings.'),
    }),
    defineField({
      name: 'description',
      title: 'Description',
      type: 'richText',
      validation: (rule) => rule.required().min(1).error('Describe the job.'),
    }),
    defineField({
      name: 'applyUrl',
      title: 'Apply online at',
      type: 'url',
      description: 'The address of the application form. Give this, an email address, or both.',
      validation: (rule) => [
        rule.uri({scheme: ['https']}).error('Paste the full https:// address of the application form.'),
        rule.custom((_, context) => {
          const {applyUrl, applyEmail} = (context.document ?? {}) as ApplyFields
          return applyUrl || applyEmail
            ? true
            : 'Say how to apply: add the application link, an email address, or both.'
        }),
      ],
    }),
    defineField({
      name: 'applyEmail',
      title: 'Apply by email to',
      type: 'email',
    }),
    defineField({
      name: 'postedAt',
      title: 'Posted on',
      type: 'date',
      validation: (rule) => rule.required().error('Choose the date the job was posted.'),
    }),
    defineField({
      name: 'closesAt',
      title: 'Closes on',
      type: 'date',
      description: 'Optional. The posting leaves the site by itself after this day.',
      validation: (rule) =>
        rule.custom((closesAt, context) =>
          checkClosesAfterPosted(closesAt, (context.document as {postedAt?: unknown} | undefined)?.postedAt),
        ),
    }),
    languageField,
  ],
  orderings: [{title: 'Newest first', name: 'postedAtDesc', by: [{field: 'postedAt', direction: 'desc'}]}],
  preview: {
    select: {title: 'title', closesAt: 'closesAt', location: 'location'},
    prepare: ({title, closesAt, location}) => ({
      title,
      subtitle: [location, closesAt ? `closes ${closesAt}` : 'open until filled'].filter(Boolean).join(' · '),
    }),
  },
})
