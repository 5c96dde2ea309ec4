/**
 * A small SVG line chart of build time and peak memory against dataset size (log scale), for the
 * benchmark report. Two y axes: seconds on the left, MiB on the right.
 */
export interface ChartPoint {
  size: number
  buildSeconds: number
  baselineSeconds: number
  peakMiB: number
}

export function sizeChart(points: ChartPoint[]): string {
  const width = 640
  const height = 360
  const margin = {top: 40, right: 70, bottom: 50, left: 60}
  const plotWidth = width - margin.left - margin.right
  const plotHeight = height - margin.top - margin.bottom
  const sizes = points.map((point) => point.size)
  const [minLog, maxLog] = [Math.log10(Math.min(...sizes)), Math.log10(Math.max(...sizes))]
  const x = (size: number) => margin.left + (maxLog === minLog ? plotWidth / 2 : ((Math.log10(size) - minLog) / (maxLog - minLog)) * plotWidth)
  const maxSeconds = Math.max(...points.flatMap((point) => [point.buildSeconds, point.baselineSeconds])) * 1.1
  const maxMiB = Math.max(...points.map((point) => point.peakMiB)) * 1.1
  const ySeconds = (value: number) => margin.top + plotHeight - (value / maxSeconds) * plotHeight
  const yMiB = (value: number) => margin.top + plotHeight - (value / maxMiB) * plotHeight
  const line = (values: Array<[number, number]>, colour: string, dash = '') =>
    `<polyline fill="none" stroke="${colour}" stroke-width="2.5"${dash ? ` stroke-dasharray="${dash}"` : ''} points="${values.map(([a, b]) => `${a.toFixed(1)},${b.toFixed(1)}`).join(' ')}"/>` +
    values.map(([a, b]) => `<circle cx="${a.toFixed(1)}" cy="${b.toFixed(1)}" r="3.5" fill="${colour}"/>`).join('')
  const ticks = [0, 0.25, 0.5, 0.75, 1]
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12" role="img" aria-labelledby="title">
<title id="title">Build time and peak memory against the number of documents</title>
<rect width="${width}" height="${height}" fill="#fff"/>
<text x="${margin.left}" y="22" font-size="14" font-weight="bold">Build time and peak memory by dataset size</text>
${ticks.map((tick) => `<line x1="${margin.left}" x2="${margin.left + plotWidth}" y1="${ySeconds(tick * maxSeconds)}" y2="${ySeconds(tick * maxSeconds)}" stroke="#ddd"/><text x="${margin.left - 8}" y="${ySeconds(tick * maxSeconds) + 4}" text-anchor="end">${(tick * maxSeconds).toFixed(0)} s</text><text x="${margin.left + plotWidth + 8}" y="${yMiB(tick * maxMiB) + 4}">${(tick * maxMiB).toFixed(0)} MiB</text>`).join('\n')}
${sizes.map((size) => `<text x="${x(size)}" y="${margin.top + plotHeight + 18}" text-anchor="middle">${size.toLocaleString('en-US')}</text>`).join('')}
<text x="${margin.left + plotWidth / 2}" y="${height - 12}" text-anchor="middle">documents (log scale)</text>
${line(points.map((point) => [x(point.size), ySeconds(point.buildSeconds)]), '#0b4f54')}
${line(points.map((point) => [x(point.size), ySeconds(point.baselineSeconds)]), '#0b5b8a', '6 4')}
${line(points.map((point) => [x(point.size), yMiB(point.peakMiB)]), '#a4221a', '2 3')}
<g transform="translate(${margin.left + 10}, ${margin.top + 6})">
<line x1="0" x2="22" y1="0" y2="0" stroke="#0b4f54" stroke-width="2.5"/><text x="28" y="4">site build + index (s)</text>
<line x1="0" x2="22" y1="18" y2="18" stroke="#0b5b8a" stroke-width="2.5" stroke-dasharray="6 4"/><text x="28" y="22">bare Astro baseline (s)</text>
<line x1="0" x2="22" y1="36" y2="36" stroke="#a4221a" stroke-width="2.5" stroke-dasharray="2 3"/><text x="28" y="40">peak memory of the site build (MiB)</text>
</g>
</svg>
`
}
