import {MobileDeviceIcon} from '@sanity/icons/MobileDevice'
import {defineArrayMember, defineField, defineType} from 'sanity'
import {languageField} from '../fields/language'
import {orderRankField, orderRankOrdering} from '../fields/order-rank'
import {phoneLabel} from '../rules/phone-label'
import {checkPhone, checkSms} from '../validation/phone'
import {requiredText} from '../validation/text'
import {checkVanity} from '../validation/vanity'

export const hotline = defineType({
  name: 'hotline',
  title: 'Hotline',
  type: 'document',
  icon: MobileDeviceIcon,
  groups: [
    {name: 'numbers', title: 'Numbers', default: true},
    {name: 'details', title: 'Who and when'},
    {name: 'listing', title: 'On the site'},
  ],
  fields: [
    defineField({
      name: 'name',
      group: 'numbers',
      title: 'Name',
      type: 'string',
      validation: (rule) => requiredText(rule, 'Write the name of the hotline, as callers know it.'),
    }),
    defineField({
      name: 'phone',
      group: 'numbers',
      title: 'Phone number',
      type: 'string',
      description: 'As dialled in the US, for example 888-539-2373. Visitors tap it to call.',
      validation: (rule) => [requiredText(rule, 'Write the phone number people call.'), rule.custom(checkPhone)],
    }),
    defineField({
      name: 'vanity',
      group: 'numbers',
      title: 'Vanity number',
      type: 'string',
      description: 'Optional, in capitals, for example 888-KEY-2-FREE. It must dial the phone number above.',
      validation: (rule) =>
        rule.custom((vanity, context) =>
          checkVanity(vanity, (context.document as {phone?: unknown} | undefined)?.phone),
        ),
    }),
    defineField({
      name: 'sms',
      group: 'numbers',
      title: 'Text number',
      type: 'string',
      description: 'Optional: the number or short code people can text, for example 233733.',
      validation: (rule) => rule.custom(checkSms),
    }),
    defineField({
      name: 'hours',
      group: 'details',
      title: 'Hours',
      type: 'string',
      description: 'When someone answers, for example “24 hours a day, 7 days a week”.',
    }),
    defineField({
      name: 'available24x7',
      group: 'details',
      title: 'Open 24 hours, every day',
      type: 'boolean',
      initialValue: false,
    }),
    defineField({
      name: 'languages',
      group: 'details',
      title: 'Languages',
      type: 'array',
      of: [defineArrayMember({type: 'string'})],
      options: {layout: 'tags'},
      description: 'For example “English”, “Spanish”, or “240+ languages through interpreters”.',
    }),
    defineField({
      name: 'area',
      group: 'details',
      title: 'Area served',
      type: 'string',
      description: 'For example Los Angeles County, or United States.',
    }),
    defineField({
      name: 'description',
      group: 'details',
      title: 'Description',
      type: 'text',
      rows: 3,
      description: 'Who should call this line and what happens when they do.',
      validation: (rule) => rule.max(400).warning('Keep the description short: people read it in a hurry.'),
    }),
    defineField({
      name: 'emergency',
      group: 'listing',
      title: 'Emergency number',
      type: 'boolean',
      description: 'Turn on only for 911. Emergency numbers are shown first.',
      initialValue: false,
    }),
    {...orderRankField('hotline'), group: 'listing'},
    {...languageField, group: 'listing'},
  ],
  orderings: [orderRankOrdering],
  preview: {
    select: {title: 'name', phone: 'phone', vanity: 'vanity', area: 'area'},
    prepare: ({title, phone, vanity, area}) => ({
      title,
      subtitle: [phoneLabel(phone, vanity), area].filter(Boolean).join(' · '),
    }),
  },
})
