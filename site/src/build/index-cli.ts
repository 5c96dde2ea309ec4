/**
 * Indexes a built site for search: `node --import tsx src/build/index-cli.ts <dist folder>`.
 * Run by `build-site.ts` once Astro's process has exited.
 */
import {indexSite} from './search-index'

const [site] = process.argv.slice(2)
if (!site) {
  console.error('Usage: index-cli.ts <built site folder>')
  process.exit(2)
}
try {
  await indexSite(site, (line) => console.log(line))
} catch (error) {
  const cause = (error as Error).cause as Error | undefined
  console.error(`${(error as Error).message}${cause ? ` ${cause.message}` : ''}`)
  process.exit(1)
}
