import sitemap from '@astrojs/sitemap'
import {defineConfig} from 'astro/config'
import {assetBase, previewedId} from './src/content/preview'
import {headersIntegration} from './src/integrations/headers'
import {notFoundIntegration} from './src/integrations/not-found'
import {redirectsIntegration} from './src/integrations/redirects'
import {alternatesAt} from './src/lib/page-alternates'
import {SITE_URL} from './src/lib/site-url'

// A preview of one document's draft: no sitemap or redirects, its files addressed below its own folder.
const preview = previewedId() !== undefined

export default defineConfig({
  site: SITE_URL,
  // Each build of `src/build/build-site.ts` has a cache of its own, so builds side by side share nothing.
  ...(process.env.ASTRO_CACHE_DIR ? {cacheDir: process.env.ASTRO_CACHE_DIR} : {}),
  output: 'static',
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Stylesheets as files, never inline: the Content-Security-Policy allows no inline styles.
    inlineStylesheets: 'never',
    ...(preview ? {assetsPrefix: assetBase()} : {}),
  },
  vite: {
    build: {
      // Scripts as files too, for the same reason.
      assetsInlineLimit: 0,
      // A module loaded on use (the search's spelling code) is one small file with no imports of its
      // own: Vite's preloading helper would cost every page with a search box more than it saves.
      modulePreload: false,
    },
  },
  devToolbar: {enabled: false},
  prefetch: false,
  integrations: preview
    ? [headersIntegration()]
    : [
        // Each page's other languages, as the page declares them (`Base.astro`).
        sitemap({filter: (page) => !/\/404\/?$/.test(new URL(page).pathname), serialize: (item) => ({...item, links: alternatesAt(item.url)})}),
        notFoundIntegration(),
        headersIntegration(),
        redirectsIntegration(),
      ],
})
