/**
 * Reads `_redirects`, the redirects the site's build writes for CDN hosts (Netlify and
 * Cloudflare Pages read the same file), so the service redirects exactly where a CDN would.
 * Format: `from to [status]` per line, `#` starts a comment. Only what the build writes is
 * understood: a path to a path of this site, status 301, 302, 303, 307 or 308 (301 if left out).
 */
export interface Redirect {
  location: string
  status: 301 | 302 | 303 | 307 | 308
}

export interface RedirectsFile {
  /** Redirects by the exact request path they answer. */
  redirects: Map<string, Redirect>
  /** One sentence per line that was skipped: its number, the line, and why. */
  problems: string[]
}

const STATUSES = new Set([301, 302, 303, 307, 308])
/** A path of this site: one leading slash (`//host` would leave it), no backslash, no placeholder. */
const SITE_PATH = /^\/(?![/\\])[^\\*:\u0000-\u001f\u007f]*$/

function problemWith(fields: string[]): string | null {
  if (fields.length < 2 || fields.length > 3) return 'expected “from to [status]”'
  const [from, to, status] = fields as [string, string, string | undefined]
  if (!SITE_PATH.test(from)) return `“${from}” is not a path of this site without placeholders`
  if (!SITE_PATH.test(to)) return `“${to}” is not a path of this site without placeholders`
  if (status !== undefined && !STATUSES.has(Number(status))) return `“${status}” is not a redirect status (301, 302, 303, 307 or 308)`
  return null
}

export function parseRedirectsFile(text: string): RedirectsFile {
  const redirects = new Map<string, Redirect>()
  const problems: string[] = []
  for (const [index, line] of text.split('\n').entries()) {
    const content = line.trim()
    if (!content || content.startsWith('#')) continue
    const fields = content.split(/\s+/)
    const problem = problemWith(fields)
    if (problem) {
      problems.push(`line ${index + 1} (${JSON.stringify(content)}): ${problem}`)
      continue
    }
    const [from, to, status] = fields as [string, string, string | undefined]
    // The first rule for a path wins, as on Netlify and Cloudflare Pages.
    if (!redirects.has(from)) redirects.set(from, {location: to, status: (status === undefined ? 301 : Number(status)) as Redirect['status']})
  }
  return {redirects, problems}
}
