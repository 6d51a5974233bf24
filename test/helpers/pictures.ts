/**
 * Tiny real pictures (2 × 1 pixels) for tests: the content check reads a picture's format and
 * size from its bytes, so a file of the wrong bytes under a picture's name is an error.
 */
export const PICTURES = {
  png: Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAD0lEQVR4nGPocFHqcFECAAdVAd2woI8EAAAAAElFTkSuQmCC', 'base64'),
  jpg: Buffer.from(
    '/9j/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wAARCAABAAIDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAb/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFAEBAAAAAAAAAAAAAAAAAAAABv/EABQRAQAAAAAAAAAAAAAAAAAAAAD/2gAMAwEAAhEDEQA/AIQAfKn/2Q==',
    'base64',
  ),
  gif: Buffer.from('R0lGODlhAgABAIAAAExpcYhEIiH/C05FVFNDQVBFMi4wAwEAAAAh+QQFAAAAACwAAAAAAgABAAACAkwKADs=', 'base64'),
  webp: Buffer.from('UklGRjgAAABXRUJQVlA4ICwAAACwAQCdASoCAAEAAUAmJaACdLoABDAAAP7w1wP+A3XxbTL/5Kf13eUXLwAAAA==', 'base64'),
  svg: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10" viewBox="0 0 20 10"><rect width="20" height="10" fill="#884422"/></svg>'),
} as const;
