/** Tags that place an island or a source file: every language of a chapter must place them identically, same props. */
export const wiredTags = [
  'CapabilityCheck',
  'WebrtcDiagram',
  'WebcamLab',
  'CallStage',
  'CallStep',
  'QuickPath',
  'CallInspectors',
  'SdpInspector',
  'ChannelStage',
  'ChannelQuickPath',
  'ChannelExperiments',
  'SignalLab',
  'PhotoBooth',
  'PhotoCompare',
  'FileTransfer',
  'TransferFaults',
  'ProgressPanel',
  'TabCall',
  'LibSource',
] as const;

/** Teaching helpers whose text differs by language: only their order (and Term ids) must match. */
export const proseTags = ['Predict', 'Term'] as const;

/** Every component tag chapter prose may use. */
export type ChapterTag = (typeof wiredTags)[number] | (typeof proseTags)[number];
