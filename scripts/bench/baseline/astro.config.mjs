// The baseline for the size benchmark: a bare Astro project that renders the same pages from
// precomputed HTML strings, with no content layer, no Portable Text and no search index.
import {defineConfig} from 'astro/config'

export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  build: {format: 'directory', inlineStylesheets: 'never'},
  devToolbar: {enabled: false},
})
