interface Salary {
  min: number
  max: number
  currency: string
  unit: 'year' | 'hour'
}

/** "$62,000 – $70,000 a year", "$20 – $22 an hour". */
export function payRange({min, max, currency, unit}: Salary): string {
  // Cents only when a figure has them, and then on both figures: "$20.00 – $22.50".
  const cents = Number.isInteger(min) && Number.isInteger(max) ? 0 : 2
  const format = new Intl.NumberFormat('en-US', {style: 'currency', currency, minimumFractionDigits: cents, maximumFractionDigits: cents})
  const range = min === max ? format.format(min) : `${format.format(min)} – ${format.format(max)}`
  return `${range} ${unit === 'hour' ? 'an hour' : 'a year'}`
}
