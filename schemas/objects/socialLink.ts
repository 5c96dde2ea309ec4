import {defineField, defineType} from 'sanity'
import {requiredText} from '../validation/text'

/** A link to one of the organisation's social media profiles. */
export const socialLink = defineType({
  name: 'socialLink',
  title: 'Social media profile',
  type: 'object',
  fields: [
    defineField({
      name: 'label',
      title: 'Network',
      type: 'string',
      description: 'The name visitors know, for example Instagram.',
      validation: (rule) => requiredText(rule, 'Write the name of the network, for example Instagram.'),
    }),
    defineField({
      name: 'url',
      title: 'Profile address',
      type: 'url',
      validation: (rule) =>
        rule.required().uri({scheme: ['https']}).error('Paste the full https:// address of the profile.'),
    }),
  ],
  preview: {select: {title: 'label', subtitle: 'url'}},
})
