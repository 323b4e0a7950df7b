/**
 * The media modules under test, loaded on demand. They must load AFTER
 * installSpawnRecorder() (fluent-ffmpeg keeps its own reference to spawn), so
 * media.ts never imports them statically; types come from `typeof import`.
 */
export interface MediaModules {
  ffmpeg: typeof import('../../../src/media/ffmpeg');
  probe: typeof import('../../../src/media/probe');
  video: typeof import('../../../src/media/video');
  ladder: typeof import('../../../src/media/plan/video-ladder');
  videoArgs: typeof import('../../../src/media/plan/video-args');
  storyboard: typeof import('../../../src/media/plan/storyboard');
  image: typeof import('../../../src/media/image');
  imagePlan: typeof import('../../../src/media/image-plan');
}

export function loadMediaModules(): MediaModules {
  return {
    ffmpeg: require('../../../src/media/ffmpeg') as MediaModules['ffmpeg'],
    probe: require('../../../src/media/probe') as MediaModules['probe'],
    video: require('../../../src/media/video') as MediaModules['video'],
    ladder: require('../../../src/media/plan/video-ladder') as MediaModules['ladder'],
    videoArgs: require('../../../src/media/plan/video-args') as MediaModules['videoArgs'],
    storyboard: require('../../../src/media/plan/storyboard') as MediaModules['storyboard'],
    image: require('../../../src/media/image') as MediaModules['image'],
    imagePlan: require('../../../src/media/image-plan') as MediaModules['imagePlan'],
  };
}
