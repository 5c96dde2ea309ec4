import type {Translate} from '../i18n/strings'

interface Salary {
  min: number
  max: number
  currency: string
  unit: 'year' | 'hour'
}

/** "$62,000 – $70,000 a year", "$20 – $22 an hour"; in Spanish "$62,000 – $70,000 al año". */
export function payRange({min, max, currency, unit}: Salary, locale: string, t: Translate): string {
  // Cents only when a figure has them, and then on both figures: "$20.00 – $22.50".
  const cents = Number.isInteger(min) && Number.isInteger(max) ? 0 : 2
  const format = new Intl.NumberFormat(locale, {style: 'currency', currency, minimumFractionDigits: cents, maximumFractionDigits: cents})
  const range = min === max ? format.format(min) : `${format.format(min)} – ${format.format(max)}`
  return t(unit === 'hour' ? 'pay.hour' : 'pay.year', {range})
}
