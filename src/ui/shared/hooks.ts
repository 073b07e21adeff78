import { useRef } from 'preact/hooks';
import { canonicalEqual } from '../../core/equal';

/** The same object as last time while `value` has the same content (compared as canonical
 * JSON; functions are ignored), so that memos and effects depending on it do not run again. */
export function useStable<T>(value: T): T {
  const ref = useRef(value);
  if (ref.current !== value && !canonicalEqual(ref.current, value)) ref.current = value;
  return ref.current;
}
