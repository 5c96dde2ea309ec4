/**
 * Reads `_headers`, the header rules the site's build writes for CDN hosts (Netlify and
 * Cloudflare Pages read the same file), so the service sends exactly what a CDN would.
 * Format: a path pattern on its own line (`*` matches anything), then indented `Name: value` lines.
 */
export interface HeaderRule {
  pattern: RegExp
  headers: Array<[string, string]>
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = []
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue
    if (!/^\s/.test(line)) {
      const source = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')
      rules.push({pattern: new RegExp(`^${source}$`), headers: []})
      continue
    }
    const rule = rules.at(-1)
    const colon = line.indexOf(':')
    if (!rule || colon < 0) throw new Error(`_headers: cannot read the line “${line.trim()}”.`)
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()])
  }
  return rules
}

/** The headers for a path: every matching rule in order, a later rule overriding an earlier one. */
export function headersFor(rules: HeaderRule[], path: string): Map<string, string> {
  const headers = new Map<string, string>()
  for (const rule of rules) {
    if (rule.pattern.test(path)) for (const [name, value] of rule.headers) headers.set(name.toLowerCase(), value)
  }
  return headers
}
