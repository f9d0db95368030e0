import CapabilityCheck from '../CapabilityCheck.astro';
import WebrtcDiagram from '../WebrtcDiagram.astro';
import CallStage from '../call/CallStage.astro';
import CallStep from '../call/CallStep.astro';
import QuickPath from '../call/QuickPath.astro';
import CallInspectors from '../inspect/CallInspectors.astro';
import SdpInspector from '../inspect/SdpInspector.astro';
import ChannelStage from '../channel/ChannelStage.astro';
import ChannelQuickPath from '../channel/ChannelQuickPath.astro';
import ChannelExperiments from '../channel/ChannelExperiments.astro';
import SignalLab from '../signal/SignalLab.astro';
import PhotoBooth from '../photo/PhotoBooth.astro';
import PhotoCompare from '../photo/PhotoCompare.astro';
import FileTransfer from '../photo/FileTransfer.astro';
import TransferFaults from '../photo/TransferFaults.astro';
import ProgressPanel from '../progress/ProgressPanel.astro';
import TabCall from '../tab-call/TabCall.astro';
import WebcamLab from '../webcam/WebcamLab.astro';
import LibSource from './LibSource.astro';
import Predict from './Predict.astro';
import Term from './Term.astro';
import type { ChapterTag } from '../../site/chapter-tags';

/**
 * The islands and helpers chapter prose may place, by the tag name the MDX uses. Every language's prose renders with
 * this one map, so an island is wired once for all languages; tests/unit/chapter-parity.test.ts checks that every
 * language places the same islands with the same props in the same order.
 */
export const chapterComponents = {
  CapabilityCheck,
  WebrtcDiagram,
  WebcamLab,
  CallStage,
  CallStep,
  QuickPath,
  CallInspectors,
  SdpInspector,
  ChannelStage,
  ChannelQuickPath,
  ChannelExperiments,
  SignalLab,
  PhotoBooth,
  PhotoCompare,
  FileTransfer,
  TransferFaults,
  ProgressPanel,
  TabCall,
  LibSource,
  Predict,
  Term,
} satisfies Record<ChapterTag, unknown>;
