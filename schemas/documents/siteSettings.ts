import {defineArrayMember, defineField, defineType} from 'sanity'
import {languageField} from '../fields/language'
import {checkPhone} from '../validation/phone'

/** The one document with site-wide settings. Its `_id` is always `siteSettings`. */
export const SITE_SETTINGS_ID = 'siteSettings'

export const siteSettings = defineType({
  name: 'siteSettings',
  title: 'Site settings',
  type: 'document',
  fields: [
    defineField({
      name: 'title',
      title: 'Site name',
      type: 'string',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'description',
      title: 'Description',
      type: 'text',
      rows: 2,
      description: 'Shown by search engines and link previews.',
      validation: (rule) => rule.required().max(200),
    }),
    defineField({
      name: 'primaryHotline',
      title: 'Hotline on every page',
      type: 'reference',
      to: [{type: 'hotline'}],
      description: 'The 24-hour hotline shown at the top of every page.',
      validation: (rule) => rule.required().error('Choose the hotline shown on every page.'),
    }),
    defineField({
      name: 'emergencyNotice',
      title: 'Emergency notice',
      type: 'string',
      description: 'Shown on every page, for example “If your life is in danger, call 911.”',
      validation: (rule) =>
        rule.required().custom((notice) =>
          typeof notice === 'string' && !notice.includes('911')
            ? 'The emergency notice must tell people to call 911.'
            : true,
        ),
    }),
    defineField({name: 'address', title: 'Mailing address', type: 'text', rows: 3}),
    defineField({
      name: 'phone',
      title: 'Office phone',
      type: 'string',
      validation: (rule) => rule.custom(checkPhone),
    }),
    defineField({name: 'email', title: 'Email', type: 'email'}),
    defineField({
      name: 'quickExitUrl',
      title: 'Quick exit goes to',
      type: 'url',
      description: 'A neutral site the quick exit button opens, for example a weather site.',
      initialValue: 'https://www.google.com/search?q=weather',
      validation: (rule) =>
        rule.required().uri({scheme: ['https']}).error('Paste the full https:// address of a neutral site.'),
    }),
    defineField({
      name: 'donateUrl',
      title: 'Donation page',
      type: 'url',
      validation: (rule) => rule.uri({scheme: ['https']}),
    }),
    defineField({
      name: 'socialLinks',
      title: 'Social media',
      type: 'array',
      of: [defineArrayMember({type: 'socialLink'})],
    }),
    languageField,
  ],
  preview: {prepare: () => ({title: 'Site settings'})},
})
