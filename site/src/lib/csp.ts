/**
 * The Content-Security-Policy of every page, as a `<meta>` element and in `_headers` for CDN
 * hosts. Everything comes from the site itself; `'wasm-unsafe-eval'` lets Pagefind's
 * WebAssembly search run, and nothing else needs an exception because the build emits no inline
 * scripts or styles.
 */
const CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
]

/** Directives a `<meta>` element cannot carry; only the HTTP header has them. */
const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"]

export const CSP_META = CSP_DIRECTIVES.join('; ')
const CSP_HEADER = [...CSP_DIRECTIVES, ...HEADER_ONLY_DIRECTIVES].join('; ')

/** Headers every response carries, for `_headers` and for the rebuild service. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CSP_HEADER,
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
}
