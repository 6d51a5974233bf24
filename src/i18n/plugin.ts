import type UserConfig from '@11ty/eleventy/UserConfig';
import i18nPlugin from 'eleventy-plugin-i18n';
import { pluginTranslations } from './dictionary';
import { forgetTranslations } from './translate';

/** UI strings, one dictionary per language in `i18n/`, through eleventy-plugin-i18n; templates ask `translator`. */
export function translationsPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addPlugin(i18nPlugin, { translations: pluginTranslations() });
  eleventyConfig.on('eleventy.before', forgetTranslations);
}
