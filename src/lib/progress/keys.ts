/** The localStorage key of the reader's progress; the version in it changes only with an incompatible schema. */
export const progressKey = 'webrtc-tutorial:progress:v1';
/** Where an unreadable stored value is moved so that nothing the reader had is destroyed. */
export const progressBackupKey = 'webrtc-tutorial:progress:v1:unreadable';
