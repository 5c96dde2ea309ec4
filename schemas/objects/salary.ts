import {defineField, defineType} from 'sanity'

/** Shown on the top of a pay range lower than its bottom. */
export const PAY_RANGE_REVERSED = 'The top of the range is lower than the bottom.'

/** Pay range of a job opening. California requires a pay scale in every job posting. */
export const salary = defineType({
  name: 'salary',
  title: 'Pay range',
  type: 'object',
  description: 'California law requires the pay scale in every job posting.',
  options: {columns: 2},
  fields: [
    defineField({
      name: 'min',
      title: 'From',
      type: 'number',
      validation: (rule) =>
        rule.required().positive().error('Enter the lowest pay of the range, as a number.'),
    }),
    defineField({
      name: 'max',
      title: 'To',
      type: 'number',
      validation: (rule) => [
        rule.required().positive().error('Enter the highest pay of the range, as a number.'),
        rule.custom((max, context) => {
          const min = (context.parent as {min?: unknown} | undefined)?.min
          if (typeof max === 'number' && typeof min === 'number' && max < min) {
            return PAY_RANGE_REVERSED
          }
          return true
        }),
      ],
    }),
    defineField({
      name: 'currency',
      title: 'Currency',
      type: 'string',
      initialValue: 'USD',
      options: {list: [{title: 'US dollars', value: 'USD'}]},
      validation: (rule) => rule.required().error('Choose the currency of the pay range.'),
    }),
    defineField({
      name: 'unit',
      title: 'Per',
      type: 'string',
      initialValue: 'year',
      options: {
        list: [
          {title: 'Year', value: 'year'},
          {title: 'Hour', value: 'hour'},
        ],
        layout: 'radio',
        direction: 'horizontal',
      },
      validation: (rule) => rule.required().error('Choose whether the pay is per year or per hour.'),
    }),
  ],
})
