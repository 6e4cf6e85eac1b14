/**
 * The reader's check-ins (/check-in/), kept in this browser under
 * CHECK_IN_STORAGE_KEY and merged across tabs entry by entry
 * (src/lib/check-in/sync.ts): two tabs that check in at once keep both,
 * and a deleted check-in stays deleted.
 */
import { CHECK_IN_STORAGE_KEY } from '../consts';
import {
  addCheckIn,
  deleteCheckIns,
  EMPTY_CHECK_INS,
  encodeCheckIns,
  importCheckIns,
  mergeCheckIns,
  readStoredCheckIns,
  type CheckIn,
  type CheckInDoc,
} from '../lib/check-in/sync';
import { syncedStore } from './synced-store';

const synced = syncedStore({
  key: CHECK_IN_STORAGE_KEY,
  empty: EMPTY_CHECK_INS,
  read: readStoredCheckIns,
  encode: encodeCheckIns,
  merge: mergeCheckIns,
});

/** Every check-in this browser keeps, with the tombstones of deleted ones. */
export const $checkIns = synced.$doc;

/** True when a newer version of the site saved the check-ins: this page shows them read-only. */
export const $checkInsReadOnly = synced.$newer;

/** Saves a check-in; false when refused (read-only). */
export const saveCheckIn = (entry: CheckIn): boolean => synced.update((doc) => addCheckIn(doc, entry));

/** Deletes check-ins by id; false when refused. */
export const deleteCheckInsById = (ids: readonly string[]): boolean => synced.update((doc) => deleteCheckIns(doc, ids, Date.now()));

/** Deletes every check-in given, and any unreadable copy kept aside: "delete all" leaves none in this browser. */
export function deleteAllCheckIns(ids: readonly string[]): boolean {
  const done = deleteCheckInsById(ids);
  if (done) synced.forgetDamaged();
  return done;
}

/**
 * Takes in check-ins from an import file, keeping every one already here (src/lib/check-in/sync.ts,
 * importCheckIns); the number added, or false when refused (read-only).
 */
export function mergeImportedCheckIns(doc: CheckInDoc): number | false {
  let added = 0;
  const ok = synced.update((current) => {
    const result = importCheckIns(current, doc, Date.now());
    added = result.added;
    return result.doc;
  });
  return ok && added;
}
