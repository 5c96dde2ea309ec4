interface Salary {
  min: number
  max: number
  currency: string
  unit: 'year' | 'hour'
}

/** "$62,000 – $70,000 a year", "$20 – $22 an hour". */
export function payRange({min, max, currency, unit}: Salary): string {
  const format = new Intl.NumberFormat('en-US', {style: 'currency', currency, maximumFractionDigits: unit === 'hour' ? 2 : 0, minimumFractionDigits: 0})
  const range = min === max ? format.format(min) : `${format.format(min)} – ${format.format(max)}`
  return `${range} ${unit === 'hour' ? 'an hour' : 'a year'}`
}
