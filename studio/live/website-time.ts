const words = new Intl.RelativeTimeFormat('en-US', {numeric: 'auto'})
const STEPS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', Number.POSITIVE_INFINITY],
]

/** "5 minutes ago", "in 10 seconds": a time as staff say it, relative to `now`. */
export function inWords(iso: string, now: Date): string {
  let amount = (Date.parse(iso) - now.getTime()) / 1000
  for (const [unit, size] of STEPS) {
    if (Math.abs(amount) < size) return words.format(Math.round(amount), unit)
    amount /= size
  }
  return words.format(Math.round(amount), 'day')
}

