/**
 * Tells the reader whether this browser keeps their progress
 * (src/stores/keep.ts): "protected" only when it persists this site's
 * storage and is not a Safari tab; otherwise how to keep it anyway.
 */
import { useEffect } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $keep, checkKeep } from '../../stores/keep';

export default function ChecklistKeep() {
  const keep = useStore($keep);
  useEffect(() => {
    void checkKeep();
  }, []);
  if (keep === null) return null;
  return (
    <p class={`keep keep-${keep}`}>
      {keep === 'protected' ? (
        <>
          <strong>Your progress is protected.</strong> This browser has agreed to keep it, even if the device runs low on space.
        </>
      ) : keep === 'safari' ? (
        <>
          <strong>Safari deletes saved progress after 7 days without a visit.</strong> To keep yours, add Kindred to your Home Screen
          (Share, then Add to Home Screen; on a Mac, File, then Add to Dock), or save a link with “Continue on another device”.
        </>
      ) : (
        <>
          <strong>This browser may clear your progress if the device runs low on space.</strong> To keep it, install Kindred from your
          browser's menu, or save a link with “Continue on another device”.
        </>
      )}
    </p>
  );
}
