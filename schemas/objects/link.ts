import {defineField, defineType} from 'sanity'
import {checkHref} from '../validation/href'

/** A link inside rich text. */
export const link = defineType({
  name: 'link',
  title: 'Link',
  type: 'object',
  fields: [
    defineField({
      name: 'href',
      title: 'Address',
      type: 'string',
      description: 'A web page (https://…), a page on this site (/get-help/), mailto:… or tel:…',
      validation: (rule) => rule.custom(checkHref),
    }),
  ],
})
