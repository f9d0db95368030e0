/** English strings of chapter 4 and the media module: camera, permissions, test pattern. */
export const media = {} as const;
