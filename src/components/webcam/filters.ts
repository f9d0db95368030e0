/** The CSS filters the chapter offers on the preview; each id has a `media.filter.<id>` label and a rule in the lab. */
export const filterIds = ['none', 'grayscale', 'sepia', 'blur', 'invert', 'hue'] as const;
export type FilterId = (typeof filterIds)[number];
