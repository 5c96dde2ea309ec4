import {CogIcon} from '@sanity/icons/Cog'
import {defineArrayMember, defineField, defineType} from 'sanity'
import {languageField} from '../fields/language'
import {checkPhone} from '../validation/phone'
import {requiredText} from '../validation/text'
import {sameLanguageReference} from '../validation/same-language'

/** The one document with site-wide settings. Its `_id` is always `siteSettings`. */
export const SITE_SETTINGS_ID = 'siteSettings'

const sameHotline = sameLanguageReference('hotline')

export const siteSettings = defineType({
  name: 'siteSettings',
  title: 'Site settings',
  type: 'document',
  icon: CogIcon,
  groups: [
    {name: 'site', title: 'Site', default: true},
    {name: 'safety', title: 'Safety'},
    {name: 'contact', title: 'Contact and links'},
  ],
  fields: [
    defineField({
      name: 'title',
      group: 'site',
      title: 'Site name',
      type: 'string',
      validation: (rule) => requiredText(rule, 'Write the name of the site: browsers show it in the tab and search engines beside each page.'),
    }),
    defineField({
      name: 'fullName',
      group: 'site',
      title: 'Full name',
      type: 'string',
      description: 'The organisation’s name in full, shown under the site name, for example “Coalition to Abolish Slavery and Trafficking”.',
    }),
    defineField({
      name: 'description',
      group: 'site',
      title: 'Description',
      type: 'text',
      rows: 2,
      description: 'Shown by search engines and link previews.',
      validation: (rule) => [
        requiredText(rule, 'Describe the site in a sentence or two: search engines and link previews show it.'),
        rule.max(200).warning('Search engines show about 160 characters.'),
      ],
    }),
    defineField({
      name: 'primaryHotline',
      group: 'safety',
      title: 'Hotline on every page',
      type: 'reference',
      to: [{type: 'hotline'}],
      options: {filter: sameHotline.filter},
      description: 'The 24-hour hotline shown at the top of every page.',
      validation: (rule) => [rule.required().error('Choose the hotline shown on every page.'), sameHotline.rule(rule)],
    }),
    defineField({
      name: 'emergencyNotice',
      group: 'safety',
      title: 'Emergency notice',
      type: 'string',
      description: 'Shown on every page, for example “If your life is in danger, call 911.”',
      validation: (rule) => [
        requiredText(rule, 'Write the emergency notice shown on every page, for example “If your life is in danger, call 911.”'),
        rule.custom((notice) =>
          typeof notice === 'string' && !notice.includes('911')
            ? 'The emergency notice must tell people to call 911.'
            : true,
        ),
      ],
    }),
    defineField({name: 'address', group: 'contact', title: 'Mailing address', type: 'text', rows: 3}),
    defineField({
      name: 'phone',
      group: 'contact',
      title: 'Office phone',
      type: 'string',
      validation: (rule) => rule.custom(checkPhone),
    }),
    defineField({
      name: 'email',
      group: 'contact',
      title: 'Email',
      type: 'email',
      validation: (rule) => rule.error('Write the email address in full, for example info@castla.org.'),
    }),
    defineField({
      name: 'quickExitUrl',
      group: 'safety',
      title: 'Quick exit goes to',
      type: 'url',
      description: 'A neutral site the quick exit button opens, for example a weather site.',
      initialValue: 'https://www.google.com/search?q=weather',
      validation: (rule) =>
        rule.required().uri({scheme: ['https']}).error('Paste the full https:// address of a neutral site.'),
    }),
    defineField({
      name: 'donateUrl',
      group: 'contact',
      title: 'Donation page',
      type: 'url',
      validation: (rule) => rule.uri({scheme: ['https']}).error('Paste the full https:// address of the donation page.'),
    }),
    defineField({
      name: 'newsletterUrl',
      group: 'contact',
      title: 'Newsletter sign-up page',
      type: 'url',
      description: 'The newsletter provider’s sign-up page. The site links to it and keeps no email addresses itself.',
      validation: (rule) => rule.uri({scheme: ['https']}).error('Paste the full https:// address of the sign-up page.'),
    }),
    defineField({
      name: 'socialLinks',
      group: 'contact',
      title: 'Social media',
      type: 'array',
      of: [defineArrayMember({type: 'socialLink'})],
    }),
    {...languageField, group: 'site'},
  ],
  preview: {prepare: () => ({title: 'Site settings'})},
})
