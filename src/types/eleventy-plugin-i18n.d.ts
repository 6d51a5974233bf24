declare module 'eleventy-plugin-i18n' {
  const plugin: (eleventyConfig: unknown, options: { translations: object; fallbackLocales?: Record<string, string> }) => void;
  export default plugin;
}
