import {defineCliConfig} from 'sanity/cli'
import {dataset, projectId, siteUrl} from './env'

export default defineCliConfig({
  api: {projectId, dataset},
  deployment: {autoUpdates: false},
  server: {hostname: '127.0.0.1', port: 3333},
  vite: {
    define: {
      'process.env.SANITY_STUDIO_PROJECT_ID': JSON.stringify(projectId),
      'process.env.SANITY_STUDIO_DATASET': JSON.stringify(dataset),
      'process.env.SANITY_STUDIO_SITE_URL': JSON.stringify(siteUrl),
    },
  },
  schemaExtraction: {path: 'schema.json', enforceRequiredFields: true},
  typegen: {
    path: ['../site/src/**/*.{ts,astro}'],
    schema: 'schema.json',
    generates: '../schemas/sanity.types.ts',
    overloadClientMethods: false,
  },
})
