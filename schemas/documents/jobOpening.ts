import {CaseIcon} from '@sanity/icons/Case'
import {defineField, defineType} from 'sanity'
import {languageField} from '../fields/language'
import {previousSlugsField, slugField} from '../fields/slug'
import {todayInLosAngeles} from '../rules/los-angeles'
import {formatDate} from '../rules/written-dates'
import {checkClosesAfterPosted, checkClosingNotPast} from '../validation/dates'
import {requiredText} from '../validation/text'

interface ApplyFields {
  applyUrl?: unknown
  applyEmail?: unknown
}

export const jobOpening = defineType({
  name: 'jobOpening',
  title: 'Job opening',
  type: 'document',
  icon: CaseIcon,
  groups: [
    {name: 'job', title: 'The job', default: true},
    {name: 'terms', title: 'Pay and dates'},
    {name: 'apply', title: 'How to apply'},
  ],
  fields: [
    defineField({
      name: 'title',
      group: 'job',
      title: 'Job title',
      type: 'string',
      validation: (rule) => requiredText(rule, 'Write the job title.'),
    }),
    {...slugField('title', 'The address of the posting: /careers/<web address>/.'), group: 'job'},
    {...previousSlugsField(), group: 'job'},
    defineField({name: 'department', group: 'job', title: 'Team', type: 'string'}),
    defineField({
      name: 'location',
      group: 'job',
      title: 'Location',
      type: 'string',
      description: 'For example Los Angeles, CA.',
      validation: (rule) => requiredText(rule, 'Write where the job is based, for example Los Angeles, CA.'),
    }),
    defineField({
      name: 'employmentType',
      group: 'job',
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
      group: 'job',
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
      group: 'terms',
      title: 'Pay range',
      type: 'salary',
      validation: (rule) => rule.required().error('Add the pay range: California requires it in job postings.'),
    }),
    defineField({
      name: 'description',
      group: 'job',
      title: 'Description',
      type: 'richText',
      validation: (rule) => rule.required().min(1).error('Describe the job.'),
    }),
    defineField({
      name: 'applyUrl',
      group: 'apply',
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
      group: 'apply',
      title: 'Apply by email to',
      type: 'email',
      validation: (rule) => rule.error('Write the email address in full, for example jobs@castla.org.'),
    }),
    defineField({
      name: 'postedAt',
      group: 'terms',
      title: 'Posted on',
      type: 'date',
      validation: (rule) => rule.required().error('Choose the date the job was posted.'),
    }),
    defineField({
      name: 'closesAt',
      group: 'terms',
      title: 'Closes on',
      type: 'date',
      description: 'Optional. The posting leaves the site by itself after this day.',
      validation: (rule) => [
        rule.custom((closesAt, context) =>
          checkClosesAfterPosted(closesAt, (context.document as {postedAt?: unknown} | undefined)?.postedAt),
        ),
        rule.custom((closesAt) => checkClosingNotPast(closesAt, todayInLosAngeles())).warning(),
      ],
    }),
    {...languageField, group: 'job'},
  ],
  orderings: [{title: 'Newest first', name: 'postedAtDesc', by: [{field: 'postedAt', direction: 'desc'}]}],
  preview: {
    select: {title: 'title', postedAt: 'postedAt', closesAt: 'closesAt', location: 'location'},
    prepare: ({title, postedAt, closesAt, location}) => ({
      title,
      subtitle: [
        location,
        postedAt && `Posted ${formatDate(postedAt)}`,
        closesAt ? `Closes ${formatDate(closesAt)}` : 'Open until filled',
      ].filter(Boolean).join(' · '),
    }),
  },
})
